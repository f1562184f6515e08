package tn.entrix.blacklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A ban of a person, by account ({@code userId}) and/or national ID (CIN), from the events of its scope, between
 * {@code startsAt} and {@code endsAt} (open-ended when null). Its terms never change once created; the only change
 * is {@link #lift lifting} it, once, with who and why — a ban is never deleted, so the history stays.
 */
@Entity
@Table(name = "ban")
public class Ban {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ban_seq")
    @SequenceGenerator(name = "ban_seq", sequenceName = "ban_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "national_id", length = 16)
    private String nationalId;

    @Column(nullable = false, columnDefinition = "text")
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BanSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BanScope scope;

    @Column(name = "club_id")
    private Long clubId;

    @Column(name = "event_id")
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BanLevel level;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by", length = 64)
    private String liftedBy;

    @Column(name = "lift_reason", columnDefinition = "text")
    private String liftReason;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Ban() {
    }

    public Ban(Long userId, String nationalId, String reason, BanSource source, BanScope scope, Long clubId,
               Long eventId, BanLevel level, Instant startsAt, Instant endsAt, String createdBy, Instant createdAt) {
        this.userId = userId;
        this.nationalId = nationalId;
        this.reason = reason;
        this.source = source;
        this.scope = scope;
        this.clubId = clubId;
        this.eventId = eventId;
        this.level = level;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Lifts the ban; returns false (and changes nothing) when it was already lifted. */
    public boolean lift(Instant at, String by, String why) {
        if (liftedAt != null) {
            return false;
        }
        this.liftedAt = at;
        this.liftedBy = by;
        this.liftReason = why;
        return true;
    }

    /** In force at {@code at}: not lifted, started, not yet ended. */
    public boolean activeAt(Instant at) {
        return liftedAt == null && !startsAt.isAfter(at) && (endsAt == null || endsAt.isAfter(at));
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getNationalId() {
        return nationalId;
    }

    public String getReason() {
        return reason;
    }

    public BanSource getSource() {
        return source;
    }

    public BanScope getScope() {
        return scope;
    }

    public Long getClubId() {
        return clubId;
    }

    public Long getEventId() {
        return eventId;
    }

    public BanLevel getLevel() {
        return level;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
