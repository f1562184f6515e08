package tn.entrix.event;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.Conditions;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.Json;
import tn.entrix.platform.Page;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.platform.Versions;
import tn.entrix.venue.Mapping;

/**
 * Events and their life cycle. The derby flag comes from the rivalry of the home and away participants (level 3 and
 * above); postponing keeps every right valid for the new dates; cancelling fires {@link EventCancelled}.
 */
@Stateless
public class EventService {

    static final String ENTITY = "Event";
    /** A rivalry of this level or more makes a derby (security level, reinforced blacklist). */
    public static final int DERBY_LEVEL = 3;
    static final Duration DEFAULT_DOORS = Duration.ofHours(2);

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    EventRepository repository;

    @Inject
    jakarta.enterprise.event.Event<EventCancelled> cancellations;

    @Inject
    jakarta.enterprise.event.Event<EventPostponed> postponements;

    public EventView create(EventRequest r) {
        if (repository.eventByCode(r.code()) != null) {
            throw new ConflictException("EVENT_CODE_TAKEN", "An event already has the code '" + r.code() + "'",
                    Map.of("field", "code"));
        }
        Event event = new Event(r.code());
        describe(event, r);
        event.reinforceBlacklist(r.blacklistReinforced() == null ? event.isDerby() : r.blacklistReinforced());
        em.persist(event);
        em.flush();
        audit.record("EVENT_CREATED", ENTITY, event.getId(), Severity.LOW, event.getCode() + " " + event.getName());
        return view(event);
    }

    public EventView update(long id, EventRequest r) {
        Event event = repository.event(id);
        Versions.check(ENTITY, id, r.version(), event.getVersion());
        if (!r.code().equals(event.getCode())) {
            throw RuleViolationException.field("EVENT_CODE_FIXED", "code", "An event's code never changes");
        }
        describe(event, r);
        boolean reinforced = event.isBlacklistReinforced();
        if (r.blacklistReinforced() != null) {
            event.reinforceBlacklist(r.blacklistReinforced());
        }
        em.flush();
        audit.record("EVENT_UPDATED", ENTITY, id, Severity.LOW, event.getCode());
        if (reinforced != event.isBlacklistReinforced()) {
            audit.record("EVENT_BLACKLIST_REINFORCED", ENTITY, id, Severity.HIGH, event.getCode() + " reinforced "
                    + (event.isBlacklistReinforced() ? "on" : "off"));
        }
        return view(event);
    }

    public EventView find(long id) {
        return view(repository.event(id));
    }

    /** The event with this code, if any. */
    public Optional<EventView> findByCode(String code) {
        return Optional.ofNullable(repository.eventByCode(code)).map(EventService::view);
    }

    /** Events from a date on (all when null), optionally of one group or status, by start time. */
    public Page<EventView> list(Instant from, Long groupId, EventStatus status, int page, int size) {
        return search(new EventFilter(status, null, groupId, from, null, null), EventOrder.STARTS_AT, false, page,
                size);
    }

    /**
     * One page of the events that pass {@code filter}, in {@code order}. The JPQL holds only the conditions given
     * ({@link Conditions}); venue, mapping and group come in the same query.
     */
    public Page<EventView> search(EventFilter filter, EventOrder order, boolean descending, int page, int size) {
        EventFilter f = filter == null ? EventFilter.NONE : filter;
        Conditions where = new Conditions()
                .and("e.status = :status", "status", f.status())
                .and("e.kind = :kind", "kind", f.kind())
                .and("e.group.id = :group", "group", f.groupId())
                .and("e.startsAt >= :from", "from", f.from())
                .and("e.startsAt < :to", "to", f.to())
                .contains("text", f.text(), "e.code", "e.name", "e.venue.name");
        EventOrder by = order == null ? EventOrder.STARTS_AT : order;
        String direction = descending ? " desc" : " asc";
        String orderBy = " order by " + by.path() + direction
                + (by == EventOrder.STARTS_AT ? "" : ", e.startsAt" + direction) + ", e.id" + direction;
        List<Event> events = where.bind(em.createQuery("select e from Event e join fetch e.venue join fetch e.mapping"
                        + " left join fetch e.group" + where.where() + orderBy, Event.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = where.bind(em.createQuery("select count(e) from Event e" + where.where(), Long.class))
                .getSingleResult();
        return new Page<>(events.stream().map(EventService::view).toList(), page, size, total);
    }

    /** Moves the event along its life cycle; postponing needs new dates ({@link #postpone}). */
    public EventView changeStatus(long id, EventStatus target) {
        if (target == EventStatus.POSTPONED) {
            throw RuleViolationException.field("POSTPONE_NEEDS_DATES", "status",
                    "Postpone through /events/{id}/postpone with the new dates");
        }
        Event event = repository.event(id);
        EventStatus before = event.getStatus();
        if (!event.moveTo(target)) {
            throw new ConflictException("INVALID_STATUS_CHANGE", "An event cannot go from " + before + " to "
                    + target, Map.of("status", before.name(), "allowed", before.next().stream().map(Enum::name)
                    .sorted().toList()));
        }
        em.flush();
        audit.record("EVENT_" + target.name(), ENTITY, id, target == EventStatus.CANCELLED ? Severity.HIGH
                : Severity.MEDIUM, before + " -> " + target);
        if (target == EventStatus.CANCELLED) {
            cancellations.fire(new EventCancelled(id, event.getCode()));
        }
        return view(event);
    }

    /** New dates; everything else (participants, mapping, the rights sold) stays as it is. */
    public EventView postpone(long id, PostponeRequest r) {
        Event event = repository.event(id);
        EventStatus before = event.getStatus();
        if (!before.canPostpone()) {
            throw new ConflictException("INVALID_STATUS_CHANGE", "An event cannot be postponed from " + before,
                    Map.of("status", before.name()));
        }
        event.moveTo(EventStatus.POSTPONED); // already POSTPONED: stays so, with the new dates
        Instant previous = event.getStartsAt();
        schedule(event, r.doorsOpenAt(), r.startsAt(), r.endsAt());
        em.flush();
        audit.record("EVENT_POSTPONED", ENTITY, id, Severity.MEDIUM, previous + " -> " + r.startsAt());
        postponements.fire(new EventPostponed(id, event.getCode(), event.getDoorsOpenAt(), event.getStartsAt(),
                event.getEndsAt()));
        return view(event);
    }

    private void describe(Event event, EventRequest r) {
        Mapping mapping = repository.mapping(r.mappingId());
        EventGroup group = r.groupId() == null ? null : repository.group(r.groupId());
        EventMetadataRules.check(r.kind(), r.metadata());
        event.describe(r.name().strip(), r.kind(), r.category(), group, mapping, Json.text(r.metadata(), "{}"));
        schedule(event, r.doorsOpenAt(), r.startsAt(), r.endsAt());
        Set<Lineup> lineup = new HashSet<>();
        Participant home = null;
        Participant away = null;
        for (LineupEntry entry : r.participants() == null ? List.<LineupEntry>of() : r.participants()) {
            Participant p = repository.participant(entry.participantId());
            if (!lineup.add(new Lineup(p, entry.role()))) {
                throw RuleViolationException.field("DUPLICATE_PARTICIPANT", "participants",
                        p.getCode() + " appears twice");
            }
            if (entry.role() == LineupRole.HOME) {
                home = home == null ? p : fail("HOME");
            } else if (entry.role() == LineupRole.AWAY) {
                away = away == null ? p : fail("AWAY");
            }
        }
        Integer rivalry = home == null || away == null ? null : repository.rivalry(home, away);
        event.lineup(lineup, rivalry != null && rivalry >= DERBY_LEVEL);
    }

    private static Participant fail(String role) {
        throw RuleViolationException.field("DUPLICATE_ROLE", "participants", "Only one " + role + " participant");
    }

    private static void schedule(Event event, Instant doors, Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw RuleViolationException.field("INVALID_DATES", "endsAt", "endsAt must be after startsAt");
        }
        Instant opens = doors == null ? start.minus(DEFAULT_DOORS) : doors;
        if (opens.isAfter(start)) {
            throw RuleViolationException.field("INVALID_DATES", "doorsOpenAt", "Doors must open before the start");
        }
        event.schedule(opens, start, end);
    }

    static EventView view(Event e) {
        List<EventView.Participation> participants = e.getLineup().stream()
                .sorted(Comparator.comparing(Lineup::getRole).thenComparing(l -> l.getParticipant().getCode()))
                .map(l -> new EventView.Participation(l.getParticipant().getId(), l.getParticipant().getCode(),
                        l.getParticipant().getName(), l.getRole()))
                .toList();
        return new EventView(e.getId(), e.getCode(), e.getName(), e.getKind(), e.getCategory(),
                e.getGroup() == null ? null : e.getGroup().getId(), e.getVenue().getId(), e.getVenue().getName(),
                e.getMapping().getId(), e.getMapping().getName(), e.getDoorsOpenAt(), e.getStartsAt(), e.getEndsAt(),
                e.getStatus(), e.isDerby(), Json.object(e.getMetadata()), participants, e.getVersion(),
                e.isBlacklistReinforced());
    }
}
