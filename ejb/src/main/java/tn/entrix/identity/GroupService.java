package tn.entrix.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.Page;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.platform.SqlValues;

/**
 * Groups of users of three kinds (marketing, access control, geographic), filled by hand, by CSV import or by a rule
 * on the profile. Every change audited.
 */
@Stateless
public class GroupService {

    static final String ENTITY = "Group";
    static final int MAX_IMPORT_LINES = 50_000;

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    GroupRules rules;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public GroupView create(GroupRequest r) {
        if (byCode(r.code()) != null) {
            throw new ConflictException("GROUP_CODE_TAKEN", "A group already has the code '" + r.code() + "'",
                    Map.of("field", "code"));
        }
        checkRule(r);
        UserGroup group = new UserGroup(r.code().strip(), r.name().strip(), r.kind(), clock.instant());
        group.update(r.name().strip(), r.kind(), RegistrationService.blankToNull(r.description()), r.ruleField(),
                RegistrationService.blankToNull(r.ruleValue()));
        em.persist(group);
        em.flush();
        rules.refresh(group);
        audit.record("GROUP_CREATED", ENTITY, group.getId(), Severity.MEDIUM, group.getCode()
                + (group.hasRule() ? " rule " + group.getRuleField() + "=" + group.getRuleValue() : ""));
        return view(group);
    }

    public GroupView update(long id, GroupRequest r) {
        UserGroup group = group(id);
        if (r.version() != null && r.version() != group.getVersion()) {
            throw ConflictException.staleVersion(ENTITY, id, r.version(), group.getVersion());
        }
        if (!group.getCode().equalsIgnoreCase(r.code().strip())) {
            throw RuleViolationException.field("GROUP_CODE_FIXED", "code",
                    "A group's code cannot change: pricing rules and policies refer to it");
        }
        checkRule(r);
        group.update(r.name().strip(), r.kind(), RegistrationService.blankToNull(r.description()), r.ruleField(),
                RegistrationService.blankToNull(r.ruleValue()));
        em.flush();
        if (!group.hasRule()) {
            em.createNativeQuery("delete from group_member where group_id = ?1 and source = 'RULE'")
                    .setParameter(1, id).executeUpdate();
        } else {
            rules.refresh(group);
        }
        audit.record("GROUP_UPDATED", ENTITY, id, Severity.MEDIUM, group.getCode());
        return view(group);
    }

    public void delete(long id) {
        UserGroup group = group(id);
        em.remove(group);
        audit.record("GROUP_DELETED", ENTITY, id, Severity.HIGH, group.getCode());
    }

    public GroupView find(long id) {
        return view(group(id));
    }

    public GroupView findByCode(String code) {
        UserGroup group = byCode(code);
        if (group == null) {
            throw new NotFoundException(ENTITY, code);
        }
        return view(group);
    }

    public Page<GroupView> list(GroupKind kind, String text, int page, int size) {
        String where = " where (lower(g.name) like :f or lower(g.code) like :f)" + (kind == null ? "" : " and g.kind = :k");
        var query = em.createQuery("select g from UserGroup g" + where + " order by g.name, g.id", UserGroup.class);
        var count = em.createQuery("select count(g) from UserGroup g" + where, Long.class);
        String f = text == null || text.isBlank() ? "%" : "%" + text.toLowerCase() + "%";
        query.setParameter("f", f);
        count.setParameter("f", f);
        if (kind != null) {
            query.setParameter("k", kind);
            count.setParameter("k", kind);
        }
        List<GroupView> items = query.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(this::view).toList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    @SuppressWarnings("unchecked")
    public Page<MemberView> members(long id, int page, int size) {
        group(id);
        List<Object[]> rows = em.createNativeQuery("select u.id, u.username, u.display_name, m.source, m.added_at "
                        + "from group_member m join app_user u on u.id = m.user_id where m.group_id = ?1 "
                        + "order by u.username limit ?2 offset ?3")
                .setParameter(1, id).setParameter(2, size).setParameter(3, (long) page * size).getResultList();
        List<MemberView> items = rows.stream().map(r -> new MemberView(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], MemberSource.valueOf((String) r[3]), SqlValues.instant(r[4]))).toList();
        return new Page<>(items, page, size, memberCount(id));
    }

    public MemberView addMember(long id, String user) {
        UserGroup group = group(id);
        User member = accounts.byLogin(user.strip()).filter(u -> u.getStatus() != UserStatus.ERASED)
                .orElseThrow(() -> RuleViolationException.field("USER_UNKNOWN", "user", "No user '" + user + "'"));
        Instant now = clock.instant();
        int added = insert(group.getId(), member.getId(), MemberSource.MANUAL, now);
        if (added == 0) {
            throw new ConflictException("ALREADY_MEMBER", member.getUsername() + " is already in " + group.getCode());
        }
        audit.record("GROUP_MEMBER_ADDED", ENTITY, id, Severity.LOW, member.getUsername());
        return new MemberView(member.getId(), member.getUsername(), member.getDisplayName(), MemberSource.MANUAL, now);
    }

    public void removeMember(long id, long userId) {
        UserGroup group = group(id);
        int removed = em.createNativeQuery("delete from group_member where group_id = ?1 and user_id = ?2")
                .setParameter(1, id).setParameter(2, userId).executeUpdate();
        if (removed == 0) {
            throw new NotFoundException("Member", userId);
        }
        audit.record("GROUP_MEMBER_REMOVED", ENTITY, id, Severity.LOW, "user " + userId + " from " + group.getCode());
    }

    /**
     * Adds the users a CSV names (one username or email per line, first column; a header line "username" or
     * "email" is skipped). All or nothing: any unknown user fails the import and names every bad line.
     */
    public MemberImportView importMembers(long id, String csv) {
        UserGroup group = group(id);
        String[] lines = csv == null ? new String[0] : csv.split("\r?\n", -1);
        if (lines.length > MAX_IMPORT_LINES) {
            throw new RuleViolationException("IMPORT_TOO_LARGE", "At most " + MAX_IMPORT_LINES + " lines");
        }
        Map<Long, Integer> users = new LinkedHashMap<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String value = lines[i].split("[,;]", 2)[0].strip().replace("\"", "");
            if (value.isEmpty() || (i == 0 && (value.equalsIgnoreCase("username") || value.equalsIgnoreCase("email")))) {
                continue;
            }
            int line = i + 1;
            accounts.byLogin(value).filter(u -> u.getStatus() != UserStatus.ERASED).ifPresentOrElse(
                    u -> users.putIfAbsent(u.getId(), line),
                    () -> errors.add(Map.of("line", line, "value", value, "message", "no user '" + value + "'")));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("IMPORT_INVALID", errors.size() + " line(s) name no user; nothing "
                    + "was imported", Map.of("lines", errors));
        }
        if (users.isEmpty()) {
            throw new RuleViolationException("IMPORT_EMPTY", "The file names no user");
        }
        Instant now = clock.instant();
        int added = 0;
        for (long userId : users.keySet()) {
            added += insert(id, userId, MemberSource.CSV, now);
        }
        audit.record("GROUP_MEMBERS_IMPORTED", ENTITY, id, Severity.MEDIUM, added + " added to " + group.getCode());
        return new MemberImportView(added, users.size() - added);
    }

    /** Recomputes a rule group's members now (profiles change all the time; confirmations apply rules too). */
    public GroupView refresh(long id) {
        UserGroup group = group(id);
        if (!group.hasRule()) {
            throw new RuleViolationException("GROUP_HAS_NO_RULE", "Group " + group.getCode() + " has no rule");
        }
        int members = rules.refresh(group);
        audit.record("GROUP_RULE_APPLIED", ENTITY, id, Severity.LOW, members + " rule members");
        return view(group);
    }

    @SuppressWarnings("unchecked")
    public List<UserGroupRef> groupsOf(long userId) {
        List<Object[]> rows = em.createNativeQuery("select g.id, g.code, g.name, g.kind, m.source from group_member m "
                + "join user_group g on g.id = m.group_id where m.user_id = ?1 order by g.name")
                .setParameter(1, userId).getResultList();
        return rows.stream().map(r -> new UserGroupRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                GroupKind.valueOf((String) r[3]), MemberSource.valueOf((String) r[4]))).toList();
    }

    /** Whether the user is in the group of that code: what pricing, derby policy and sale restrictions ask. */
    public boolean isMember(long userId, String groupCode) {
        return ((Number) em.createNativeQuery("select count(*) from group_member m join user_group g "
                        + "on g.id = m.group_id where m.user_id = ?1 and lower(g.code) = lower(?2)")
                .setParameter(1, userId).setParameter(2, groupCode).getSingleResult()).longValue() > 0;
    }

    private int insert(long groupId, long userId, MemberSource source, Instant at) {
        return rules.insert(groupId, userId, source, at);
    }

    private void checkRule(GroupRequest r) {
        if ((r.ruleField() == null) != (r.ruleValue() == null || r.ruleValue().isBlank())) {
            throw RuleViolationException.field("GROUP_RULE_INCOMPLETE", "ruleValue",
                    "A rule needs both a field and a value");
        }
    }

    private UserGroup byCode(String code) {
        return em.createQuery("select g from UserGroup g where lower(g.code) = lower(:c)", UserGroup.class)
                .setParameter("c", code.strip()).getResultStream().findFirst().orElse(null);
    }

    private UserGroup group(long id) {
        UserGroup group = em.find(UserGroup.class, id);
        if (group == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return group;
    }

    private long memberCount(long id) {
        return ((Number) em.createNativeQuery("select count(*) from group_member where group_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
    }

    private GroupView view(UserGroup g) {
        return GroupView.of(g, memberCount(g.getId()));
    }

}
