package tn.entrix.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tn.entrix.venue.Mapping;
import tn.entrix.venue.Venue;

/**
 * A fixture, concert or conference at a venue, in one of its mappings. Guards its life cycle
 * ({@link EventStatus#next()}): only a live event can be postponed, nothing leaves DONE or CANCELLED. The derby flag
 * is derived by the service from the rivalry of its home and away participants.
 */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventKind kind;

    @Column(length = 64)
    private String category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private EventGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mapping_id")
    private Mapping mapping;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "doors_open_at", nullable = false)
    private Instant doorsOpenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventStatus status = EventStatus.DRAFT;

    @Column(nullable = false)
    private boolean derby;

    /** The derby J-7 switch: REINFORCED bans of the blacklist apply to this event too. */
    @Column(name = "blacklist_reinforced", nullable = false)
    private boolean blacklistReinforced;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String metadata = "{}";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    private Set<Lineup> lineup = new HashSet<>();

    @Version
    private long version;

    protected Event() {
    }

    public Event(String code) {
        this.code = code;
    }

    public void describe(String name, EventKind kind, String category, EventGroup group, Mapping mapping,
                         String metadata) {
        this.name = name;
        this.kind = kind;
        this.category = category;
        this.group = group;
        this.mapping = mapping;
        this.venue = mapping.getVenue();
        this.metadata = metadata;
    }

    /** Sets the dates; the database also checks doors ≤ start < end. */
    public void schedule(Instant doorsOpenAt, Instant startsAt, Instant endsAt) {
        this.doorsOpenAt = doorsOpenAt;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public void lineup(Set<Lineup> participants, boolean derby) {
        this.lineup.clear();
        this.lineup.addAll(participants);
        this.derby = derby;
    }

    public void reinforceBlacklist(boolean on) {
        this.blacklistReinforced = on;
    }

    /** Moves to {@code target} if the life cycle allows it; returns false (and changes nothing) otherwise. */
    public boolean moveTo(EventStatus target) {
        if (!status.canMoveTo(target)) {
            return false;
        }
        this.status = target;
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public EventGroup getGroup() {
        return group;
    }

    public Venue getVenue() {
        return venue;
    }

    public Mapping getMapping() {
        return mapping;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getDoorsOpenAt() {
        return doorsOpenAt;
    }

    public EventStatus getStatus() {
        return status;
    }

    public boolean isDerby() {
        return derby;
    }

    public boolean isBlacklistReinforced() {
        return blacklistReinforced;
    }

    public String getMetadata() {
        return metadata;
    }

    public Set<Lineup> getLineup() {
        return Set.copyOf(lineup);
    }

    public long getVersion() {
        return version;
    }
}
