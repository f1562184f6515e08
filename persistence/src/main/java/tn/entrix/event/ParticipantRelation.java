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

/**
 * A relation between two participants, stored once per pair and kind with the lower id first (the database checks
 * it): a rivalry between CA and EST is the same as between EST and CA.
 */
@Entity
@Table(name = "participant_relation")
public class ParticipantRelation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_relation_seq")
    @SequenceGenerator(name = "participant_relation_seq", sequenceName = "participant_relation_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_id")
    private Participant first;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "second_id")
    private Participant second;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RelationKind kind;

    private Integer level;

    protected ParticipantRelation() {
    }

    /** Orders the pair itself, so callers need not care which comes first. */
    public ParticipantRelation(Participant a, Participant b, RelationKind kind, Integer level) {
        boolean aFirst = a.getId() < b.getId();
        this.first = aFirst ? a : b;
        this.second = aFirst ? b : a;
        this.kind = kind;
        this.level = level;
    }

    public void level(Integer level) {
        this.level = level;
    }

    public Long getId() {
        return id;
    }

    public Participant getFirst() {
        return first;
    }

    public Participant getSecond() {
        return second;
    }

    public RelationKind getKind() {
        return kind;
    }

    public Integer getLevel() {
        return level;
    }
}
