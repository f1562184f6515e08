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

/**
 * One numbered seat. Seats are only created in bulk (SeatWriter: batched JDBC inserts taking nextval('seat_seq') per
 * row), never persisted one by one, so the entity is read and its status changed.
 */
@Entity
@Table(name = "seat")
public class Seat {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seat_seq")
    @SequenceGenerator(name = "seat_seq", sequenceName = "seat_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mapping_id")
    private Mapping mapping;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zone_id")
    private Zone zone;

    @Column(nullable = false, length = 48)
    private String reference;

    @Column(name = "row_label", nullable = false, length = 16)
    private String rowLabel;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private int x;

    @Column(nullable = false)
    private int y;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SeatStatus status = SeatStatus.AVAILABLE;

    protected Seat() {
    }

    public void changeStatus(SeatStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Mapping getMapping() {
        return mapping;
    }

    public Zone getZone() {
        return zone;
    }

    public String getReference() {
        return reference;
    }

    public String getRowLabel() {
        return rowLabel;
    }

    public int getNumber() {
        return number;
    }

    public int getX() {
        return x;
    }

    public int getY() {
        return y;
    }

    public SeatStatus getStatus() {
        return status;
    }
}
