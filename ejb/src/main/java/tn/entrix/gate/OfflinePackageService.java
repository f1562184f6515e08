package tn.entrix.gate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
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
import java.util.List;

import java.util.Set;
import java.util.TreeSet;
import tn.entrix.access.EventKeys;
import tn.entrix.access.TokenSigner;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.NotFoundException;

/**
 * Builds the signed offline package of an event for an enrolled device. Holders are never named: a banned holder's
 * or a supporter group member's rights appear as SHA-256 of a per-package salt and the right id, which a device can
 * compute from the scanned token and nobody can read back into a person.
 */
@Stateless
public class OfflinePackageService {

    /** How long a device may decide with a package before it must fetch a new one. */
    static final Duration VALIDITY = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    EventGates eventGates;

    @Inject
    GateMap gateMap;

    @Inject
    PublicKeys publicKeys;

    @Inject
    EventKeys eventKeys;

    @Inject
    AuditService audit;

    @Inject
    tn.entrix.blacklist.Bans bans;

    @Inject
    Clock clock;

    public OfflinePackage build(Device device, long eventId) {
        EventGates.EventGate event = eventGates.event(eventId);
        if (event == null) {
            throw new NotFoundException("Event", eventId);
        }
        if (!device.eventIds().contains(eventId)) {
            throw new EntrixException(EntrixException.Kind.FORBIDDEN, "EVENT_NOT_ASSIGNED",
                    "This device is not enrolled for event " + eventId);
        }
        Instant now = clock.instant();
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        String salt = Base64.getUrlEncoder().withoutPadding().encodeToString(saltBytes);
        GateMap.Mapping mapping = gateMap.mapping(event.mappingId());

        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("version", 1)
                .add("eventId", eventId)
                .add("eventName", event.name())
                .add("eventStatus", event.status())
                .add("generatedAt", now.toString())
                .add("validUntil", now.plus(VALIDITY).toString())
                .add("deviceId", device.id())
                .add("reentry", event.policy().reentry().name())
                .add("salt", salt);
        JsonArrayBuilder keys = Json.createArrayBuilder();
        java.util.Map<Integer, byte[]> known = publicKeys.all();
        for (Object row : em.createNativeQuery("select key_id from event_key where event_id = :e order by key_id")
                .setParameter("e", eventId).getResultList()) {
            int keyId = ((Number) row).intValue();
            byte[] key = known.get(keyId);
            if (key != null) {
                keys.add(Json.createObjectBuilder().add("keyId", keyId)
                        .add("publicKey", Base64.getUrlEncoder().withoutPadding().encodeToString(key)));
            }
        }
        doc.add("keys", keys);
        JsonArrayBuilder points = Json.createArrayBuilder();
        mapping.points().values().stream().filter(p -> device.accessPointIds().contains(p.id()))
                .sorted(java.util.Comparator.comparing(GateMap.Point::code))
                .forEach(p -> points.add(Json.createObjectBuilder().add("id", p.id()).add("code", p.code())
                        .add("name", p.name()).add("kind", p.kind()).add("zones", longs(p.servedZones()))));
        doc.add("accessPoints", points);
        JsonArrayBuilder zones = Json.createArrayBuilder();
        mapping.zones().values().stream().sorted(java.util.Comparator.comparing(GateMap.Zone::code))
                .forEach(z -> zones.add(Json.createObjectBuilder().add("id", z.id()).add("code", z.code())
                        .add("name", z.name()).add("gates", strings(mapping.entryGatesOf(z.id())))));
        doc.add("zones", zones);
        doc.add("revoked", longs(ids(em.createNativeQuery("select id from access_right where event_id = :e "
                + "and status in ('REVOKED', 'REFUNDED', 'TRANSFERRED')").setParameter("e", eventId)
                .getResultList())));
        doc.add("banned", hashes(salt, bannedRights(eventId, now)));
        JsonArrayBuilder rules = Json.createArrayBuilder();
        for (EventGates.Segregation rule : event.segregations()) {
            Set<Long> members = ids(em.createNativeQuery("select r.id from access_right r join group_member m "
                            + "on m.user_id = r.user_id where r.event_id = :e and m.group_id = :g")
                    .setParameter("e", eventId).setParameter("g", rule.groupId()).getResultList());
            rules.add(Json.createObjectBuilder().add("name", rule.name()).add("zones", longs(rule.zones()))
                    .add("gates", longs(rule.gates())).add("members", hashes(salt, members)));
        }
        doc.add("segregations", rules);
        String content = doc.build().toString();
        TokenSigner signer = eventKeys.activeSigner(eventId);
        String signature = signer.signDocument(content.getBytes(StandardCharsets.UTF_8));
        audit.record("OFFLINE_PACKAGE_ISSUED", "scanner_device", device.id(), Severity.MEDIUM, "event=" + eventId);
        return new OfflinePackage(eventId, signer.keyId(), content, signature);
    }

    /** The rights of the event held by people banned from it then (by account or national ID). */
    private Set<Long> bannedRights(long eventId, Instant at) {
        List<Long> users = bans.bannedUserIds(eventId, at);
        if (users.isEmpty()) {
            return Set.of();
        }
        return ids(em.createNativeQuery("select id from access_right where event_id = :e and user_id in (:u)")
                .setParameter("e", eventId).setParameter("u", users).getResultList());
    }

    /** What a device computes from a scanned token to look it up: hex SHA-256 of "salt:rightId". */
    static String hash(String salt, long rightId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + rightId).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonArrayBuilder hashes(String salt, Set<Long> rightIds) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rightIds.stream().map(id -> hash(salt, id)).sorted().forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder longs(Set<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        new TreeSet<>(values).forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static Set<Long> ids(List<?> rows) {
        Set<Long> ids = new TreeSet<>();
        rows.forEach(r -> ids.add(((Number) r).longValue()));
        return ids;
    }

}
