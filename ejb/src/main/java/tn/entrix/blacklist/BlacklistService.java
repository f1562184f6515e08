package tn.entrix.blacklist;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.event.Event;
import tn.entrix.event.Participant;
import tn.entrix.identity.User;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.Page;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.platform.SqlValues;

/**
 * Bans: created, lifted (never deleted: the history stays), found and listed. Creating and lifting are audited with
 * HIGH severity; hits are audited by {@link Bans}.
 */
@Stateless
public class BlacklistService {

    static final String ENTITY = Bans.ENTITY;

    private static final String SELECT = "select b.id, b.user_id, u.username, b.national_id, cu.username,"
            + " b.reason, b.source, b.scope, b.club_id, p.name, b.event_id, e.code, e.name, b.level, b.starts_at,"
            + " b.ends_at, b.lifted_at, b.lifted_by, b.lift_reason, b.created_by, b.created_at, b.version";
    private static final String FROM = " from ban b left join app_user u on u.id = b.user_id"
            + " left join app_user cu on cu.national_id = b.national_id"
            + " left join participant p on p.id = b.club_id left join event e on e.id = b.event_id";
    private static final String ACTIVE = "(b.lifted_at is null and b.starts_at <= :now"
            + " and (b.ends_at is null or b.ends_at > :now))";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public BanView create(BanRequest r) {
        Instant now = clock.instant();
        BanTerms terms = BanTerms.of(r, now);
        Long userId = r.userId();
        if (userId != null) {
            if (em.find(User.class, userId) == null) {
                throw RuleViolationException.field("USER_UNKNOWN", "userId", "No user " + userId);
            }
        } else if (r.username() != null && !r.username().isBlank()) {
            userId = em.createQuery("select u.id from User u where lower(u.username) = lower(:n)", Long.class)
                    .setParameter("n", r.username().strip()).getResultStream().findFirst()
                    .orElseThrow(() -> RuleViolationException.field("USER_UNKNOWN", "username",
                            "No user '" + r.username().strip() + "'"));
        }
        if (terms.clubId() != null && em.find(Participant.class, terms.clubId()) == null) {
            throw RuleViolationException.field("CLUB_UNKNOWN", "clubId", "No club " + terms.clubId());
        }
        if (terms.eventId() != null && em.find(Event.class, terms.eventId()) == null) {
            throw RuleViolationException.field("EVENT_UNKNOWN", "eventId", "No event " + terms.eventId());
        }
        Ban ban = new Ban(userId, terms.nationalId(), r.reason().strip(), r.source(), terms.scope(), terms.clubId(),
                terms.eventId(), terms.level(), terms.startsAt(), terms.endsAt(), actor(), now);
        em.persist(ban);
        em.flush();
        audit.record("BAN_CREATED", ENTITY, ban.getId(), Severity.HIGH, describe(ban));
        return find(ban.getId());
    }

    /** Lifts a ban, once; it stays in the list, lifted, with who and why. */
    public BanView lift(long id, LiftRequest r) {
        Ban ban = em.find(Ban.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (ban == null) {
            throw new NotFoundException(ENTITY, id);
        }
        if (!ban.lift(clock.instant(), actor(), r.reason().strip())) {
            throw new ConflictException("BAN_ALREADY_LIFTED", "Ban " + id + " was lifted on " + ban.getLiftedAt());
        }
        em.flush();
        audit.record("BAN_LIFTED", ENTITY, id, Severity.HIGH, describe(ban) + " lifted: " + ban.getLiftReason());
        return find(id);
    }

    @SuppressWarnings("unchecked")
    public BanView find(long id) {
        List<Object[]> rows = em.createNativeQuery(SELECT + FROM + " where b.id = :id").setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException(ENTITY, id);
        }
        return view(rows.get(0), clock.instant());
    }

    /** Bans by the filter, newest first. */
    @SuppressWarnings("unchecked")
    public Page<BanView> list(BanFilter f, int page, int size) {
        Instant now = clock.instant();
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.active() != null) {
            where.add(f.active() ? ACTIVE : "not " + ACTIVE);
            params.put("now", now);
        }
        if (f.userId() != null) {
            where.add("(b.user_id = :user or b.national_id = (select x.national_id from app_user x where x.id = :user))");
            params.put("user", f.userId());
        }
        if (f.nationalId() != null && !f.nationalId().isBlank()) {
            where.add("(b.national_id = :cin or u.national_id = :cin)");
            params.put("cin", BanTerms.nationalId(f.nationalId()));
        }
        if (f.eventId() != null) {
            where.add("exists (select 1 from event ev where ev.id = :event and " + Bans.covers("b", "ev") + ")");
            params.put("event", f.eventId());
        }
        if (f.source() != null) {
            where.add("b.source = :source");
            params.put("source", f.source().name());
        }
        if (f.scope() != null) {
            where.add("b.scope = :scope");
            params.put("scope", f.scope().name());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.add("(lower(u.username) like :text or lower(cu.username) like :text or b.national_id like :text"
                    + " or u.national_id like :text)");
            params.put("text", "%" + f.text().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Query query = em.createNativeQuery(SELECT + FROM + condition + " order by b.created_at desc, b.id desc"
                + " limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*)" + FROM + condition);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Object[]> rows = query.setParameter("limit", size).setParameter("offset", (long) page * size)
                .getResultList();
        return new Page<>(rows.stream().map(r -> view(r, now)).toList(), page, size,
                ((Number) count.getSingleResult()).longValue());
    }

    private static BanView view(Object[] r, Instant now) {
        Instant startsAt = SqlValues.instant(r[14]);
        Instant endsAt = SqlValues.instant(r[15]);
        Instant liftedAt = SqlValues.instant(r[16]);
        boolean active = liftedAt == null && !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
        return new BanView(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], BanSource.valueOf((String) r[6]),
                BanScope.valueOf((String) r[7]), r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9],
                r[10] == null ? null : ((Number) r[10]).longValue(), (String) r[11], (String) r[12],
                BanLevel.valueOf((String) r[13]), startsAt, endsAt, active, liftedAt, (String) r[17],
                (String) r[18], (String) r[19], SqlValues.instant(r[20]), ((Number) r[21]).longValue());
    }

    /** What the audit row says: the person (ids, never the reason's text) and the terms. */
    private static String describe(Ban ban) {
        return (ban.getUserId() == null ? "" : "user " + ban.getUserId() + " ")
                + (ban.getNationalId() == null ? "" : "CIN " + ban.getNationalId() + " ")
                + ban.getSource() + " " + ban.getScope()
                + (ban.getClubId() == null ? "" : " club " + ban.getClubId())
                + (ban.getEventId() == null ? "" : " event " + ban.getEventId())
                + " " + ban.getLevel() + " from " + ban.getStartsAt()
                + (ban.getEndsAt() == null ? " indefinitely" : " to " + ban.getEndsAt());
    }

    private String actor() {
        Principal principal = session.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? AuditService.SYSTEM : name;
    }
}
