package tn.entrix.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and verifies the REST API's bearer tokens: RS256-signed JWTs in the MicroProfile JWT shape (upn, groups).
 * The key pair comes from configuration (PEM files; the dev run generates them, they are never committed). Verifying
 * needs no database read, which keeps the scanner path fast.
 */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());

    @Inject
    @ConfigProperty(name = "entrix.jwt.private-key-file")
    Optional<String> privateKeyFile;

    @Inject
    @ConfigProperty(name = "entrix.jwt.public-key-file")
    Optional<String> publicKeyFile;

    @Inject
    @ConfigProperty(name = "entrix.jwt.issuer", defaultValue = "entrix")
    String issuer;

    @Inject
    @ConfigProperty(name = "entrix.jwt.lifetime", defaultValue = "PT1H")
    Duration lifetime;

    @Inject
    Clock clock;

    @Inject
    RevokedSessions revoked;

    private JWSSigner signer;
    private JWSVerifier verifier;

    /** How many verified tokens are remembered (~1 KB each): more than the live sessions of a match day's API. */
    static final int VERIFIED_MAX = 20_000;

    /** Tokens whose signature and issuer held, by their exact text (see {@link #verify}). */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** A token whose signature and issuer held: who it names, until when. */
    private record Verified(Caller caller, Instant expiry) {
    }

    @PostConstruct
    void loadKeys() {
        if (privateKeyFile.isEmpty() || publicKeyFile.isEmpty()) {
            LOG.severe("entrix.jwt.private-key-file / entrix.jwt.public-key-file are not configured: "
                    + "no bearer token can be issued or verified");
            return;
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            signer = new RSASSASigner((RSAPrivateKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(pem(privateKeyFile.get()))));
            verifier = new RSASSAVerifier((RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(pem(publicKeyFile.get()))));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the JWT key pair: " + e.getMessage(), e);
        }
    }

    /** The lifetime of a token: the API session opened at login lasts as long. */
    public Duration lifetime() {
        return lifetime;
    }

    /** A token for the session a successful login opened. */
    public TokenView issue(LoginOutcome login) {
        return issue(login.username(), login.roles(), login.sessionId());
    }

    TokenView issue(String username, Set<String> roles, String sessionId) {
        if (signer == null) {
            throw new IllegalStateException("JWT keys are not configured");
        }
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer).subject(username).claim("upn", username)
                .claim("groups", List.copyOf(roles))
                .claim("sid", sessionId)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return new TokenView(jwt.serialize(), "Bearer", lifetime.toSeconds());
    }

    /**
     * The caller a token names, if its signature, issuer and expiry hold and its session was not revoked; empty for
     * anything else. A client sends the same token on every call (a scanner: every scan), so the result of checking
     * its signature and issuer is kept by the token's exact text: parsing it and the RSA verification were ~4% of the
     * server's CPU in the on-sale spike. The expiry and the revocation are checked on every call, cached or not.
     */
    public Optional<Caller> verify(String token) {
        if (verifier == null || token == null || token.length() > 8192) {
            return Optional.empty();
        }
        Verified known = verified.get(token);
        if (known == null) {
            known = check(token);
            if (known == null) {
                return Optional.empty();
            }
            if (verified.size() >= VERIFIED_MAX) {
                verified.clear(); // crude but bounded: the live tokens come back on their next call
            }
            verified.put(token, known);
        }
        if (!known.expiry().isAfter(clock.instant()) || revoked.isRevoked(known.caller().sessionId())) {
            return Optional.empty();
        }
        return Optional.of(known.caller());
    }

    private Verified check(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            List<String> groups = claims.getStringListClaim("groups");
            String upn = claims.getStringClaim("upn");
            String sid = claims.getStringClaim("sid");
            if (!issuer.equals(claims.getIssuer()) || expiry == null || upn == null || sid == null) {
                return null;
            }
            // a token of a session that was logged out (or of a password since reset) is dead before its expiry:
            // verify() asks RevokedSessions on every call
            return new Verified(new Caller(upn, groups == null ? Set.of() : Set.copyOf(groups), sid),
                    expiry.toInstant());
        } catch (ParseException | JOSEException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] pem(String file) throws IOException {
        String text = Files.readString(Path.of(file));
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
