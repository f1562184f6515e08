package tn.entrix.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A gate or turnstile of a mapping and the zones it serves. The gate control (WRONG_GATE, "use gate X") reads this
 * relation, so a zone served by no gate is a configuration gap the console shows.
 */
@Entity
@Table(name = "access_point")
public class AccessPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_point_seq")
    @SequenceGenerator(name = "access_point_seq", sequenceName = "access_point_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mapping_id")
    private Mapping mapping;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccessPointKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String metadata = "{}";

    @ManyToMany
    @JoinTable(name = "access_point_zone", joinColumns = @JoinColumn(name = "access_point_id"),
            inverseJoinColumns = @JoinColumn(name = "zone_id"))
    private Set<Zone> zones = new HashSet<>();

    @Version
    private long version;

    protected AccessPoint() {
    }

    public AccessPoint(Mapping mapping) {
        this.mapping = mapping;
    }

    public void describe(String code, String name, AccessPointKind kind, Set<Zone> zones, String metadata) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.zones.clear();
        this.zones.addAll(zones);
        this.metadata = metadata;
    }

    public Long getId() {
        return id;
    }

    public Mapping getMapping() {
        return mapping;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AccessPointKind getKind() {
        return kind;
    }

    public Set<Zone> getZones() {
        return Set.copyOf(zones);
    }

    public String getMetadata() {
        return metadata;
    }

    public long getVersion() {
        return version;
    }
}
