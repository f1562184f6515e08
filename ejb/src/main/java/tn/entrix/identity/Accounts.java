package tn.entrix.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import tn.entrix.platform.NotFoundException;

/** Lookups the identity services share; runs in the caller's transaction (a CDI bean, not an EJB). */
@Dependent
class Accounts {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    User user(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFoundException("User", id);
        }
        return user;
    }

    User lockUser(long id) {
        User user = em.find(User.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw new NotFoundException("User", id);
        }
        return user;
    }

    /** The caller's own account, by the name in their token or console login. */
    User self(String username) {
        return byUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    Optional<User> byUsername(String username) {
        return em.createQuery("select u from User u where lower(u.username) = lower(:n)", User.class)
                .setParameter("n", username).getResultStream().findFirst();
    }

    Optional<User> byEmail(String email) {
        return em.createQuery("select u from User u where lower(u.email) = lower(:e)", User.class)
                .setParameter("e", email).getResultStream().findFirst();
    }

    Optional<User> byLogin(String usernameOrEmail) {
        return usernameOrEmail.contains("@") ? byEmail(usernameOrEmail) : byUsername(usernameOrEmail);
    }
}
