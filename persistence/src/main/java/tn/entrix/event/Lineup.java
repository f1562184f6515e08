package tn.entrix.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/** One participant of an event and its role there (home, away, headliner...). */
@Embeddable
public class Lineup {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LineupRole role;

    protected Lineup() {
    }

    public Lineup(Participant participant, LineupRole role) {
        this.participant = participant;
        this.role = role;
    }

    public Participant getParticipant() {
        return participant;
    }

    public LineupRole getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Lineup l && Objects.equals(participant.getId(), l.participant.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(participant.getId());
    }
}
