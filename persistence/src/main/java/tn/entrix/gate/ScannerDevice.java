package tn.entrix.gate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A scanner at the gates (a phone or a handheld), enrolled by an admin for some access points and events. It proves
 * itself on every scan with a secret of its own, of which only a SHA-256 is stored; revoking it refuses its next
 * scan. Never deleted: the access control log names the device of every scan.
 */
@Entity
@Table(name = "scanner_device")
public class ScannerDevice {

    public enum Status { ACTIVE, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scanner_device_seq")
    @SequenceGenerator(name = "scanner_device_seq", sequenceName = "scanner_device_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(name = "secret_sha256", nullable = false)
    private byte[] secretSha256;

    @Column(nullable = false, length = 12)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status = Status.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scanner_device_access_point", joinColumns = @JoinColumn(name = "device_id"))
    @Column(name = "access_point_id")
    private Set<Long> accessPointIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scanner_device_event", joinColumns = @JoinColumn(name = "device_id"))
    @Column(name = "event_id")
    private Set<Long> eventIds = new HashSet<>();

    @Version
    private long version;

    protected ScannerDevice() {
    }

    public ScannerDevice(String name, byte[] secretSha256, Instant createdAt, String createdBy) {
        this.name = name;
        this.secretSha256 = secretSha256.clone();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** What the device may scan: replaces both lists. */
    public void assign(String name, Set<Long> accessPointIds, Set<Long> eventIds) {
        this.name = name;
        this.accessPointIds.clear();
        this.accessPointIds.addAll(accessPointIds);
        this.eventIds.clear();
        this.eventIds.addAll(eventIds);
    }

    public void revoke(Instant at, String by) {
        this.status = Status.REVOKED;
        this.revokedAt = at;
        this.revokedBy = by;
    }

    /** A new secret (the old one stops working): a device reset or a leaked credential. */
    public void newSecret(byte[] secretSha256) {
        this.secretSha256 = secretSha256.clone();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public byte[] getSecretSha256() {
        return secretSha256.clone();
    }

    public Status getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Set<Long> getAccessPointIds() {
        return Set.copyOf(accessPointIds);
    }

    public Set<Long> getEventIds() {
        return Set.copyOf(eventIds);
    }

    public long getVersion() {
        return version;
    }
}
