package tn.entrix.blacklist;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import tn.entrix.event.EventFilter;
import tn.entrix.event.EventOrder;
import tn.entrix.event.EventService;
import tn.entrix.event.ParticipantKind;
import tn.entrix.event.ParticipantOrder;
import tn.entrix.event.ParticipantService;
import tn.entrix.platform.ConsoleFormat;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;

/**
 * A new ban ({@code console/bans/new.xhtml}): the person by username and/or CIN, the reason, source, scope (with its
 * club or event), level and dates. The service checks everything; this form only gathers.
 */
@Named
@ViewScoped
public class BanNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "banForm";
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("username", "username"),
            Map.entry("userId", "username"), Map.entry("nationalId", "nationalId"), Map.entry("reason", "reason"),
            Map.entry("source", "source"), Map.entry("scope", "scope"), Map.entry("clubId", "club"),
            Map.entry("eventId", "event"), Map.entry("level", "level"), Map.entry("startsAt", "startsAt"),
            Map.entry("endsAt", "endsAt"));

    /** A club or an event to choose from. */
    public record Option(long id, String label) implements Serializable {
    }

    @Inject
    BlacklistService blacklist;

    @Inject
    EventService events;

    @Inject
    ParticipantService participants;

    @Inject
    FormValidation validation;

    private String username;
    private String nationalId;
    private String reason;
    private BanSource source = BanSource.CLUB_DECISION;
    private BanScope scope = BanScope.ALL_EVENTS;
    private Long clubId;
    private Long eventId;
    private BanLevel level = BanLevel.STANDARD;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;

    private transient List<Option> clubs;
    private transient List<Option> eventOptions;

    public String save() {
        BanRequest request = new BanRequest(null, blankToNull(username), blankToNull(nationalId), reason, source,
                scope, scope == BanScope.CLUB ? clubId : null, scope == BanScope.EVENT ? eventId : null, level,
                ConsoleFormat.instant(startsAt), ConsoleFormat.instant(endsAt));
        if (!validation.check(request, FORM, FIELDS)) {
            return null;
        }
        try {
            BanView saved = blacklist.create(request);
            ConsoleMessages.info("ban.created", saved.id());
            ConsoleMessages.keepForRedirect();
            return "/console/bans/list?faces-redirect=true";
        } catch (EntrixException e) {
            ConsoleMessages.error(FORM, e, FIELDS);
            return null;
        }
    }

    public List<Option> getClubs() {
        if (clubs == null) {
            clubs = participants.search(null, ParticipantKind.TEAM, ParticipantOrder.NAME, false, 0, 500).items()
                    .stream().map(p -> new Option(p.id(), p.name() + " (" + p.code() + ")")).toList();
        }
        return clubs;
    }

    /** Events not over yet, soonest first. */
    public List<Option> getEventOptions() {
        if (eventOptions == null) {
            eventOptions = events.search(new EventFilter(null, null, null, Instant.now().minusSeconds(86_400), null,
                            null), EventOrder.STARTS_AT, false, 0, 500).items().stream()
                    .map(e -> new Option(e.id(), e.name() + " — " + e.code())).toList();
        }
        return eventOptions;
    }

    public BanSource[] getSources() {
        return BanSource.values();
    }

    public BanScope[] getScopes() {
        return BanScope.values();
    }

    public BanLevel[] getLevels() {
        return BanLevel.values();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public BanSource getSource() {
        return source;
    }

    public void setSource(BanSource source) {
        this.source = source;
    }

    public BanScope getScope() {
        return scope;
    }

    public void setScope(BanScope scope) {
        this.scope = scope;
    }

    public Long getClubId() {
        return clubId;
    }

    public void setClubId(Long clubId) {
        this.clubId = clubId;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public BanLevel getLevel() {
        return level;
    }

    public void setLevel(BanLevel level) {
        this.level = level;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }
}
