package tn.entrix.event;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tn.entrix.platform.ConsoleFormat;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.NotFoundException;
import tn.entrix.venue.MappingService;
import tn.entrix.venue.MappingView;
import tn.entrix.venue.VenueService;
import tn.entrix.venue.VenueView;

/**
 * Creates an event ({@code edit.xhtml}) or edits one ({@code edit.xhtml?id=}): the venue first, then one of its
 * mappings; dates typed in Tunis time; participants with their roles; the metadata that the kind allows. The
 * service decides everything else (dates in order, one home and one away, the derby flag).
 */
@Named
@ViewScoped
public class EventEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "eventForm";

    /** Metadata keys this form edits; other keys of an event's metadata are kept as they are. */
    static final String SECURITY_LEVEL = "security_level";
    static final String AGE_LIMIT = "age_limit";

    /** Request component (or the service's field name) → input id (the form does not prefix its ids). */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("code", "code"), Map.entry("name", "name"),
            Map.entry("kind", "kind"), Map.entry("category", "category"), Map.entry("groupId", "group"),
            Map.entry("mappingId", "mapping"), Map.entry("startsAt", "startsAt"), Map.entry("endsAt", "endsAt"),
            Map.entry("doorsOpenAt", "doorsOpenAt"), Map.entry("participants", "participant"),
            Map.entry("metadata." + SECURITY_LEVEL, "securityLevel"), Map.entry("metadata." + AGE_LIMIT, "ageLimit"));

    @Inject
    EventService events;

    @Inject
    EventGroupService groups;

    @Inject
    VenueService venues;

    @Inject
    MappingService mappings;

    @Inject
    ParticipantService participants;

    @Inject
    FormValidation validation;

    private Long id;
    private Long version;
    private String code;
    private String name;
    private EventKind kind = EventKind.FOOTBALL;
    private String category;
    private Long groupId;
    private Long venueId;
    private Long mappingId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDateTime doorsOpenAt;
    private Integer securityLevel;
    private Integer ageLimit;
    /** REINFORCED bans apply (derby J-7); null on a new event: the service takes the derby flag. */
    private Boolean blacklistReinforced;
    /** The metadata keys this form does not edit, as JSON text (JSON-P values are not serializable). */
    private String otherMetadata;
    private final List<Row> lineup = new ArrayList<>();

    // the participant being added (chosen and added in the same request)
    private transient ParticipantView participant;
    private LineupRole role = LineupRole.HOME;

    private transient List<VenueView> venueList;
    private transient List<MappingView> mappingList;
    private transient List<GroupOptions.Option> groupOptions;

    /** One participant of the event being edited. */
    public record Row(long participantId, String code, String name, LineupRole role) implements Serializable {
    }

    public void load() {
        if (id == null) {
            return;
        }
        try {
            EventView event = events.find(id);
            version = event.version();
            blacklistReinforced = event.blacklistReinforced();
            code = event.code();
            name = event.name();
            kind = event.kind();
            category = event.category();
            groupId = event.groupId();
            venueId = event.venueId();
            mappingId = event.mappingId();
            startsAt = ConsoleFormat.local(event.startsAt());
            endsAt = ConsoleFormat.local(event.endsAt());
            doorsOpenAt = ConsoleFormat.local(event.doorsOpenAt());
            lineup.clear();
            event.participants().forEach(p -> lineup.add(new Row(p.participantId(), p.code(), p.name(), p.role())));
            JsonObject metadata = event.metadata() == null ? JsonObject.EMPTY_JSON_OBJECT : event.metadata();
            securityLevel = integer(metadata, SECURITY_LEVEL);
            ageLimit = integer(metadata, AGE_LIMIT);
            JsonObjectBuilder others = Json.createObjectBuilder(metadata);
            others.remove(SECURITY_LEVEL).remove(AGE_LIMIT);
            otherMetadata = others.build().toString();
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    /** A new venue: its mappings become the choices, the only one chosen at once. */
    public void venueChanged() {
        mappingList = null;
        List<MappingView> choices = getMappings();
        mappingId = choices.size() == 1 ? choices.get(0).id() : null;
    }

    /** A new kind: the role proposed for the next participant fits it. */
    public void kindChanged() {
        if (!getRoleChoices().contains(role)) {
            role = getRoleChoices().get(0);
        }
    }

    /** The start chosen: the end defaults to two hours later, as long as the user has not set it. */
    public void startChanged() {
        if (startsAt != null && endsAt == null) {
            endsAt = startsAt.plusHours(2);
        }
    }

    public void addParticipant() {
        if (participant == null) {
            ConsoleMessages.fieldError("participant", ConsoleMessages.text("event.participant.choose"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        lineup.removeIf(r -> r.participantId() == participant.id());
        lineup.add(new Row(participant.id(), participant.code(), participant.name(), role));
        participant = null;
        // the usual second one of a match is the away side
        role = role == LineupRole.HOME ? LineupRole.AWAY : role;
    }

    public void removeParticipant(Row row) {
        lineup.remove(row);
    }

    /** Participants whose name or code contains the typed text, for the autocomplete. */
    public List<ParticipantView> completeParticipant(String query) {
        return participants.search(query, null, ParticipantOrder.NAME, false, 0, 12).items();
    }

    public String save() {
        EventRequest request = new EventRequest(code == null ? null : code.strip(), name, kind, blankToNull(category),
                groupId, mappingId, ConsoleFormat.instant(startsAt), ConsoleFormat.instant(endsAt),
                ConsoleFormat.instant(doorsOpenAt),
                lineup.stream().map(r -> new LineupEntry(r.participantId(), r.role())).toList(), metadata(),
                version, blacklistReinforced);
        if (!validation.check(request, FORM, FIELDS)) {
            return null;
        }
        try {
            EventView saved = id == null ? events.create(request) : events.update(id, request);
            ConsoleMessages.info(id == null ? "event.created" : "event.updated", saved.name());
            ConsoleMessages.keepForRedirect();
            return "/console/events/event?faces-redirect=true&id=" + saved.id();
        } catch (EntrixException e) {
            ConsoleMessages.error(FORM, e, FIELDS);
            return null;
        }
    }

    /** The other keys as they were, and the ones this form edits when the kind allows them. */
    JsonObject metadata() {
        JsonObjectBuilder builder;
        if (otherMetadata == null) {
            builder = Json.createObjectBuilder();
        } else {
            try (JsonReader reader = Json.createReader(new StringReader(otherMetadata))) {
                builder = Json.createObjectBuilder(reader.readObject());
            }
        }
        if (isSport() && securityLevel != null) {
            builder.add(SECURITY_LEVEL, securityLevel);
        }
        if (isConcert() && ageLimit != null) {
            builder.add(AGE_LIMIT, ageLimit);
        }
        return builder.build();
    }

    private static Integer integer(JsonObject metadata, String key) {
        return metadata.get(key) instanceof jakarta.json.JsonNumber n ? n.intValue() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isSport() {
        return kind != null && kind.isSport();
    }

    public boolean isConcert() {
        return kind == EventKind.CONCERT;
    }

    public List<VenueView> getVenues() {
        if (venueList == null) {
            venueList = venues.list(null, 0, 500).items();
        }
        return venueList;
    }

    public List<MappingView> getMappings() {
        if (mappingList == null) {
            mappingList = venueId == null ? List.of() : mappings.listOfVenue(venueId);
        }
        return mappingList;
    }

    public List<GroupOptions.Option> getGroupOptions() {
        if (groupOptions == null) {
            groupOptions = GroupOptions.of(groups.list());
        }
        return groupOptions;
    }

    public List<Integer> getSecurityLevels() {
        return List.of(1, 2, 3, 4, 5);
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public LineupRole[] getRoles() {
        return LineupRole.values();
    }

    /** Roles that fit the kind: home and away for a match; headliner, support, speaker, guest otherwise. */
    public List<LineupRole> getRoleChoices() {
        Set<LineupRole> match = Set.of(LineupRole.HOME, LineupRole.AWAY, LineupRole.GUEST);
        return java.util.Arrays.stream(LineupRole.values()).filter(r -> isSport() == match.contains(r)
                || r == LineupRole.GUEST).toList();
    }

    public List<Row> getLineup() {
        return lineup;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public Boolean getBlacklistReinforced() {
        return blacklistReinforced;
    }

    public void setBlacklistReinforced(Boolean blacklistReinforced) {
        this.blacklistReinforced = blacklistReinforced;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public Long getMappingId() {
        return mappingId;
    }

    public void setMappingId(Long mappingId) {
        this.mappingId = mappingId;
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

    public LocalDateTime getDoorsOpenAt() {
        return doorsOpenAt;
    }

    public void setDoorsOpenAt(LocalDateTime doorsOpenAt) {
        this.doorsOpenAt = doorsOpenAt;
    }

    public Integer getSecurityLevel() {
        return securityLevel;
    }

    public void setSecurityLevel(Integer securityLevel) {
        this.securityLevel = securityLevel;
    }

    public Integer getAgeLimit() {
        return ageLimit;
    }

    public void setAgeLimit(Integer ageLimit) {
        this.ageLimit = ageLimit;
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public void setParticipant(ParticipantView participant) {
        this.participant = participant;
    }

    public LineupRole getRole() {
        return role;
    }

    public void setRole(LineupRole role) {
        this.role = role;
    }
}
