package tn.entrix.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;

/**
 * Checks a username (or email) and password for both the REST token endpoint and the console form, and opens a
 * session. Repeated failures lock the account for a cool-down; the lock lifts by itself. An unknown name costs the
 * same PBKDF2 work as a known one, so timing does not tell which names exist.
 */
@Stateless
public class LoginService {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Sessions sessions;

    @Inject
    UserService users;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "entrix.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "entrix.login.lockout", defaultValue = "PT15M")
    Duration lockout;

    public LoginOutcome login(String login, String password, SessionChannel channel, Duration lifetime) {
        if (login == null || login.isBlank() || password == null || password.isEmpty() || login.length() > 254) {
            return LoginOutcome.failed(LoginOutcome.INVALID_CREDENTIALS);
        }
        User user = accounts.byLogin(login.strip()).map(u -> accounts.lockUser(u.getId())).orElse(null);
        if (user == null || user.getStatus() == UserStatus.ERASED) {
            hasher.matches(password, hasher.decoy());
            return LoginOutcome.failed(LoginOutcome.INVALID_CREDENTIALS);
        }
        Instant now = clock.instant();
        if (user.isLockedAt(now)) {
            audit.recordAs(user.getUsername(), "LOGIN_REFUSED_LOCKED", UserService.ENTITY, user.getId(),
                    Severity.MEDIUM, "locked until " + user.getLockedUntil());
            return LoginOutcome.failed(LoginOutcome.ACCOUNT_LOCKED);
        }
        if (!hasher.matches(password, user.getPasswordHash())) {
            boolean locked = user.loginFailed(maxFailures, now.plus(lockout));
            audit.recordAs(user.getUsername(), locked ? "ACCOUNT_LOCKED" : "LOGIN_FAILED", UserService.ENTITY,
                    user.getId(), locked ? Severity.HIGH : Severity.LOW,
                    locked ? maxFailures + " failed logins, locked until " + user.getLockedUntil() : channel.name());
            return LoginOutcome.failed(locked ? LoginOutcome.ACCOUNT_LOCKED : LoginOutcome.INVALID_CREDENTIALS);
        }
        switch (user.getStatus()) {
            case PENDING -> {
                return LoginOutcome.failed(LoginOutcome.EMAIL_NOT_CONFIRMED);
            }
            case LOCKED, DISABLED -> {
                return LoginOutcome.failed(LoginOutcome.ACCOUNT_DISABLED);
            }
            default -> {
                // ACTIVE: go on
            }
        }
        user.loginSucceeded();
        UserSession session = sessions.open(user, channel, lifetime);
        audit.recordAs(user.getUsername(), "LOGIN", UserService.ENTITY, user.getId(), Severity.LOW,
                channel + " session " + session.getId());
        return new LoginOutcome(null, user.getUsername(), users.effectiveRoles(user.getUsername()), session.getId(),
                session.getExpiresAt());
    }
}
