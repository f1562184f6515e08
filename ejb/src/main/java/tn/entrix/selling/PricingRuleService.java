package tn.entrix.selling;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Stream;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.RuleViolationException;

/** The pricing rules and sale restrictions of an event, as the back office sets them. */
@Stateless
public class PricingRuleService {

    static final String ENTITY = "PricingRule";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    SellingRepository repository;

    @Inject
    AuditService audit;

    public PricingRuleView create(long eventId, PricingRuleRequest r) {
        repository.event(eventId);
        if (r.ticketTypeId() != null && repository.ticketType(r.ticketTypeId()).getEventId() != eventId) {
            throw RuleViolationException.field("TICKET_TYPE_OF_OTHER_EVENT", "ticketTypeId",
                    "The ticket type belongs to another event");
        }
        long effects = Stream.of(r.percentOff(), r.amountOff(), r.fixedPrice()).filter(v -> v != null).count();
        if (effects != 1) {
            throw RuleViolationException.field("RULE_EFFECT", "percentOff",
                    "Give exactly one of percentOff, amountOff, fixedPrice");
        }
        switch (r.kind()) {
            case EARLY_BIRD -> require(r.validUntil() != null || r.firstN() != null, "validUntil",
                    "An early bird rule needs validUntil or firstN");
            case GROUP_SIZE -> require(r.minQuantity() != null, "minQuantity", "A group rule needs minQuantity");
            case MEMBER, VIP -> require(r.groupId() != null, "groupId", "A member or VIP price needs groupId");
            case PROMO_CODE -> require(r.promoCode() != null && !r.promoCode().isBlank(), "promoCode",
                    "A promo code rule needs promoCode");
        }
        PricingRule rule = new PricingRule(eventId, r.kind());
        rule.describe(r.ticketTypeId(), r.name().strip(), r.priority() == null ? 100 : r.priority(),
                Boolean.TRUE.equals(r.exclusive()), r.percentOff(), r.amountOff(), r.fixedPrice(), r.validUntil(),
                r.firstN(), r.minQuantity(), r.groupId(),
                r.kind() == PricingKind.PROMO_CODE ? r.promoCode().strip().toUpperCase() : null, r.maxUses(), true);
        em.persist(rule);
        em.flush();
        audit.record("PRICING_RULE_CREATED", ENTITY, rule.getId(), Severity.MEDIUM, r.kind() + " " + r.name());
        return PricingRuleView.of(rule);
    }

    public List<PricingRuleView> list(long eventId) {
        return em.createQuery("select r from PricingRule r where r.eventId = :e order by r.priority, r.id",
                PricingRule.class).setParameter("e", eventId).getResultStream().map(PricingRuleView::of).toList();
    }

    public void delete(long id) {
        PricingRule rule = em.find(PricingRule.class, id);
        if (rule == null) {
            throw new NotFoundException(ENTITY, id);
        }
        em.remove(rule);
        audit.record("PRICING_RULE_DELETED", ENTITY, id, Severity.MEDIUM, rule.getName());
    }

    public SalePolicyView salePolicy(long eventId) {
        repository.event(eventId);
        return new SalePolicyView(eventId, repository.saleGroups(eventId), repository.maxTicketsPerUser(eventId));
    }

    public SalePolicyView setSalePolicy(long eventId, SalePolicyRequest r) {
        repository.event(eventId);
        em.createNativeQuery("delete from event_sale_group where event_id = :e").setParameter("e", eventId)
                .executeUpdate();
        for (Long group : r.groupIds() == null ? List.<Long>of() : r.groupIds().stream().distinct().toList()) {
            em.createNativeQuery("insert into event_sale_group (event_id, group_id) values (:e, :g)")
                    .setParameter("e", eventId).setParameter("g", group).executeUpdate();
        }
        em.createNativeQuery("update event set max_tickets_per_user = cast(:m as integer) where id = :e")
                .setParameter("m", r.maxTicketsPerUser()).setParameter("e", eventId).executeUpdate();
        audit.record("SALE_POLICY_SET", "Event", eventId, Severity.MEDIUM, "groups " + r.groupIds() + " max "
                + r.maxTicketsPerUser());
        return salePolicy(eventId);
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw RuleViolationException.field("RULE_CONDITION", field, message);
        }
    }
}
