package tn.entrix.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.List;

/**
 * Keeps the RULE members of rule groups in step with the profiles, in SQL (a governorate group can hold a hundred
 * thousand fans). Members added by hand, CSV or purchase are never touched by a rule. Only ACTIVE accounts match.
 */
@Dependent
class GroupRules {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    Clock clock;

    /** Recomputes the group's RULE members for every user; returns how many members the rule gives now. */
    int refresh(UserGroup group) {
        return apply(group, null);
    }

    /** Recomputes the RULE memberships of one user in every rule group (after a profile change). */
    void applyTo(User user) {
        em.flush();
        List<UserGroup> groups = em.createQuery("select g from UserGroup g where g.ruleField is not null",
                UserGroup.class).getResultList();
        for (UserGroup group : groups) {
            apply(group, user.getId());
        }
    }

    private int apply(UserGroup group, Long onlyUser) {
        if (!group.hasRule()) {
            return 0;
        }
        String match = "status = 'ACTIVE' and " + condition(group.getRuleField())
                + (onlyUser == null ? "" : " and id = :user");
        Query delete = em.createNativeQuery("delete from group_member where group_id = :group and source = 'RULE' "
                + "and user_id not in (select id from app_user where " + match + ")"
                + (onlyUser == null ? "" : " and user_id = :user"));
        Query insert = em.createNativeQuery("insert into group_member (group_id, user_id, source, added_at) "
                + "select :group, id, 'RULE', :now from app_user where " + match + " on conflict do nothing");
        for (Query q : List.of(delete, insert)) {
            q.setParameter("group", group.getId()).setParameter("value", group.getRuleValue());
            if (onlyUser != null) {
                q.setParameter("user", onlyUser);
            }
        }
        insert.setParameter("now", clock.instant());
        delete.executeUpdate();
        insert.executeUpdate();
        return ((Number) em.createNativeQuery("select count(*) from group_member where group_id = :group "
                + "and source = 'RULE'").setParameter("group", group.getId()).getSingleResult()).intValue();
    }

    /** The SQL condition of a rule field against parameter (:value) (the rule's value, as text). */
    static String condition(GroupRuleField field) {
        return switch (field) {
            case CITY -> "lower(city) = lower((:value))";
            case GOVERNORATE -> "lower(governorate) = lower((:value))";
            case GENDER -> "gender = upper((:value))";
            case LANGUAGE -> "language = lower((:value))";
            case FAVOURITE_CLUB -> "favourite_club_id = (select p.id from participant p where lower(p.code) = lower((:value)))";
            case MARKETING_CONSENT -> "marketing_consent = (lower((:value)) in ('true', 'yes', 'oui', '1'))";
        };
    }

    /** Adds a member unless already in; 1 when added, 0 when the user was a member already. */
    int insert(long groupId, long userId, MemberSource source, java.time.Instant at) {
        return em.createNativeQuery("insert into group_member (group_id, user_id, source, added_at) "
                        + "values (:group, :user, :source, :now) on conflict do nothing")
                .setParameter("group", groupId).setParameter("user", userId).setParameter("source", source.name())
                .setParameter("now", at).executeUpdate();
    }
}
