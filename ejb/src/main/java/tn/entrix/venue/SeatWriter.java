package tn.entrix.venue;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes many seats fast: one prepared insert, JDBC batches of {@value #BATCH} (the pool's reWriteBatchedInserts
 * turns each batch into multi-row inserts), ids from seat_seq inside the statement. Runs on the transaction's own
 * connection, so it commits or rolls back with the rest of the call. 45,000 seats take well under a second.
 */
final class SeatWriter {

    static final int BATCH = 1000;

    /** One seat row to insert. */
    record Row(long zoneId, String reference, String rowLabel, int number, int x, int y, SeatStatus status) {
    }

    private SeatWriter() {
    }

    static int insert(EntityManager em, long mappingId, List<Row> rows) {
        em.flush(); // zones created earlier in this transaction must exist for the foreign keys
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into seat (id, mapping_id, zone_id, reference, row_label, number, x, y, status) "
                            + "values (nextval('seat_seq'), ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Row row : rows) {
                    insert.setLong(1, mappingId);
                    insert.setLong(2, row.zoneId());
                    insert.setString(3, row.reference());
                    insert.setString(4, row.rowLabel());
                    insert.setInt(5, row.number());
                    insert.setInt(6, row.x());
                    insert.setInt(7, row.y());
                    insert.setString(8, row.status().name());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            return rows.size();
        });
    }
}
