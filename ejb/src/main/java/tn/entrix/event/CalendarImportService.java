package tn.entrix.event;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ClockProducer;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.venue.Mapping;
import tn.entrix.venue.Venue;

/**
 * Imports a season's fixtures from CSV into an event group, all or nothing: every bad line is reported with its
 * number and, if there is one, nothing is created.
 */
@Stateless
public class CalendarImportService {

    static final Duration MATCH_LENGTH = Duration.ofHours(2);

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    EventRepository repository;

    @Inject
    EventService events;

    @Inject
    AuditService audit;

    public CalendarImportView importCalendar(long groupId, String csv) {
        EventGroup group = repository.group(groupId);
        CalendarCsv.Parsed parsed = CalendarCsv.parse(csv);
        List<CalendarCsv.LineError> errors = new ArrayList<>(parsed.errors());
        List<EventRequest> requests = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CalendarCsv.Fixture f : parsed.fixtures()) {
            Participant home = repository.participantByCode(f.home());
            Participant away = repository.participantByCode(f.away());
            Venue venue = em.createQuery("select v from Venue v where v.slug = :s", Venue.class)
                    .setParameter("s", f.venue()).getResultStream().findFirst().orElse(null);
            Mapping mapping = venue == null ? null : em.createQuery("select m from Mapping m where m.venue = :v "
                            + "and lower(m.name) = lower(:n)", Mapping.class).setParameter("v", venue)
                    .setParameter("n", f.mapping()).getResultStream().findFirst().orElse(null);
            String code = f.home() + "-" + f.away() + "-" + f.date().format(DateTimeFormatter.BASIC_ISO_DATE);
            CalendarCsv.LineError problem = home == null ? unknownParticipant(f.line(), f.home())
                    : away == null ? unknownParticipant(f.line(), f.away())
                    : venue == null ? new CalendarCsv.LineError(f.line(), "UNKNOWN_VENUE",
                            "unknown venue '" + f.venue() + "'", Map.of("venue", f.venue()))
                    : mapping == null ? new CalendarCsv.LineError(f.line(), "UNKNOWN_MAPPING", "venue '" + f.venue()
                            + "' has no mapping '" + f.mapping() + "'", Map.of("venue", f.venue(), "mapping",
                            f.mapping()))
                    : code.length() > 32 ? new CalendarCsv.LineError(f.line(), "CODE_TOO_LONG",
                            "participant codes too long for an event code", Map.of("code", code))
                    : !codes.add(code) || repository.eventByCode(code) != null ? new CalendarCsv.LineError(f.line(),
                            "FIXTURE_EXISTS", "fixture " + code + " exists already", Map.of("code", code))
                    : null;
            if (problem != null) {
                errors.add(problem);
                continue;
            }
            Instant start = f.date().atZone(ClockProducer.DISPLAY_ZONE).toInstant();
            requests.add(new EventRequest(code, home.getName() + " – " + away.getName(), EventKind.FOOTBALL,
                    group.getName(), groupId, mapping.getId(), start, start.plus(MATCH_LENGTH), null,
                    List.of(new LineupEntry(home.getId(), LineupRole.HOME),
                            new LineupEntry(away.getId(), LineupRole.AWAY)), null, null, null));
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new RuleViolationException("CALENDAR_INVALID", errors.size() + " line(s) cannot be imported; "
                    + "nothing was imported. First: line " + errors.get(0).line() + ": " + errors.get(0).message(),
                    Map.of("lines", errors.stream().map(CalendarCsv.LineError::problem).toList()));
        }
        List<String> created = requests.stream().map(r -> events.create(r).code()).toList();
        audit.record("CALENDAR_IMPORTED", EventGroupService.ENTITY, groupId, Severity.MEDIUM,
                created.size() + " fixtures");
        return new CalendarImportView(groupId, created.size(), created);
    }

    private static CalendarCsv.LineError unknownParticipant(int line, String code) {
        return new CalendarCsv.LineError(line, "UNKNOWN_PARTICIPANT", "unknown participant '" + code + "'",
                Map.of("participant", code));
    }
}
