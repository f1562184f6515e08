package tn.entrix.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bearer tokens, and the cache of verified ones: a cached token still dies at its expiry and with its session, and
 * only its exact text is remembered (an altered token is checked, and refused).
 */
class TokenServiceTest {

    private final Set<String> revokedSessions = new HashSet<>();
    private TokenService tokens;
    private Instant now = Instant.parse("2026-12-07T12:00:00Z");

    @BeforeEach
    void keys(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path privateKey = dir.resolve("private.pem");
        Path publicKey = dir.resolve("public.pem");
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        tokens = new TokenService();
        tokens.privateKeyFile = Optional.of(privateKey.toString());
        tokens.publicKeyFile = Optional.of(publicKey.toString());
        tokens.issuer = "entrix";
        tokens.lifetime = Duration.ofHours(1);
        tokens.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        tokens.revoked = new RevokedSessions() {
            @Override
            public boolean isRevoked(String sessionId) {
                return revokedSessions.contains(sessionId);
            }
        };
        tokens.loadKeys();
    }

    @Test
    void aTokenIsVerifiedThenRemembered() {
        String token = tokens.issue("amira", Set.of("FAN"), "s-1").access_token();
        Caller first = tokens.verify(token).orElseThrow();
        assertEquals(new Caller("amira", Set.of("FAN"), "s-1"), first);
        assertEquals(first, tokens.verify(token).orElseThrow(), "the second call answers the same");
    }

    @Test
    void aRememberedTokenStillExpiresAndDiesWithItsSession() {
        String token = tokens.issue("amira", Set.of("FAN"), "s-2").access_token();
        assertTrue(tokens.verify(token).isPresent());
        revokedSessions.add("s-2");
        assertTrue(tokens.verify(token).isEmpty(), "logged out: refused though remembered");
        revokedSessions.clear();
        assertTrue(tokens.verify(token).isPresent());
        now = now.plus(Duration.ofHours(1));
        assertTrue(tokens.verify(token).isEmpty(), "expired: refused though remembered");
    }

    @Test
    void anAlteredTokenIsRefusedEvenAfterTheGenuineOneWasRemembered() {
        String token = tokens.issue("amira", Set.of("FAN"), "s-3").access_token();
        assertTrue(tokens.verify(token).isPresent());
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"FAN\"", "\"SUPERADMIN\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
                + "." + parts[2];
        assertTrue(tokens.verify(forged).isEmpty());
        assertTrue(tokens.verify(token.substring(0, token.length() - 2) + "AA").isEmpty());
        assertTrue(tokens.verify("not.a.token").isEmpty());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
