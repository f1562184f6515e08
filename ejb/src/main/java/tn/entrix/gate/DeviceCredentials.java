package tn.entrix.gate;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.UnauthenticatedException;

/**
 * Checks a device credential on every scan without a database read: active devices are kept in memory by the SHA-256
 * of their secret, loaded on first use. A revocation, re-assignment or new secret drops the device from memory once
 * its transaction commits, so its next scan reads the new state (a revoked device is refused at once). One server
 * holds the cache; a cluster would broadcast {@link DeviceChanged}.
 */
@ApplicationScoped
public class DeviceCredentials {

    public static final String HEADER = "Entrix-Device";

    @Resource(lookup = "jdbc/entrix")
    DataSource dataSource;

    /** How often a device's last-seen time is written (not on every scan: it is for the console, not for audit). */
    static final long SEEN_EVERY = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    private final Map<String, Device> byHash = new ConcurrentHashMap<>();
    private final Map<Long, Long> seenAt = new ConcurrentHashMap<>();

    /** The active device holding this credential; 401 when unknown, 403 when revoked. */
    public Device authenticate(String credential) {
        if (credential == null || credential.isBlank()) {
            throw new UnauthenticatedException("DEVICE_CREDENTIAL_MISSING",
                    "Scans need the device's credential in the " + HEADER + " header");
        }
        String hash = HexFormat.of().formatHex(sha256(credential.strip()));
        Device device = byHash.get(hash);
        if (device == null) {
            device = load(hash);
            byHash.put(hash, device);
        }
        return device;
    }

    /** Whether the device's last-seen time is due to be written now (at most once a minute per device). */
    public boolean seenDue(long deviceId) {
        long now = System.nanoTime();
        Long last = seenAt.get(deviceId);
        if (last != null && now - last < SEEN_EVERY) {
            return false;
        }
        return last == null ? seenAt.putIfAbsent(deviceId, now) == null : seenAt.replace(deviceId, last, now);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeviceChanged changed) {
        byHash.values().removeIf(d -> d.id() == changed.deviceId());
    }

    private Device load(String hash) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement device = c.prepareStatement(
                     "select id, name, status from scanner_device where secret_sha256 = ?")) {
            device.setBytes(1, HexFormat.of().parseHex(hash));
            long id;
            String name;
            try (ResultSet rs = device.executeQuery()) {
                if (!rs.next()) {
                    throw new UnauthenticatedException("DEVICE_CREDENTIAL_INVALID",
                            "This device credential is not known (reset or never issued)");
                }
                if (!"ACTIVE".equals(rs.getString(3))) {
                    throw new EntrixException(EntrixException.Kind.FORBIDDEN, "DEVICE_REVOKED",
                            "This scanner device was revoked");
                }
                id = rs.getLong(1);
                name = rs.getString(2);
            }
            return new Device(id, name,
                    ids(c, "select access_point_id from scanner_device_access_point where device_id = ?", id),
                    ids(c, "select event_id from scanner_device_event where device_id = ?", id));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read scanner device", e);
        }
    }

    private static Set<Long> ids(Connection c, String sql, long id) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
