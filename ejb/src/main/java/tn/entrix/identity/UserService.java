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
import tn.entrix.platform.ConflictException;

/** Accounts: created with a hashed password and granted roles. (Registration, groups and GDPR come with identity.) */
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

    public long create(String username, String email, String displayName, String password, Set<Role> roles) {
        if (findByUsername(username).isPresent()) {
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
                throw new tn.entrix.platform.EntrixException(tn.entrix.platform.EntrixException.Kind.FORBIDDEN,
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

    /** The grant rule, on its own so that it is unit-tested. */
    static boolean mayGrant(Set<String> grantorRoles, Role role) {
        if (role == Role.ADMIN || role == Role.SUPERADMIN) {
            return grantorRoles.contains(Role.Names.SUPERADMIN);
        }
        return grantorRoles.contains(Role.Names.ADMIN);
    }

    public Optional<User> findByUsername(String username) {
        return em.createQuery("select u from User u where lower(u.username) = lower(:n)", User.class)
                .setParameter("n", username).getResultStream().findFirst();
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
