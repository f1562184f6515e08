package tn.entrix.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A physical place (stadium, arena). Its max capacity is the ceiling every mapping's effective capacity must stay
 * under. Media and metadata (amenities...) are JSON documents.
 */
@Entity
@Table(name = "venue")
public class Venue {

    public static final int NAME_LENGTH = 128;
    public static final int SLUG_LENGTH = 128;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_seq")
    @SequenceGenerator(name = "venue_seq", sequenceName = "venue_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = SLUG_LENGTH)
    private String slug;

    private String address;

    @Column(nullable = false, length = 64)
    private String city;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "max_capacity", nullable = false)
    private int maxCapacity;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String media = "[]";

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String metadata = "{}";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Venue() {
    }

    public Venue(String slug, Instant now) {
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces every editable field at once (the back office edits the whole form). */
    public void describe(String name, String address, String city, BigDecimal latitude, BigDecimal longitude,
                         int maxCapacity, String media, String metadata, Instant now) {
        this.name = name;
        this.address = address;
        this.city = city;
        this.latitude = latitude;
        this.longitude = longitude;
        this.maxCapacity = maxCapacity;
        this.media = media;
        this.metadata = metadata;
        this.updatedAt = now;
    }

    public void renameSlug(String slug) {
        this.slug = slug;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getAddress() {
        return address;
    }

    public String getCity() {
        return city;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public int getMaxCapacity() {
        return maxCapacity;
    }

    public String getMedia() {
        return media;
    }

    public String getMetadata() {
        return metadata;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
