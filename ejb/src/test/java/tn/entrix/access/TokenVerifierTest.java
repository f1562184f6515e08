package tn.entrix.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant FROM = Instant.parse("2027-03-14T13:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-03-14T19:00:00Z");

    private final TokenSigner signer = signer(7);
    private final TokenSigner other = signer(8);
    private final TokenVerifier verifier = TokenVerifier.of(Map.of(7, signer.publicKey()));
    private final AccessToken token = new AccessToken(7, 123_456_789L, 42L, 1001L, 55_555L, FROM, UNTIL);

    @Test
    void aTokenWeSignedIsGenuineAndSaysWhatWasSigned() {
        String text = signer.sign(token);
        assertEquals(146, text.length(), "109 bytes as unpadded base64url");
        assertTrue(text.matches("[A-Za-z0-9_-]+"), "QR-safe text: " + text);
        TokenVerifier.Verification v = verifier.verify(text);
        assertEquals(TokenVerifier.Outcome.GENUINE, v.outcome());
        assertEquals(token, v.token());
        assertTrue(v.token().validAt(FROM) && v.token().validAt(UNTIL) && !v.token().validAt(UNTIL.plusSeconds(1)));
    }

    @Test
    void signingIsDeterministicSoAStoredTokenCanBeCheckedAgainstItsRight() {
        assertEquals(signer.sign(token), signer.sign(token));
    }

    @Test
    void anyFlippedByteIsRecognised() {
        byte[] bytes = Base64.getUrlDecoder().decode(signer.sign(token));
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 0x01;
            TokenVerifier.Verification v = verifier.verify(Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(altered));
            assertTrue(!v.genuine(), "byte " + i + " flipped still verified");
            assertNull(v.token());
            TokenVerifier.Outcome expected = i == 0 ? TokenVerifier.Outcome.UNKNOWN_VERSION
                    : i <= 4 ? TokenVerifier.Outcome.UNKNOWN_KEY : TokenVerifier.Outcome.BAD_SIGNATURE;
            assertEquals(expected, v.outcome(), "byte " + i);
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderOurKeyIdIsForged() {
        TokenSigner forger = new TokenSigner(7, Ed25519PrivateKeyParameters(RANDOM));
        assertEquals(TokenVerifier.Outcome.BAD_SIGNATURE, verifier.verify(forger.sign(token)).outcome());
    }

    @Test
    void truncatedOrPaddedOrNotBase64IsMalformed() {
        String text = signer.sign(token);
        assertEquals(TokenVerifier.Outcome.MALFORMED, verifier.verify(text.substring(0, 100)).outcome());
        assertEquals(TokenVerifier.Outcome.MALFORMED, verifier.verify(text + "AAAA").outcome());
        assertEquals(TokenVerifier.Outcome.MALFORMED, verifier.verify("not a token!").outcome());
        assertEquals(TokenVerifier.Outcome.MALFORMED, verifier.verify("").outcome());
        assertEquals(TokenVerifier.Outcome.MALFORMED, verifier.verify(null).outcome());
    }

    @Test
    void anUnknownVersionIsRefusedBeforeAnythingElse() {
        byte[] bytes = Base64.getUrlDecoder().decode(signer.sign(token));
        bytes[0] = 2;
        assertEquals(TokenVerifier.Outcome.UNKNOWN_VERSION, verifier.verify(Base64.getUrlEncoder()
                .withoutPadding().encodeToString(bytes)).outcome());
    }

    @Test
    void anUnknownKeyIdIsRefusedAndAKeyAddedLaterIsFound() {
        AccessToken byOther = new AccessToken(8, 1, 42, 1001, 0, FROM, UNTIL);
        String text = other.sign(byOther);
        assertEquals(TokenVerifier.Outcome.UNKNOWN_KEY, verifier.verify(text).outcome());

        Map<Integer, byte[]> keys = new java.util.concurrent.ConcurrentHashMap<>(Map.of(7, signer.publicKey()));
        TokenVerifier growing = new TokenVerifier(keys::get);
        assertEquals(TokenVerifier.Outcome.UNKNOWN_KEY, growing.verify(text).outcome());
        keys.put(8, other.publicKey()); // rotated in after the verifier was built
        assertEquals(TokenVerifier.Outcome.GENUINE, growing.verify(text).outcome());
        assertEquals(0, growing.verify(text).token().seatId(), "standing: seat 0");
        assertEquals(TokenVerifier.Outcome.GENUINE, growing.verify(signer.sign(token)).outcome(),
                "the old key still verifies");
    }

    @Test
    void theSignerRefusesATokenForAnotherKey() {
        AccessToken forOther = new AccessToken(8, 1, 42, 1001, 0, FROM, UNTIL);
        try {
            signer.sign(forOther);
            throw new AssertionError("signed a token naming another key");
        } catch (IllegalArgumentException expected) {
            // the key id in the token must be the signer's
        }
    }

    static TokenSigner signer(int keyId) {
        return new TokenSigner(keyId, Ed25519PrivateKeyParameters(RANDOM));
    }

    private static byte[] Ed25519PrivateKeyParameters(SecureRandom random) {
        return new Ed25519PrivateKeyParameters(random).getEncoded();
    }
}
