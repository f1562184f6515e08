package tn.entrix.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;

/**
 * "Forgot my password": a single-use link valid 30 minutes goes to the account's email. Asking never says whether the
 * email is known. Using the link sets the password, lifts a lockout and ends every session (whoever knew the old
 * password is out).
 */
@Stateless
public class PasswordResetService {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    @Inject
    Accounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    PasswordHasher hasher;

    @Inject
    Sessions sessions;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public void request(String email) {
        accounts.byEmail(email.strip())
                .filter(u -> u.getStatus() == UserStatus.ACTIVE || u.getStatus() == UserStatus.PENDING)
                .ifPresent(user -> {
                    mails.passwordReset(user, tokens.issue(user.getId(), TokenPurpose.PASSWORD_RESET, LIFETIME));
                    audit.recordAs(user.getUsername(), "PASSWORD_RESET_REQUESTED", UserService.ENTITY, user.getId(),
                            Severity.MEDIUM, null);
                });
    }

    public void reset(String token, String newPassword) {
        User user = accounts.lockUser(tokens.consume(token, TokenPurpose.PASSWORD_RESET));
        PasswordPolicy.check(newPassword, user.getUsername(), user.getEmail());
        user.changePasswordHash(hasher.hash(newPassword));
        user.loginSucceeded(); // the owner proved themselves through their mailbox: lift the lockout
        if (user.getStatus() == UserStatus.PENDING) {
            user.confirmEmail(clock.instant()); // the link reached the mailbox: that confirms it too
        }
        int ended = sessions.revokeAll(user.getId(), null);
        audit.recordAs(user.getUsername(), "PASSWORD_RESET", UserService.ENTITY, user.getId(), Severity.MEDIUM,
                ended + " sessions ended");
    }
}
