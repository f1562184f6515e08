package tn.entrix.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who logs in: fan, steward, club staff, authority or finance. The password is only ever stored as a PBKDF2
 * hash (format of Jakarta Security's Pbkdf2PasswordHash). Roles are the ones granted; the hierarchy is expanded by the
 * database for authorisation.
 */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(length = 254)
    private String email;

    @Column(name = "display_name", length = 128)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserStatus status = UserStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 16)
    private String phone;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Embedded
    private Profile profile = new Profile();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String email, String displayName, String passwordHash, Instant createdAt) {
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public UserStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    /** A self-registered account waits for its email confirmation before it can log in. */
    public void awaitConfirmation() {
        this.status = UserStatus.PENDING;
    }

    public void confirmEmail(Instant at) {
        this.emailConfirmedAt = at;
        if (status == UserStatus.PENDING) {
            status = UserStatus.ACTIVE;
        }
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** Whether a login attempt is refused now because of earlier failures (the lock lifts by itself). */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; the {@code threshold}-th failure in a row locks the account until {@code until}. */
    public boolean loginFailed(int threshold, Instant until) {
        failedLogins++;
        if (failedLogins >= threshold) {
            lockedUntil = until;
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void unlock() {
        loginSucceeded();
        if (status == UserStatus.LOCKED) {
            status = UserStatus.ACTIVE;
        }
    }

    public void setStatus(UserStatus status) {
        this.status = status;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    /**
     * GDPR erasure: every personal field is replaced or cleared, the row stays (orders, payments and audit rows keep
     * pointing at it) and can never log in again.
     */
    public void erase(String pseudonym, String unusableHash, Instant at) {
        username = pseudonym;
        email = null;
        displayName = null;
        phone = null;
        passwordHash = unusableHash;
        profile = new Profile();
        emailConfirmedAt = null;
        lockedUntil = null;
        failedLogins = 0;
        roles.clear();
        status = UserStatus.ERASED;
        erasedAt = at;
    }

    public Profile getProfile() {
        if (profile == null) {
            profile = new Profile(); // Hibernate leaves an embeddable null when all its columns are null
        }
        return profile;
    }

    public long getVersion() {
        return version;
    }
}
