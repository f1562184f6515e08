package tn.entrix.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;

/**
 * Fans sign up themselves: the account is PENDING (cannot log in) until the link sent to the email is followed. The
 * link is single-use and lives 24 hours; asking again sends a new one and voids the old.
 */
@Stateless
public class RegistrationService {

    static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(24);

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    PasswordHasher hasher;

    @Inject
    GroupRules groupRules;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public ProfileView register(RegistrationRequest r) {
        String username = r.username().strip();
        String email = r.email().strip();
        PasswordPolicy.check(r.password(), username, email);
        String phone = Phones.normalize(r.phone());
        if (accounts.byUsername(username).isPresent()) {
            throw new ConflictException("USERNAME_TAKEN", "The username '" + username + "' is taken",
                    Map.of("field", "username"));
        }
        if (accounts.byEmail(email).isPresent()) {
            // says so: a fan who forgot having an account is better helped than an enumeration attack is hindered
            // (the password reset, which can be abused quietly, does not tell)
            throw new ConflictException("EMAIL_TAKEN", "An account already uses this email; log in or reset the "
                    + "password", Map.of("field", "email"));
        }
        User user = new User(username, email, blankToNull(r.displayName()), hasher.hash(r.password()),
                clock.instant());
        user.setPhone(phone);
        user.grant(Role.USER);
        user.awaitConfirmation();
        Profile profile = user.getProfile();
        profile.update(null, null, null, null, null, null, r.language());
        if (Boolean.TRUE.equals(r.marketingConsent())) {
            profile.consent(true, clock.instant());
        }
        em.persist(user);
        em.flush();
        audit.recordAs(username, "USER_REGISTERED", UserService.ENTITY, user.getId(), Severity.LOW,
                "marketing consent " + profile.isMarketingConsent());
        mails.confirmation(user, tokens.issue(user.getId(), TokenPurpose.EMAIL_CONFIRMATION, CONFIRMATION_LIFETIME));
        return ProfileView.of(user);
    }

    /** Follows the emailed link: the account becomes ACTIVE. */
    public ProfileView confirm(String token) {
        User user = accounts.lockUser(tokens.consume(token, TokenPurpose.EMAIL_CONFIRMATION));
        user.confirmEmail(clock.instant());
        groupRules.applyTo(user);
        audit.recordAs(user.getUsername(), "EMAIL_CONFIRMED", UserService.ENTITY, user.getId(), Severity.LOW, null);
        return ProfileView.of(user);
    }

    /** Sends a new confirmation link to a PENDING account; silent for anything else (no account enumeration). */
    public void resend(String email) {
        accounts.byEmail(email.strip()).filter(u -> u.getStatus() == UserStatus.PENDING).ifPresent(user ->
                mails.confirmation(user, tokens.issue(user.getId(), TokenPurpose.EMAIL_CONFIRMATION,
                        CONFIRMATION_LIFETIME)));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
