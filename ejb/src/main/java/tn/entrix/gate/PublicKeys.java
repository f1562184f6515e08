package tn.entrix.gate;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import tn.entrix.access.EventKeyCreated;
import tn.entrix.access.TokenVerifier;

/**
 * Every public key of the installation in memory, so the first check of a scan (is this a code we signed?) does not
 * read the database: keys are loaded once, and each new key is added as its transaction commits
 * ({@link EventKeyCreated}). A key id still unknown reloads the keys at most once per {@link #RELOAD_EVERY} (a key
 * made by another server or a data load), so a flood of forged key ids costs one query per period, not one per scan.
 */
@ApplicationScoped
public class PublicKeys {

    @Resource(lookup = "jdbc/entrix")
    DataSource dataSource;

    static final long RELOAD_EVERY = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    private final Map<Integer, byte[]> keys = new ConcurrentHashMap<>();
    private volatile TokenVerifier verifier;
    private final Object reloading = new Object();
    /** When the keys were last read from the database (System.nanoTime; package-private for PublicKeysTest). */
    volatile long lastLoad;

    public TokenVerifier verifier() {
        TokenVerifier v = verifier;
        if (v == null) {
            synchronized (this) {
                if (verifier == null) {
                    loadAll();
                    verifier = new TokenVerifier(this::find);
                }
                v = verifier;
            }
        }
        return v;
    }

    /** Every known key, for offline packages. */
    public Map<Integer, byte[]> all() {
        verifier();
        return Map.copyOf(keys);
    }

    /** The public key of a key id, or null when there is none (package-private for PublicKeysTest). */
    byte[] find(int keyId) {
        byte[] key = keys.get(keyId);
        if (key != null) {
            return key;
        }
        // One reload at a time, and the scans that asked meanwhile wait for it and look again: before, they were
        // answered "unknown key" while it ran, so genuine codes of a key just made elsewhere were denied INVALID.
        synchronized (reloading) {
            key = keys.get(keyId);
            if (key == null && System.nanoTime() - lastLoad > RELOAD_EVERY) {
                loadAll();
                key = keys.get(keyId);
            }
        }
        return key;
    }

    void added(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventKeyCreated created) {
        keys.put(created.keyId(), created.publicKey());
    }

    private void loadAll() {
        lastLoad = System.nanoTime();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select key_id, public_key from event_key");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                keys.put(rs.getInt(1), rs.getBytes(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the public keys", e);
        }
    }
}
