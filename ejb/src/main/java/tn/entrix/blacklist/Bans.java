package tn.entrix.blacklist;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;

/**
 * "Is this person banned from this event?" — asked by the gate on every scan and by the sale before a hold or an
 * order. A ban hits a user by account ({@code ban.user_id}) or by the CIN on the user's profile
 * ({@code ban.national_id}); it covers the event by its scope (all events; the club's events — the club being the
 * event's HOME or HEADLINER participant; one event); it applies by its level (STANDARD always, REINFORCED only when
 * the event's {@code blacklist_reinforced} is on); and it is in force at the given instant (not lifted, started, not
 * ended). One SQL statement, through the indexes on {@code ban.user_id} and {@code ban.national_id} (a BitmapOr of the
 * two), in plain JDBC so the gate can run it on the connection of its scan.
 */
@Stateless
public class Bans {

    static final String ENTITY = "Ban";

    /** The ban b applies to the event e (joined by id) at :at: in force, level applies, scope covers e. */
    static final String APPLIES = Bans.IN_FORCE.replace("?", ":at");

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Resource(lookup = "jdbc/entrix")
    DataSource dataSource;

    @Inject
    AuditService audit;

    /** The SQL condition "the scope of ban {@code ban} covers event {@code event}" (aliases of ban and event). */
    static String covers(String ban, String event) {
        return "(" + ban + ".scope = 'ALL_EVENTS' or (" + ban + ".scope = 'EVENT' and " + ban + ".event_id = "
                + event + ".id) or (" + ban + ".scope = 'CLUB' and exists (select 1 from event_participant ep"
                + " where ep.event_id = " + event + ".id and ep.participant_id = " + ban + ".club_id"
                + " and ep.role in ('HOME', 'HEADLINER'))))";
    }

    /**
     * {@link #covers} written out for the aliases b (ban) and e (event), as a compile-time constant so the statements
     * below are constants too: the gate benchmark's plain-JDBC loop runs these very texts. BanTermsTest checks the two
     * agree.
     */
    static final String COVERS = "(b.scope = 'ALL_EVENTS' or (b.scope = 'EVENT' and b.event_id = e.id)"
            + " or (b.scope = 'CLUB' and exists (select 1 from event_participant ep where ep.event_id = e.id"
            + " and ep.participant_id = b.club_id and ep.role in ('HOME', 'HEADLINER'))))";

    /** Ban b is in force at ? (twice), its level applies to event e, its scope covers e. */
    static final String IN_FORCE = " b.lifted_at is null and b.starts_at <= ? and (b.ends_at is null or b.ends_at > ?)"
            + " and (b.level = 'STANDARD' or e.blacklist_reinforced) and " + COVERS;

    /** The match query in plain JDBC: event, user, user, at, at. */
    public static final String MATCH = "select b.id, b.level, b.source, b.reason from ban b join event e on e.id = ?"
            + " where (b.user_id = ? or b.national_id = (select u.national_id from app_user u where u.id = ?)) and"
            + IN_FORCE + " order by case b.level when 'STANDARD' then 0 else 1 end, b.id limit 1";

    /**
     * "Some ban keeps user u out of event e at ?" as a boolean SQL expression over the aliases u (app_user) and e
     * (event) of the enclosing query; parameters: at, at. The gate's lock query embeds it, so a scan learns whether its
     * holder is banned in the round trip that locks the right; {@link #match} then names the ban, only for a hit.
     */
    public static final String BANNED = "exists (select 1 from ban b where (b.user_id = u.id or b.national_id = "
            + "u.national_id) and" + IN_FORCE + ")";

    /**
     * The ban that keeps user {@code userId} out of event {@code eventId} at {@code at}, if any (a STANDARD one
     * first, then the oldest). Reads only; inside a caller's transaction it reads on the transaction's connection.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<BanMatch> match(long userId, long eventId, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            return match(c, userId, eventId, at);
        } catch (SQLException e) {
            throw new IllegalStateException("The blacklist could not be read", e);
        }
    }

    /**
     * The same check on a connection the caller holds (the gate decides a scan on one JDBC connection): one
     * statement, through the indexes on {@code ban.user_id} and {@code ban.national_id}. No container involved.
     */
    public static Optional<BanMatch> match(Connection c, long userId, long eventId, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(MATCH)) {
            Timestamp when = Timestamp.from(at);
            s.setLong(1, eventId);
            s.setLong(2, userId);
            s.setLong(3, userId);
            s.setTimestamp(4, when);
            s.setTimestamp(5, when);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new BanMatch(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))) : Optional.empty();
            }
        }
    }

    /**
     * Audits a hit with HIGH severity, inside the caller's transaction, which goes on (a scan denied for a ban is a
     * normal answer that commits). Throws nothing of its own. {@code where}: what was refused, e.g. "GATE 12" or
     * "PURCHASE".
     */
    public void recordHit(BanMatch match, long userId, long eventId, String where) {
        audit.record("BAN_HIT", ENTITY, match.banId(), Severity.HIGH, details(match, userId, eventId, where));
    }

    /**
     * The same audit row in a transaction of its own: for a caller whose transaction is about to roll back because
     * of the ban (the sale refuses with a 403), so the hit stays on record.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordHitAlone(BanMatch match, long userId, long eventId, String where) {
        recordHit(match, userId, eventId, where);
    }

    /**
     * Every user banned from event {@code eventId} at {@code at}, by account or by the CIN on their profile, sorted
     * by id: the blacklist of the scanners' offline package.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Long> bannedUserIds(long eventId, Instant at) {
        List<Number> rows = em.createNativeQuery("with hit as (select b.user_id, b.national_id from ban b"
                        + " join event e on e.id = :event where" + APPLIES + ")"
                        + " select user_id from hit where user_id is not null"
                        + " union select u.id from hit join app_user u on u.national_id = hit.national_id"
                        + " order by 1")
                .setParameter("event", eventId).setParameter("at", at).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    static String details(BanMatch match, long userId, long eventId, String where) {
        return "user " + userId + " event " + eventId + " at " + where + ": " + match.level() + " "
                + match.source();
    }
}
