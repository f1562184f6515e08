package tn.entrix.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query rows, whose Java type depends on the JDBC driver and Hibernate's mapping. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column as an Instant (Timestamp, OffsetDateTime or Instant, by driver and version). */
    public static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
