package tn.entrix.event;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.Page;
import tn.entrix.platform.RuleViolationException;

/** Teams, artists, speakers and the relations between them (rivalries make derbies). */
@Stateless
public class ParticipantService {

    static final String ENTITY = "Participant";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    EventRepository repository;

    public ParticipantView create(ParticipantRequest r) {
        if (repository.participantByCode(r.code()) != null) {
            throw new ConflictException("PARTICIPANT_CODE_TAKEN", "A participant already has the code '" + r.code()
                    + "'", Map.of("field", "code"));
        }
        Participant p = new Participant(r.code());
        p.describe(r.name().strip(), r.kind(), r.category(), r.nationality(), r.logoUrl());
        em.persist(p);
        em.flush();
        audit.record("PARTICIPANT_CREATED", ENTITY, p.getId(), Severity.LOW, p.getCode());
        return ParticipantView.of(p);
    }

    public ParticipantView find(long id) {
        return ParticipantView.of(repository.participant(id));
    }

    /** The participant with this code, if any. */
    public Optional<ParticipantView> findByCode(String code) {
        return Optional.ofNullable(repository.participantByCode(code)).map(ParticipantView::of);
    }

    public Page<ParticipantView> list(String text, int page, int size) {
        String f = text == null || text.isBlank() ? "%" : "%" + text.toLowerCase() + "%";
        List<ParticipantView> items = em.createQuery("select p from Participant p where lower(p.name) like :f "
                        + "or lower(p.code) like :f order by p.name, p.id", Participant.class)
                .setParameter("f", f).setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(ParticipantView::of).toList();
        long total = em.createQuery("select count(p) from Participant p where lower(p.name) like :f "
                + "or lower(p.code) like :f", Long.class).setParameter("f", f).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Creates or updates the relation of this kind between the two (in either order). */
    public RelationView relate(long id, RelationRequest r) {
        Participant self = repository.participant(id);
        Participant other = repository.participant(r.otherId());
        if (self.getId().equals(other.getId())) {
            throw RuleViolationException.field("SELF_RELATION", "otherId", "A participant cannot relate to itself");
        }
        ParticipantRelation relation = repository.relation(self, other, r.kind());
        if (relation == null) {
            relation = new ParticipantRelation(self, other, r.kind(), r.level());
            em.persist(relation);
        } else {
            relation.level(r.level());
        }
        em.flush();
        audit.record("PARTICIPANT_RELATED", ENTITY, id, Severity.LOW, self.getCode() + " " + r.kind() + " "
                + other.getCode() + (r.level() == null ? "" : " level " + r.level()));
        return new RelationView(relation.getId(), other.getId(), other.getCode(), relation.getKind(),
                relation.getLevel());
    }

    public List<RelationView> relations(long id) {
        Participant self = repository.participant(id);
        return em.createQuery("select r from ParticipantRelation r where r.first = :p or r.second = :p "
                        + "order by r.kind, r.id", ParticipantRelation.class)
                .setParameter("p", self).getResultStream().map(r -> {
                    Participant other = r.getFirst().getId().equals(self.getId()) ? r.getSecond() : r.getFirst();
                    return new RelationView(r.getId(), other.getId(), other.getCode(), r.getKind(), r.getLevel());
                }).toList();
    }
}
