package tn.entrix.access;

import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The first step of a scan decision, with no database read: is this text a token we signed, unaltered? It checks the
 * form (base64url, length, version), finds the public key by the token's key id, and verifies the Ed25519
 * signature. What the token then says (event, zone, validity) and whether its right is still VALID are for the
 * steps after it. Pure and thread-safe; public keys are decoded once and kept.
 */
public final class TokenVerifier {

    /** Why a text is or is not a genuine token; stable names (a scan stores them as its reason). */
    public enum Outcome {
        /** Signed by a key we know, unaltered. */
        GENUINE,
        /** Not base64url, or not the length of its version. */
        MALFORMED,
        /** A version byte this verifier does not know. */
        UNKNOWN_VERSION,
        /** A key id with no public key (not ours, or from another installation). */
        UNKNOWN_KEY,
        /** The signature does not match: forged or altered. */
        BAD_SIGNATURE
    }

    /** The outcome, and the token when it is genuine. */
    public record Verification(Outcome outcome, AccessToken token) {

        public boolean genuine() {
            return outcome == Outcome.GENUINE;
        }
    }

    private final IntFunction<byte[]> publicKeys;
    private final Map<Integer, Ed25519PublicKeyParameters> decoded = new ConcurrentHashMap<>();

    /** @param publicKeys the 32-byte public key of a key id, or null when there is none */
    public TokenVerifier(IntFunction<byte[]> publicKeys) {
        this.publicKeys = publicKeys;
    }

    public static TokenVerifier of(Map<Integer, byte[]> publicKeys) {
        Map<Integer, byte[]> copy = Map.copyOf(publicKeys);
        return new TokenVerifier(copy::get);
    }

    public Verification verify(String text) {
        byte[] bytes;
        try {
            bytes = text == null ? new byte[0] : Base64.getUrlDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            return new Verification(Outcome.MALFORMED, null);
        }
        if (bytes.length == 0) {
            return new Verification(Outcome.MALFORMED, null);
        }
        if (bytes[0] != AccessToken.VERSION) {
            return new Verification(Outcome.UNKNOWN_VERSION, null);
        }
        if (bytes.length != AccessToken.LENGTH) {
            return new Verification(Outcome.MALFORMED, null);
        }
        int keyId = ((bytes[1] & 0xFF) << 24) | ((bytes[2] & 0xFF) << 16) | ((bytes[3] & 0xFF) << 8) | (bytes[4] & 0xFF);
        Ed25519PublicKeyParameters key = decoded.get(keyId);
        if (key == null) {
            // misses are not remembered: a key rotated in after this verifier was built is found on its first token
            key = decode(keyId);
            if (key == null) {
                return new Verification(Outcome.UNKNOWN_KEY, null);
            }
            decoded.put(keyId, key);
        }
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(false, key);
        signer.update(bytes, 0, AccessToken.PAYLOAD_LENGTH);
        byte[] signature = new byte[AccessToken.SIGNATURE_LENGTH];
        System.arraycopy(bytes, AccessToken.PAYLOAD_LENGTH, signature, 0, signature.length);
        if (!signer.verifySignature(signature)) {
            return new Verification(Outcome.BAD_SIGNATURE, null);
        }
        try {
            return new Verification(Outcome.GENUINE, AccessToken.read(bytes));
        } catch (IllegalArgumentException e) {
            return new Verification(Outcome.MALFORMED, null); // signed but unreadable: never issued by us
        }
    }

    private Ed25519PublicKeyParameters decode(int keyId) {
        byte[] key = publicKeys.apply(keyId);
        if (key == null || key.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            return null;
        }
        try {
            return new Ed25519PublicKeyParameters(key, 0);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
