package tn.entrix.event;

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

/** A team, artist or speaker, known by a stable code (e.g. "EST", "CA"). */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 128)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ParticipantKind kind;

    @Column(length = 64)
    private String category;

    @Column(length = 2)
    private String nationality;

    @Column(name = "logo_url", length = 512)
    private String logoUrl;

    @Version
    private long version;

    protected Participant() {
    }

    public Participant(String code) {
        this.code = code;
    }

    public void describe(String name, ParticipantKind kind, String category, String nationality, String logoUrl) {
        this.name = name;
        this.kind = kind;
        this.category = category;
        this.nationality = nationality;
        this.logoUrl = logoUrl;
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

    public ParticipantKind getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public String getNationality() {
        return nationality;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public long getVersion() {
        return version;
    }
}
