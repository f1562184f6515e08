package tn.entrix.gate;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.Page;
import tn.entrix.platform.SqlValues;

/**
 * Reads an event's access control log, newest first: every scan, or only those a supervisor must look at (offline
 * conflicts, or denials flagged for a supervisor). Paged in the database (index on event and time).
 */
@Stateless
public class ScanLogService {

    /** Which rows of the log. */
    public enum Filter { ALL, CONFLICTS, SUPERVISOR, DENIED }

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    /** The log as REST serves it: one page and the total, 404 for an unknown event. */
    public Page<ScanView> log(long eventId, Filter filter, int page, int size) {
        if (em.createNativeQuery("select 1 from event where id = :e").setParameter("e", eventId).getResultList()
                .isEmpty()) {
            throw new NotFoundException("Event", eventId);
        }
        return new Page<>(items(eventId, filter, page, size), page, size, count(eventId, filter));
    }

    /** How many rows of the log the filter keeps (the console's lazy table asks for it apart from the rows). */
    public long count(long eventId, Filter filter) {
        return ((Number) em.createNativeQuery("select count(*) from scan s where " + where(filter))
                .setParameter("e", eventId).getSingleResult()).longValue();
    }

    /** One page of the log, newest first. */
    public List<ScanView> items(long eventId, Filter filter, int page, int size) {
        List<ScanView> items = new ArrayList<>();
        for (Object row : em.createNativeQuery("select s.id, s.scanned_at, s.received_at, s.device_id, d.name, "
                        + "s.steward, s.access_point_id, ap.name || ' (' || ap.code || ')', s.access_right_id, "
                        + "coalesce(u.display_name, u.username), s.direction, s.decision, s.reason, s.supervisor, "
                        + "s.offline, s.conflict from scan s join scanner_device d on d.id = s.device_id "
                        + "join access_point ap on ap.id = s.access_point_id "
                        + "left join access_right r on r.id = s.access_right_id "
                        + "left join app_user u on u.id = r.user_id where " + where(filter)
                        + " order by s.received_at desc, s.id desc")
                .setParameter("e", eventId).setFirstResult(page * size).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new ScanView(((Number) r[0]).longValue(), SqlValues.instant(r[1]), SqlValues.instant(r[2]),
                    ((Number) r[3]).longValue(), (String) r[4], (String) r[5], ((Number) r[6]).longValue(),
                    (String) r[7], r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9], (String) r[10],
                    (String) r[11], (String) r[12], (Boolean) r[13], (Boolean) r[14], (String) r[15]));
        }
        return items;
    }

    private static String where(Filter filter) {
        return "s.event_id = :e" + switch (filter == null ? Filter.ALL : filter) {
            case ALL -> "";
            case CONFLICTS -> " and s.conflict is not null";
            case SUPERVISOR -> " and (s.supervisor or s.conflict is not null)";
            case DENIED -> " and s.decision = 'DENIED'";
        };
    }
}
