package tn.entrix.venue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import tn.entrix.platform.Json;

/** A venue as clients see it, with how many mappings it has. */
public record VenueView(long id, String name, String slug, String address, String city, BigDecimal latitude,
                        BigDecimal longitude, int maxCapacity, JsonArray media, JsonObject metadata, long mappingCount,
                        Instant createdAt, Instant updatedAt, long version) {

    static VenueView of(Venue v, long mappingCount) {
        return new VenueView(v.getId(), v.getName(), v.getSlug(), v.getAddress(), v.getCity(), v.getLatitude(),
                v.getLongitude(), v.getMaxCapacity(), Json.array(v.getMedia()), Json.object(v.getMetadata()),
                mappingCount, v.getCreatedAt(), v.getUpdatedAt(), v.getVersion());
    }
}
