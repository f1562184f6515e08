package tn.entrix.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One configuration of a venue (Football 45,000, Concert 40,000...). Its effective capacity is derived: the sum of
 * its root zones, recomputed whenever zones or seats change, and never above the venue's max capacity.
 */
@Entity
@Table(name = "venue_mapping")
public class Mapping {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_mapping_seq")
    @SequenceGenerator(name = "venue_mapping_seq", sequenceName = "venue_mapping_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(name = "effective_capacity", nullable = false)
    private int effectiveCapacity;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String metadata = "{}";

    @Version
    private long version;

    protected Mapping() {
    }

    public Mapping(Venue venue) {
        this.venue = venue;
    }

    public void describe(String name, LocalDate validFrom, LocalDate validUntil, String metadata) {
        this.name = name;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.metadata = metadata;
    }

    /** Set by the capacity roll-up only. */
    public void effectiveCapacity(int capacity) {
        this.effectiveCapacity = capacity;
    }

    public Long getId() {
        return id;
    }

    public Venue getVenue() {
        return venue;
    }

    public String getName() {
        return name;
    }

    public int getEffectiveCapacity() {
        return effectiveCapacity;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getMetadata() {
        return metadata;
    }

    public long getVersion() {
        return version;
    }
}
