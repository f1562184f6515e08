package tn.entrix.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tn.entrix.audit.AuditEntry;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.RuleViolationException;

/**
 * What a user does with their own account: read and edit the profile, change the password, download their data,
 * delete the account (GDPR erasure: pseudonymised, not deleted, so orders, payments and audit rows keep their
 * target). Staff use the same erasure and export for a user on request.
 */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Sessions sessions;

    @Inject
    SessionService sessionService;

    @Inject
    GroupService groups;

    @Inject
    GroupRules groupRules;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public ProfileView profile(String username) {
        return ProfileView.of(accounts.self(username));
    }

    public ProfileView updateProfile(String username, ProfileRequest r) {
        User user = accounts.self(username);
        if (r.favouriteClubId() != null && em.find(tn.entrix.event.Participant.class, r.favouriteClubId()) == null) {
            throw RuleViolationException.field("CLUB_UNKNOWN", "favouriteClubId",
                    "No participant " + r.favouriteClubId());
        }
        String nationalId = RegistrationService.blankToNull(r.nationalId());
        if (nationalId != null && !nationalId.equals(user.getProfile().getNationalId())) {
            Long other = em.createQuery("select count(u) from User u where u.profile.nationalId = :n and u.id <> :id",
                    Long.class).setParameter("n", nationalId).setParameter("id", user.getId()).getSingleResult();
            if (other > 0) {
                throw new ConflictException("NATIONAL_ID_TAKEN", "Another account has this CIN",
                        Map.of("field", "nationalId"));
            }
        }
        user.setDisplayName(RegistrationService.blankToNull(r.displayName()));
        user.setPhone(Phones.normalize(r.phone()));
        Profile profile = user.getProfile();
        profile.update(r.birthDate(), r.gender(), RegistrationService.blankToNull(r.city()),
                RegistrationService.blankToNull(r.governorate()), nationalId, r.favouriteClubId(),
                r.language() == null ? profile.getLanguage() : r.language());
        boolean consentChanged = r.marketingConsent() != null && profile.consent(r.marketingConsent(), clock.instant());
        groupRules.applyTo(user);
        audit.record("PROFILE_UPDATED", UserService.ENTITY, user.getId(), Severity.LOW, consentChanged
                ? "marketing consent " + (profile.isMarketingConsent() ? "given" : "withdrawn") : null);
        return ProfileView.of(user);
    }

    /** Changes the password; every other session ends (whoever knew the old password is out). */
    public void changePassword(String username, String currentPassword, String newPassword, String currentSession) {
        User user = accounts.self(username);
        if (!hasher.matches(currentPassword, user.getPasswordHash())) {
            throw RuleViolationException.field("CURRENT_PASSWORD_WRONG", "currentPassword",
                    "The current password is wrong");
        }
        PasswordPolicy.check(newPassword, user.getUsername(), user.getEmail());
        user.changePasswordHash(hasher.hash(newPassword));
        int ended = sessions.revokeAll(user.getId(), currentSession);
        audit.record("PASSWORD_CHANGED", UserService.ENTITY, user.getId(), Severity.MEDIUM,
                ended + " other sessions ended");
    }

    public PersonalData exportOwn(String username) {
        return export(accounts.self(username).getId());
    }

    /** Every personal field, groups, sessions and the audit trail of the user. The export itself is audited. */
    public PersonalData export(long userId) {
        User user = accounts.user(userId);
        audit.record("PERSONAL_DATA_EXPORTED", UserService.ENTITY, userId, Severity.MEDIUM, null);
        return new PersonalData(clock.instant(), ProfileView.of(user), groups.groupsOf(userId),
                sessionService.list(userId, null), activity(user, 1000));
    }

    /** The user deletes their own account; the password confirms it is them. */
    public void eraseOwn(String username, String password) {
        User user = accounts.self(username);
        if (!hasher.matches(password, user.getPasswordHash())) {
            throw RuleViolationException.field("CURRENT_PASSWORD_WRONG", "password", "The password is wrong");
        }
        erase(user.getId(), true);
    }

    /**
     * GDPR erasure: personal fields replaced by a pseudonym or cleared, sessions ended, links voided, group
     * memberships gone, the audit rows the person made now name the pseudonym. The row, its orders and payments stay;
     * status ERASED and erased_at are the marker. Nobody can log in as it again.
     */
    public void erase(long userId) {
        erase(userId, false);
    }

    private void erase(long userId, boolean self) {
        User user = accounts.lockUser(userId);
        if (user.getStatus() == UserStatus.ERASED) {
            throw new ConflictException("USER_ERASED", "User " + userId + " is already erased");
        }
        if (user.getRoles().contains(Role.SUPERADMIN) && superAdmins() <= 1) {
            throw new RuleViolationException("LAST_SUPERADMIN", "The last SUPERADMIN cannot be erased");
        }
        String formerName = user.getUsername();
        String pseudonym = "erased-" + userId;
        sessions.revokeAll(userId, null);
        em.createNativeQuery("delete from group_member where user_id = :u").setParameter("u", userId)
                .executeUpdate();
        em.createQuery("update AccountToken t set t.usedAt = :now where t.userId = :u and t.usedAt is null")
                .setParameter("now", clock.instant()).setParameter("u", userId).executeUpdate();
        em.createNativeQuery("update audit_log set actor = :p where lower(actor) = lower(:n)")
                .setParameter("p", pseudonym).setParameter("n", formerName).executeUpdate();
        user.erase(pseudonym, hasher.hash(UUID.randomUUID().toString()), clock.instant());
        em.flush();
        if (self) {
            // the caller's name is the one just erased: the row names the pseudonym instead
            audit.recordAs(pseudonym, "USER_ERASED", UserService.ENTITY, userId, Severity.HIGH,
                    "personal data pseudonymised at the user's request");
        } else {
            audit.record("USER_ERASED", UserService.ENTITY, userId, Severity.HIGH, "personal data pseudonymised");
        }
    }

    /** The audit trail of a user: what was done to the account and what they did. */
    public List<ActivityView> activityOf(long userId, int limit) {
        return activity(accounts.user(userId), limit);
    }

    private List<ActivityView> activity(User user, int limit) {
        return em.createQuery("select a from AuditEntry a where (a.entityType = :t and a.entityId = :id) "
                        + "or lower(a.actor) = lower(:name) order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setParameter("t", UserService.ENTITY).setParameter("id", String.valueOf(user.getId()))
                .setParameter("name", user.getUsername()).setMaxResults(limit).getResultStream()
                .map(ActivityView::of).toList();
    }

    private long superAdmins() {
        return ((Number) em.createNativeQuery("select count(*) from user_role r join app_user u on u.id = r.user_id "
                + "where r.role = 'SUPERADMIN' and u.status = 'ACTIVE'").getSingleResult()).longValue();
    }
}
