package tn.entrix.venue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What the back office sends to create or update a venue. {@code slug} is derived from the name when absent;
 * {@code version} is the version the client edited (required on update, ignored on create).
 */
public record VenueRequest(
        @NotBlank @Size(max = Venue.NAME_LENGTH) String name,
        @Size(max = Venue.SLUG_LENGTH) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case letters, digits and single dashes") String slug,
        @Size(max = 255) String address,
        @NotBlank @Size(max = 64) String city,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @NotNull @Positive @Max(MAX_CAPACITY) Integer maxCapacity,
        JsonArray media,
        JsonObject metadata,
        Long version) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public VenueRequest(String name, String slug, String address, String city, BigDecimal latitude, BigDecimal longitude, Integer maxCapacity, JsonArray media, JsonObject metadata, Long version) {
        this.name = name;
        this.slug = slug;
        this.address = address;
        this.city = city;
        this.latitude = latitude;
        this.longitude = longitude;
        this.maxCapacity = maxCapacity;
        this.media = media;
        this.metadata = metadata;
        this.version = version;
    }


    /** The largest stadium on earth holds about 150,000; anything above is a typing error. */
    public static final int MAX_CAPACITY = 200_000;
}
