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
import tn.entrix.platform.Conditions;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.Page;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.platform.Versions;

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

    /** Describes the participant anew; its code never changes (calendar files and tickets name it). */
    public ParticipantView update(long id, ParticipantRequest r) {
        Participant p = repository.participant(id);
        Versions.check(ENTITY, id, r.version(), p.getVersion());
        if (!r.code().equals(p.getCode())) {
            throw RuleViolationException.field("PARTICIPANT_CODE_FIXED", "code", "A participant's code never changes");
        }
        p.describe(r.name().strip(), r.kind(), r.category(), r.nationality(), r.logoUrl());
        em.flush();
        audit.record("PARTICIPANT_UPDATED", ENTITY, id, Severity.LOW, p.getCode());
        return ParticipantView.of(p);
    }

    public Page<ParticipantView> list(String text, int page, int size) {
        return search(text, null, ParticipantOrder.NAME, false, page, size);
    }

    /** One page of participants of a kind (all when null) whose name or code contains {@code text}. */
    public Page<ParticipantView> search(String text, ParticipantKind kind, ParticipantOrder order, boolean descending,
                                        int page, int size) {
        Conditions where = new Conditions().and("p.kind = :kind", "kind", kind)
                .contains("text", text, "p.name", "p.code");
        ParticipantOrder by = order == null ? ParticipantOrder.NAME : order;
        String direction = descending ? " desc" : " asc";
        String orderBy = " order by " + by.path() + direction + (by == ParticipantOrder.NAME ? "" : ", p.name")
                + ", p.id";
        List<ParticipantView> items = where.bind(em.createQuery("select p from Participant p" + where.where()
                        + orderBy, Participant.class)).setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(ParticipantView::of).toList();
        long total = where.bind(em.createQuery("select count(p) from Participant p" + where.where(), Long.class))
                .getSingleResult();
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
        return new RelationView(relation.getId(), other.getId(), other.getCode(), other.getName(),
                relation.getKind(), relation.getLevel());
    }

    /** Ends a relation of this participant (a rivalry that no longer makes derbies, a partnership that ended). */
    public void unrelate(long id, long relationId) {
        Participant self = repository.participant(id);
        ParticipantRelation relation = em.find(ParticipantRelation.class, relationId);
        if (relation == null || !relation.getFirst().getId().equals(self.getId())
                && !relation.getSecond().getId().equals(self.getId())) {
            throw new NotFoundException("Relation", relationId);
        }
        Participant other = relation.getFirst().getId().equals(self.getId()) ? relation.getSecond()
                : relation.getFirst();
        em.remove(relation);
        audit.record("PARTICIPANT_UNRELATED", ENTITY, id, Severity.LOW, self.getCode() + " " + relation.getKind()
                + " " + other.getCode());
    }

    public List<RelationView> relations(long id) {
        Participant self = repository.participant(id);
        return em.createQuery("select r from ParticipantRelation r where r.first = :p or r.second = :p "
                        + "order by r.kind, r.id", ParticipantRelation.class)
                .setParameter("p", self).getResultStream().map(r -> {
                    Participant other = r.getFirst().getId().equals(self.getId()) ? r.getSecond() : r.getFirst();
                    return new RelationView(r.getId(), other.getId(), other.getCode(), other.getName(), r.getKind(),
                            r.getLevel());
                }).toList();
    }
}
