package tn.entrix.selling;

import java.time.Instant;
import java.util.List;

/** A ticket type with its stock: available = quota - held - sold. */
public record TicketTypeView(long id, long eventId, String code, String name, boolean seated, long basePrice,
                             int quota, int held, int sold, int available, Instant saleStartsAt, Instant saleEndsAt,
                             int maxPerOrder, Integer maxPerUser, Visibility visibility, List<Long> zoneIds,
                             List<Long> groupIds, long version) {

    static TicketTypeView of(TicketType t, List<Long> zones, List<Long> groups) {
        return new TicketTypeView(t.getId(), t.getEventId(), t.getCode(), t.getName(), t.isSeated(),
                t.getBasePrice(), t.getQuota(), t.getHeld(), t.getSold(), t.getQuota() - t.getHeld() - t.getSold(),
                t.getSaleStartsAt(), t.getSaleEndsAt(), t.getMaxPerOrder(), t.getMaxPerUser(), t.getVisibility(),
                zones, groups, t.getVersion());
    }
}
