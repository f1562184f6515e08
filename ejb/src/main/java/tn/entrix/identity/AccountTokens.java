package tn.entrix.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import tn.entrix.platform.RuleViolationException;

/**
 * Single-use emailed tokens: 256 random bits, base64url in the link, SHA-256 in the database. Consuming one takes its
 * row lock, so two clicks on the same link cannot both succeed.
 */
@Dependent
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    Clock clock;

    /** Issues a new token and invalidates the earlier unused ones of the same purpose: only the last link works. */
    String issue(long userId, TokenPurpose purpose, Duration lifetime) {
        Instant now = clock.instant();
        em.createQuery("update AccountToken t set t.usedAt = :now where t.userId = :u and t.purpose = :p "
                        + "and t.usedAt is null")
                .setParameter("now", now).setParameter("u", userId).setParameter("p", purpose).executeUpdate();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountToken(userId, purpose, hash(token), now, now.plus(lifetime)));
        return token;
    }

    /** The user id the token was issued to, marking it used; TOKEN_INVALID when unknown, used or expired. */
    long consume(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 128) {
            throw invalid();
        }
        AccountToken stored = em.createQuery("select t from AccountToken t where t.tokenHash = :h and t.purpose = :p",
                        AccountToken.class)
                .setParameter("h", hash(token.strip())).setParameter("p", purpose)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(AccountTokens::invalid);
        Instant now = clock.instant();
        if (!stored.usableAt(now)) {
            throw invalid();
        }
        stored.use(now);
        return stored.getUserId();
    }

    private static RuleViolationException invalid() {
        return RuleViolationException.field("TOKEN_INVALID", "token",
                "This link is unknown, already used or expired; ask for a new one");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
