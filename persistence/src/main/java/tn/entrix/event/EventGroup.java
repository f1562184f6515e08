package tn.entrix.event;

import jakarta.persistence.Column;
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
import java.time.LocalDate;

/** A season, tournament, festival or phase; groups nest (season → phase). */
@Entity
@Table(name = "event_group")
public class EventGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_group_seq")
    @SequenceGenerator(name = "event_group_seq", sequenceName = "event_group_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private EventGroup parent;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventGroupKind kind;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Version
    private long version;

    protected EventGroup() {
    }

    public EventGroup(String code, EventGroup parent) {
        this.code = code;
        this.parent = parent;
    }

    /** Places the group under another parent (null: a top-level group); the service refuses cycles. */
    public void moveUnder(EventGroup parent) {
        this.parent = parent;
    }

    public void describe(String name, EventGroupKind kind, LocalDate startsOn, LocalDate endsOn) {
        this.name = name;
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Long getId() {
        return id;
    }

    public EventGroup getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public EventGroupKind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public long getVersion() {
        return version;
    }
}
