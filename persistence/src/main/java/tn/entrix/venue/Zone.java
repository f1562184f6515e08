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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A node of a mapping's zone tree (stand → sector → row, pit, VIP box), of any depth. The capacity of a zone with
 * children is the sum of theirs; of a seated leaf, its seats that are not killed; of a standing leaf, what was
 * declared. Only the roll-up writes capacities of seated and parent zones.
 */
@Entity
@Table(name = "venue_zone")
public class Zone {

    public static final int CODE_LENGTH = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_zone_seq")
    @SequenceGenerator(name = "venue_zone_seq", sequenceName = "venue_zone_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mapping_id")
    private Mapping mapping;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Zone parent;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ZoneKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Seating seating;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String metadata = "{}";

    @Version
    private long version;

    protected Zone() {
    }

    public Zone(Mapping mapping, Zone parent) {
        this.mapping = mapping;
        this.parent = parent;
    }

    public void describe(String code, String name, ZoneKind kind, Seating seating, int declaredCapacity, int sortOrder,
                         String metadata) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.seating = seating;
        this.capacity = declaredCapacity;
        this.sortOrder = sortOrder;
        this.metadata = metadata;
    }

    /** Set by the capacity roll-up only. */
    public void rolledUpCapacity(int capacity) {
        this.capacity = capacity;
    }

    public Long getId() {
        return id;
    }

    public Mapping getMapping() {
        return mapping;
    }

    public Zone getParent() {
        return parent;
    }

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ZoneKind getKind() {
        return kind;
    }

    public Seating getSeating() {
        return seating;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getMetadata() {
        return metadata;
    }

    public long getVersion() {
        return version;
    }
}
