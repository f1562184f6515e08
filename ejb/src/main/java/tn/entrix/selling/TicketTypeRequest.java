package tn.entrix.selling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A ticket type of an event: the zones of the event's mapping it covers, seated or not, base price in millimes,
 * quota (for a seated type, at most the sellable seats of its zones; omitted = all of them), sale window, limits,
 * and the groups it is reserved for when visibility is GROUPS.
 */
public record TicketTypeRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+",
                message = "must be letters, digits, dots, dashes and underscores") String code,
        @NotBlank @Size(max = 128) String name,
        @NotNull Boolean seated,
        @NotNull @PositiveOrZero Long basePrice,
        @Min(0) Integer quota,
        Instant saleStartsAt,
        Instant saleEndsAt,
        @Min(1) @Max(100) Integer maxPerOrder,
        @Min(1) Integer maxPerUser,
        Visibility visibility,
        @NotEmpty List<Long> zoneIds,
        List<Long> groupIds) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public TicketTypeRequest(String code, String name, Boolean seated, Long basePrice, Integer quota,
                             Instant saleStartsAt, Instant saleEndsAt, Integer maxPerOrder, Integer maxPerUser,
                             Visibility visibility, List<Long> zoneIds, List<Long> groupIds) {
        this.code = code;
        this.name = name;
        this.seated = seated;
        this.basePrice = basePrice;
        this.quota = quota;
        this.saleStartsAt = saleStartsAt;
        this.saleEndsAt = saleEndsAt;
        this.maxPerOrder = maxPerOrder;
        this.maxPerUser = maxPerUser;
        this.visibility = visibility;
        this.zoneIds = zoneIds;
        this.groupIds = groupIds;
    }
}
