package tn.entrix.access;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Map;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * Sign and verify throughput of the access tokens, single thread: the real TokenSigner / TokenVerifier
 * (BouncyCastle) against the JDK's own Ed25519 provider on the same 45-byte payload. No JMH: a warm-up, then timed
 * loops (a few seconds each). Run from the repository root:
 * <pre>
 * mvn -B -q -pl persistence,ejb test-compile exec:java
 * </pre>
 * (ejb/pom.xml names this class for exec:java; {@code -Dbenchmark.seconds=N} per measurement, default 3).
 */
public final class AccessTokenBenchmark {

    private static final Instant FROM = Instant.parse("2027-03-14T13:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-03-14T19:00:00Z");
    private static volatile Object sink;

    private AccessTokenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(System.getProperty("benchmark.seconds", "3"));
        TokenSigner signer = new TokenSigner(1, new Ed25519PrivateKeyParameters(new java.security.SecureRandom())
                .getEncoded());
        TokenVerifier verifier = TokenVerifier.of(Map.of(1, signer.publicKey()));
        String token = signer.sign(new AccessToken(1, 1, 42, 1001, 7, FROM, UNTIL));

        KeyPair jdkPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] payload = new AccessToken(1, 1, 42, 1001, 7, FROM, UNTIL).payload();
        Signature jdkSigner = Signature.getInstance("Ed25519");
        jdkSigner.initSign(jdkPair.getPrivate());
        jdkSigner.update(payload);
        byte[] jdkSignature = jdkSigner.sign();

        long[] id = {0};
        Runnable bcSign = () -> sink = signer.sign(new AccessToken(1, ++id[0], 42, 1001, 7, FROM, UNTIL));
        Runnable bcVerify = () -> {
            if (!verifier.verify(token).genuine()) {
                throw new AssertionError("BouncyCastle verification failed");
            }
        };
        Runnable jdkSign = () -> {
            try {
                Signature s = Signature.getInstance("Ed25519");
                s.initSign(jdkPair.getPrivate());
                s.update(payload);
                sink = s.sign();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Runnable jdkVerify = () -> {
            try {
                Signature s = Signature.getInstance("Ed25519");
                s.initVerify(jdkPair.getPublic());
                s.update(payload);
                if (!s.verify(jdkSignature)) {
                    throw new AssertionError("JDK verification failed");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        System.out.printf("Ed25519 access tokens (%d-byte payload, %d-character QR text), 1 thread, %s cores, "
                        + "Java %s%n", AccessToken.PAYLOAD_LENGTH, token.length(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            boolean report = round == 1;
            measure("BouncyCastle sign  (TokenSigner)", bcSign, report ? seconds : 1, report);
            measure("BouncyCastle verify (TokenVerifier)", bcVerify, report ? seconds : 1, report);
            measure("JDK SunEC   sign", jdkSign, report ? seconds : 0.5, report);
            measure("JDK SunEC   verify", jdkVerify, report ? seconds : 0.5, report);
        }
    }

    private static void measure(String name, Runnable operation, double seconds, boolean report) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 50; i++) {
                operation.run();
            }
            count += 50;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (report) {
            System.out.printf("  %-36s %,9.0f ops/s  (%,d in %.1f s, %.1f µs each)%n", name, count / elapsed, count,
                    elapsed, elapsed * 1e6 / count);
        }
    }
}
