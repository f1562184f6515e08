package tn.entrix.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.RuleViolationException;

/**
 * Automatic group and role assignment by purchase type. Staff keep the rule table; the selling module calls
 * {@link #onPurchase} inside the transaction that records the payment, so the buyer is in "abonnes-2026-27" exactly
 * when their season pass is paid.
 */
@Stateless
public class AssignmentService {

    static final String ENTITY = "AssignmentRule";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    GroupRules groupRules;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public AssignmentRuleView create(AssignmentRuleRequest r) {
        check(r);
        AssignmentRule rule = new AssignmentRule(r.purchaseType(), clock.instant());
        apply(rule, r);
        em.persist(rule);
        em.flush();
        audit.record("ASSIGNMENT_RULE_CREATED", ENTITY, rule.getId(), Severity.MEDIUM, describe(rule));
        return AssignmentRuleView.of(rule);
    }

    public AssignmentRuleView update(long id, AssignmentRuleRequest r) {
        check(r);
        AssignmentRule rule = rule(id);
        apply(rule, r);
        audit.record("ASSIGNMENT_RULE_UPDATED", ENTITY, id, Severity.MEDIUM, describe(rule));
        return AssignmentRuleView.of(rule);
    }

    public void delete(long id) {
        AssignmentRule rule = rule(id);
        em.remove(rule);
        audit.record("ASSIGNMENT_RULE_DELETED", ENTITY, id, Severity.MEDIUM, describe(rule));
    }

    public List<AssignmentRuleView> list() {
        return em.createQuery("select r from AssignmentRule r order by r.purchaseType, r.id", AssignmentRule.class)
                .getResultStream().map(AssignmentRuleView::of).toList();
    }

    /**
     * The hook of the selling module: applies every active rule of the purchase type to the buyer. {@code context}
     * fills the placeholders ({season}, {event}). Must run inside the caller's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AssignmentView onPurchase(long userId, PurchaseType type, Map<String, String> context) {
        User user = accounts.user(userId);
        List<AssignmentRule> active = em.createQuery("select r from AssignmentRule r where r.purchaseType = :t "
                + "and r.active = true order by r.id", AssignmentRule.class).setParameter("t", type).getResultList();
        List<String> joined = new ArrayList<>();
        List<Role> granted = new ArrayList<>();
        Instant now = clock.instant();
        for (AssignmentRule rule : active) {
            if (rule.getGroupCode() != null) {
                String code = fill(rule.getGroupCode(), context);
                long groupId = groupFor(code, fill(rule.getGroupName() == null ? code : rule.getGroupName(), context),
                        rule.getGroupKind() == null ? GroupKind.ACCESS : rule.getGroupKind());
                if (groupRules.insert(groupId, userId, MemberSource.AUTO, now) > 0) {
                    joined.add(code);
                }
            }
            if (rule.getRole() != null && !user.getRoles().contains(rule.getRole())) {
                user.grant(rule.getRole());
                granted.add(rule.getRole());
            }
        }
        if (!joined.isEmpty() || !granted.isEmpty()) {
            audit.record("AUTO_ASSIGNED", UserService.ENTITY, userId, Severity.LOW,
                    type + " groups " + joined + " roles " + granted);
        }
        return new AssignmentView(joined, granted);
    }

    /** The group of that code, created on first use (the season's group exists once its first pass is sold). */
    private long groupFor(String code, String name, GroupKind kind) {
        return em.createQuery("select g from UserGroup g where lower(g.code) = lower(:c)", UserGroup.class)
                .setParameter("c", code).getResultStream().findFirst().map(UserGroup::getId).orElseGet(() -> {
                    UserGroup group = new UserGroup(code, name, kind, clock.instant());
                    group.update(name, kind, "Created by an assignment rule", null, null);
                    em.persist(group);
                    em.flush();
                    audit.record("GROUP_CREATED", GroupService.ENTITY, group.getId(), Severity.MEDIUM,
                            code + " by an assignment rule");
                    return group.getId();
                });
    }

    static String fill(String template, Map<String, String> context) {
        String result = template;
        for (Map.Entry<String, String> e : context.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    private static void check(AssignmentRuleRequest r) {
        if ((r.groupCode() == null || r.groupCode().isBlank()) && r.role() == null) {
            throw RuleViolationException.field("RULE_TARGET_MISSING", "groupCode", "A rule gives a group or a role");
        }
        if (r.role() != null && r.role() != Role.USER) {
            throw RuleViolationException.field("RULE_ROLE_FORBIDDEN", "role",
                    "A purchase can only give the USER role; staff roles are granted by staff");
        }
    }

    private static void apply(AssignmentRule rule, AssignmentRuleRequest r) {
        rule.update(r.purchaseType(), RegistrationService.blankToNull(r.groupCode()),
                RegistrationService.blankToNull(r.groupName()), r.groupKind(), r.role(),
                r.active() == null || r.active());
    }

    private AssignmentRule rule(long id) {
        AssignmentRule rule = em.find(AssignmentRule.class, id);
        if (rule == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return rule;
    }

    private static String describe(AssignmentRule r) {
        return r.getPurchaseType() + " -> group " + r.getGroupCode() + " role " + r.getRole()
                + (r.isActive() ? "" : " (inactive)");
    }
}
