package tn.entrix.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 (HMAC-SHA256, random salt, the iteration count stored in the hash),
 * the very format the database identity store verifies at login.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    private volatile String decoy;

    /**
     * A hash of a random password, to verify against when a login names nobody: it costs the same PBKDF2 work, so
     * the response time does not tell which usernames exist.
     */
    public String decoy() {
        if (decoy == null) {
            decoy = hash(java.util.UUID.randomUUID().toString());
        }
        return decoy;
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }
}
