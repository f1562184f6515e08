package tn.entrix.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import java.util.List;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.Page;
import tn.entrix.platform.RuleViolationException;

/**
 * Accounts as staff manage them: created with roles, listed, roles granted and revoked under the hierarchy's rules,
 * suspended and restored. Self-service lives in {@link AccountService}, sign-up in {@link RegistrationService}.
 */
@Stateless
public class UserService {

    static final String ENTITY = "User";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    public long create(String username, String email, String displayName, String password, Set<Role> roles) {
        if (accounts.byUsername(username).isPresent()) {
            throw new ConflictException("USERNAME_TAKEN", "The username '" + username + "' is taken",
                    Map.of("field", "username"));
        }
        User user = new User(username, email, displayName, hasher.hash(password), clock.instant());
        roles.forEach(user::grant);
        em.persist(user);
        em.flush();
        audit.record("USER_CREATED", ENTITY, user.getId(), Severity.MEDIUM, username + " " + new TreeSet<>(roles));
        return user.getId();
    }

    /**
     * Creates an account on behalf of a staff member. Only a SUPERADMIN grants ADMIN or SUPERADMIN; an ADMIN grants
     * the other roles. Audited with high severity when it grants an administrative role.
     */
    public UserView createBy(Set<String> grantorRoles, NewUserRequest request) {
        for (Role role : request.roles()) {
            if (!mayGrant(grantorRoles, role)) {
                throw new EntrixException(EntrixException.Kind.FORBIDDEN,
                        "ROLE_GRANT_FORBIDDEN", "Only a SUPERADMIN may grant " + role);
            }
        }
        long id = create(request.username(), request.email(), request.displayName(), request.password(),
                request.roles());
        if (request.roles().contains(Role.ADMIN) || request.roles().contains(Role.SUPERADMIN)) {
            audit.record("ADMIN_ROLE_GRANTED", ENTITY, id, Severity.HIGH, request.username() + " "
                    + new TreeSet<>(request.roles()));
        }
        return UserView.of(em.find(User.class, id));
    }

    /**
     * Grants a role. Only a SUPERADMIN grants ADMIN or SUPERADMIN, an ADMIN the others; nobody changes their own
     * roles. Audited, with high severity for administrative roles.
     */
    public ProfileView grant(String grantor, Set<String> grantorRoles, long userId, Role role) {
        User user = changeableBy(grantor, grantorRoles, userId, role);
        if (user.getRoles().contains(role)) {
            return ProfileView.of(user);
        }
        user.grant(role);
        audit.record("ROLE_GRANTED", ENTITY, userId, administrative(role) ? Severity.HIGH : Severity.MEDIUM,
                role + " to " + user.getUsername());
        return ProfileView.of(user);
    }

    /** Revokes a role, under the same rules as granting it; the last SUPERADMIN keeps theirs. */
    public ProfileView revoke(String grantor, Set<String> grantorRoles, long userId, Role role) {
        User user = changeableBy(grantor, grantorRoles, userId, role);
        if (!user.getRoles().contains(role)) {
            return ProfileView.of(user);
        }
        if (role == Role.SUPERADMIN && countActive(Role.SUPERADMIN) <= 1) {
            throw new RuleViolationException("LAST_SUPERADMIN", "The last SUPERADMIN keeps the role");
        }
        user.revoke(role);
        audit.record("ROLE_REVOKED", ENTITY, userId, administrative(role) ? Severity.HIGH : Severity.MEDIUM,
                role + " from " + user.getUsername());
        return ProfileView.of(user);
    }

    /** Staff suspend an account (LOCKED): its sessions end at once. Unlock gives it back and clears a lockout. */
    public ProfileView lock(String actor, long userId) {
        User user = accounts.lockUser(userId);
        if (user.getUsername().equalsIgnoreCase(actor)) {
            throw new EntrixException(EntrixException.Kind.FORBIDDEN, "SELF_LOCK_FORBIDDEN", "You cannot lock yourself");
        }
        requireStatus(user, UserStatus.ACTIVE);
        user.setStatus(UserStatus.LOCKED);
        int ended = sessions.revokeAll(userId, null);
        audit.record("USER_LOCKED", ENTITY, userId, Severity.HIGH, user.getUsername() + ", " + ended + " sessions ended");
        return ProfileView.of(user);
    }

    public ProfileView unlock(long userId) {
        User user = accounts.lockUser(userId);
        if (user.getStatus() == UserStatus.ERASED) {
            throw new ConflictException("USER_ERASED", "User " + userId + " is erased");
        }
        user.unlock();
        audit.record("USER_UNLOCKED", ENTITY, userId, Severity.MEDIUM, user.getUsername());
        return ProfileView.of(user);
    }

    public ProfileView find(long userId) {
        return ProfileView.of(accounts.user(userId));
    }

    /** The staff's list: text (username, email, name, phone), status and role filters, sorted and paged. */
    public Page<ProfileView> list(String text, UserStatus status, Role role, String sort, boolean descending,
                                  int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(u.username) like :t or lower(u.email) like :t or lower(u.displayName) like :t"
                    + " or u.phone like :t)");
            params.put("t", "%" + text.strip().toLowerCase() + "%");
        }
        if (status != null) {
            where.append(" and u.status = :s");
            params.put("s", status);
        }
        if (role != null) {
            where.append(" and :r member of u.roles");
            params.put("r", role);
        }
        String column = switch (sort == null ? "" : sort) {
            case "email" -> "u.email";
            case "displayName" -> "u.displayName";
            case "status" -> "u.status";
            case "createdAt" -> "u.createdAt";
            default -> "lower(u.username)";
        };
        var query = em.createQuery("select u from User u" + where + " order by " + column
                + (descending ? " desc" : " asc") + ", u.id", User.class);
        var count = em.createQuery("select count(u) from User u" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<ProfileView> items = query.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(ProfileView::of).toList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    private User changeableBy(String grantor, Set<String> grantorRoles, long userId, Role role) {
        if (!mayGrant(grantorRoles, role)) {
            throw new EntrixException(EntrixException.Kind.FORBIDDEN, "ROLE_GRANT_FORBIDDEN",
                    "Only a SUPERADMIN may grant or revoke " + role);
        }
        User user = accounts.lockUser(userId);
        if (user.getUsername().equalsIgnoreCase(grantor)) {
            throw new EntrixException(EntrixException.Kind.FORBIDDEN, "SELF_ROLE_CHANGE_FORBIDDEN",
                    "Nobody changes their own roles");
        }
        requireStatus(user, UserStatus.ACTIVE, UserStatus.PENDING, UserStatus.LOCKED, UserStatus.DISABLED);
        return user;
    }

    private static void requireStatus(User user, UserStatus... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(user.getStatus())) {
            throw new ConflictException("USER_STATUS", "User " + user.getId() + " is " + user.getStatus());
        }
    }

    private static boolean administrative(Role role) {
        return role == Role.ADMIN || role == Role.SUPERADMIN;
    }

    private long countActive(Role role) {
        return ((Number) em.createNativeQuery("select count(*) from user_role r join app_user u on u.id = r.user_id "
                + "where r.role = ?1 and u.status = 'ACTIVE'").setParameter(1, role.name()).getSingleResult())
                .longValue();
    }

    /** The grant rule, on its own so that it is unit-tested. */
    static boolean mayGrant(Set<String> grantorRoles, Role role) {
        if (role == Role.ADMIN || role == Role.SUPERADMIN) {
            return grantorRoles.contains(Role.Names.SUPERADMIN);
        }
        return grantorRoles.contains(Role.Names.ADMIN);
    }

    public Optional<User> findByUsername(String username) {
        return accounts.byUsername(username);
    }

    /** Every role the user may act as: the granted ones expanded down the hierarchy (SUPERADMIN → ADMIN → ...). */
    @SuppressWarnings("unchecked")
    public Set<String> effectiveRoles(String username) {
        return new TreeSet<>(em.createNativeQuery("select distinct ri.implied from user_role ur "
                        + "join app_user u on u.id = ur.user_id join role_implication ri on ri.role = ur.role "
                        + "where lower(u.username) = lower(?) and u.status = 'ACTIVE'", String.class)
                .setParameter(1, username).getResultList());
    }
}
