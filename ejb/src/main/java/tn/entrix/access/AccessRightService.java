package tn.entrix.access;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.event.Event;
import tn.entrix.event.EventCancelled;
import tn.entrix.event.EventPostponed;
import tn.entrix.identity.User;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.Page;
import tn.entrix.selling.OrderItem;
import tn.entrix.selling.OrderPaid;
import tn.entrix.selling.TicketOrder;
import tn.entrix.venue.Seat;
import tn.entrix.venue.Zone;

/**
 * Access rights: one per ticket, issued in the transaction that marks the order paid (all the rights or no payment),
 * signed with the event's active key, and mailed to the holder as PDF tickets once it commits. Validity runs from the
 * event's doors to its end plus a margin ({@code entrix.access.validity-margin}, default 2 h) and is written into the
 * signed token; so when the event is postponed its VALID rights get the new validity and are signed again (the old
 * codes stop matching), and when it is cancelled they are REVOKED (EVENT_CANCELLED). A holder sees only their own
 * rights: anyone else's is "not found".
 */
@Stateless
public class AccessRightService {

    static final String ENTITY = "AccessRight";
    static final String EVENT_CANCELLED = "EVENT_CANCELLED";
    static final String STAFF = "STAFF";
    static final String ORDER_REFUNDED = "ORDER_REFUNDED";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    EventKeys keys;

    @Inject
    TicketMails mails;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "entrix.access.validity-margin", defaultValue = "PT2H")
    Duration margin;

    /** One right per ticket of the paid order, in the paying transaction: if a right cannot be made, nothing is paid. */
    public void onOrderPaid(@Observes OrderPaid paid) {
        TicketOrder order = em.find(TicketOrder.class, paid.orderId());
        Event event = em.find(Event.class, paid.eventId());
        TokenSigner signer = keys.activeSigner(event.getId());
        Instant now = clock.instant();
        List<AccessRight> rights = new ArrayList<>();
        for (OrderItem item : order.getItems()) {
            long zone;
            Set<Long> zones;
            if (item.getSeatId() != null) {
                zone = em.find(Seat.class, item.getSeatId()).getZone().getId();
                zones = Set.of(zone);
            } else {
                zones = new TreeSet<>(zonesOfType(item.getTicketTypeId()));
                zone = ((TreeSet<Long>) zones).first();
            }
            AccessRight right = new AccessRight(paid.userId(), event.getId(), order.getId(), item.getId(),
                    item.getTicketTypeId(), zone, item.getSeatId(), zones, item.getPrice(), event.getDoorsOpenAt(),
                    event.getEndsAt().plus(margin), now);
            em.persist(right); // the sequence gives the id now: the token is signed over it before the insert
            sign(right, signer, now);
            rights.add(right);
        }
        em.flush();
        audit.record("ACCESS_RIGHTS_ISSUED", ENTITY, order.getId(), Severity.MEDIUM, rights.size() + " for order "
                + order.getNumber() + " key " + signer.keyId());
        mails.tickets(holder(paid.userId()), order.getNumber(), documents(rights));
    }

    /**
     * A refunded order: its VALID rights become REFUNDED (reason ORDER_REFUNDED), so their codes no longer open a gate
     * and the seats can be sold again (the seat's unique index covers VALID and USED rights only).
     */
    public void onOrderRefunded(@Observes tn.entrix.selling.OrderRefunded refunded) {
        int count = em.createQuery("update AccessRight r set r.status = :refunded, r.statusReason = :reason, "
                        + "r.updatedAt = :now, r.version = r.version + 1 where r.orderId = :o and r.status = :valid")
                .setParameter("refunded", AccessRightStatus.REFUNDED).setParameter("reason", ORDER_REFUNDED)
                .setParameter("now", clock.instant()).setParameter("o", refunded.orderId())
                .setParameter("valid", AccessRightStatus.VALID).executeUpdate();
        audit.record("ACCESS_RIGHTS_REFUNDED", "Order", refunded.orderId(), Severity.HIGH, count
                + " rights refunded: order " + refunded.number());
    }

    /** The event is cancelled: its VALID rights are REVOKED with reason EVENT_CANCELLED (refunds follow elsewhere). */
    public void onEventCancelled(@Observes EventCancelled cancelled) {
        int revoked = em.createQuery("update AccessRight r set r.status = :revoked, r.statusReason = :reason, "
                        + "r.updatedAt = :now, r.version = r.version + 1 where r.eventId = :e and r.status = :valid")
                .setParameter("revoked", AccessRightStatus.REVOKED).setParameter("reason", EVENT_CANCELLED)
                .setParameter("now", clock.instant()).setParameter("e", cancelled.eventId())
                .setParameter("valid", AccessRightStatus.VALID).executeUpdate();
        audit.record("ACCESS_RIGHTS_REVOKED", "Event", cancelled.eventId(), Severity.HIGH, revoked
                + " rights revoked: event " + cancelled.code() + " cancelled");
    }

    /**
     * The event moved: every VALID right gets the new validity and a new token (signed with the active key), and each
     * holder is told, once per order, to take the new tickets from their account. The old codes still carry a genuine
     * signature but no longer match their right, so the gate refuses them. No PDF is rendered here: a full stadium
     * is tens of thousands of rights, and this transaction must stay one of signing (about 7,000 a second per core).
     */
    public void onEventPostponed(@Observes EventPostponed postponed) {
        List<AccessRight> rights = em.createQuery("select r from AccessRight r where r.eventId = :e "
                        + "and r.status = :valid order by r.orderId, r.id", AccessRight.class)
                .setParameter("e", postponed.eventId()).setParameter("valid", AccessRightStatus.VALID)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (rights.isEmpty()) {
            return;
        }
        TokenSigner signer = keys.activeSigner(postponed.eventId());
        Instant now = clock.instant();
        Map<Long, List<AccessRight>> byOrder = new LinkedHashMap<>();
        for (AccessRight right : rights) {
            right.reschedule(postponed.doorsOpenAt(), postponed.endsAt().plus(margin));
            sign(right, signer, now);
            byOrder.computeIfAbsent(right.getOrderId() == null ? -right.getId() : right.getOrderId(),
                    o -> new ArrayList<>()).add(right);
        }
        em.flush();
        audit.record("ACCESS_RIGHTS_RESIGNED", "Event", postponed.eventId(), Severity.MEDIUM, rights.size()
                + " rights signed again for " + postponed.startsAt() + " with key " + signer.keyId());
        String eventName = em.find(Event.class, postponed.eventId()).getName();
        for (List<AccessRight> group : byOrder.values()) {
            AccessRight first = group.get(0);
            TicketOrder order = first.getOrderId() == null ? null : em.find(TicketOrder.class, first.getOrderId());
            mails.reissued(holder(first.getUserId()), order == null ? null : order.getNumber(), eventName,
                    postponed.startsAt(), group.stream().map(AccessRight::getId).toList());
        }
    }

    public List<AccessRightView> mine(String username) {
        long holder = userId(username);
        return em.createQuery("select r from AccessRight r where r.userId = :u order by r.issuedAt desc, r.id",
                        AccessRight.class).setParameter("u", holder).setMaxResults(500).getResultStream()
                .map(r -> view(r, true)).toList();
    }

    public AccessRightView findOwn(String username, long id) {
        return view(own(username, id), true);
    }

    /** The QR code of one of my rights, as PNG. */
    public byte[] qrOwn(String username, long id) {
        return QrCodes.png(printable(own(username, id)).getToken(), QrCodes.SIZE);
    }

    /** The PDF ticket of one of my rights. */
    public byte[] ticketOwn(String username, long id) {
        return TicketPdf.render(documents(List.of(printable(own(username, id)))).get(0));
    }

    /** An event's rights for staff, optionally of one status, in issue order. */
    public Page<AccessRightView> ofEvent(long eventId, AccessRightStatus status, int page, int size) {
        if (em.find(Event.class, eventId) == null) {
            throw new NotFoundException("Event", eventId);
        }
        String where = " where r.eventId = :e" + (status == null ? "" : " and r.status = :s");
        var query = em.createQuery("select r from AccessRight r" + where + " order by r.id", AccessRight.class);
        var count = em.createQuery("select count(r) from AccessRight r" + where, Long.class);
        query.setParameter("e", eventId);
        count.setParameter("e", eventId);
        if (status != null) {
            query.setParameter("s", status);
            count.setParameter("s", status);
        }
        return new Page<>(query.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(r -> view(r, false)).toList(), page, size, count.getSingleResult());
    }

    /** Staff take a VALID right back: its code stops opening the gate. */
    public AccessRightView revoke(long id, String reason) {
        AccessRight right = em.find(AccessRight.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (right == null) {
            throw new NotFoundException(ENTITY, id);
        }
        AccessRightStatus before = right.getStatus();
        if (!right.end(AccessRightStatus.REVOKED, STAFF, clock.instant())) {
            throw new ConflictException("ACCESS_RIGHT_NOT_VALID", "Access right " + id + " is " + before,
                    Map.of("status", before.name()));
        }
        em.flush();
        audit.record("ACCESS_RIGHT_REVOKED", ENTITY, id, Severity.HIGH, "event " + right.getEventId()
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
        return view(right, false);
    }

    /** The public keys that verify an event's tokens, the active one included. */
    public List<EventKeyView> keys(long eventId) {
        if (em.find(Event.class, eventId) == null) {
            throw new NotFoundException("Event", eventId);
        }
        return keys.keysOf(eventId).stream().map(AccessRightService::view).toList();
    }

    /** A new signing key for the event: rights issued from now on use it; tokens of the old key still verify. */
    public EventKeyView rotateKey(long eventId) {
        if (em.find(Event.class, eventId) == null) {
            throw new NotFoundException("Event", eventId);
        }
        EventKey key = keys.rotate(eventId);
        audit.record("EVENT_KEY_ROTATED", "Event", eventId, Severity.HIGH, "new key " + key.getKeyId());
        return view(key);
    }

    /** Verifies a token's form and signature against every key of the installation (the gate's first step). */
    public TokenVerifier.Verification verify(String token) {
        return keys.verifier().verify(token);
    }

    private void sign(AccessRight right, TokenSigner signer, Instant now) {
        String token = signer.sign(new AccessToken(signer.keyId(), right.getId(), right.getEventId(),
                right.getZoneId(), right.getSeatId() == null ? 0 : right.getSeatId(), right.getValidFrom(),
                right.getValidUntil()));
        right.signed(signer.keyId(), token, sha256(token), now);
    }

    /** The SHA-256 of a token's text, as stored in {@code access_right.token_sha256} (the gate looks codes up by it). */
    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private AccessRight own(String username, long id) {
        AccessRight right = em.find(AccessRight.class, id);
        if (right == null || right.getUserId() != userId(username)) {
            throw new NotFoundException(ENTITY, id);
        }
        return right;
    }

    /** A code worth printing: VALID or USED (a revoked, refunded or transferred right's code opens nothing). */
    private static AccessRight printable(AccessRight right) {
        if (right.getStatus() != AccessRightStatus.VALID && right.getStatus() != AccessRightStatus.USED) {
            throw new ConflictException("ACCESS_RIGHT_NOT_VALID", "Access right " + right.getId() + " is "
                    + right.getStatus(), Map.of("status", right.getStatus().name()));
        }
        return right;
    }

    private long userId(String username) {
        List<?> ids = em.createNativeQuery("select id from app_user where lower(username) = lower(:n)")
                .setParameter("n", username).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("User", username);
        }
        return ((Number) ids.get(0)).longValue();
    }

    private User holder(long userId) {
        return em.find(User.class, userId);
    }

    private List<Long> zonesOfType(long ticketTypeId) {
        return em.createNativeQuery("select zone_id from ticket_type_zone where ticket_type_id = :t order by zone_id")
                .setParameter("t", ticketTypeId).getResultStream().map(o -> ((Number) o).longValue()).toList();
    }

    /** The entry gates serving any of the zones or a zone above them (a gate of a stand serves its sectors). */
    private List<String> gates(Set<Long> zones) {
        List<String> gates = new ArrayList<>();
        for (Object row : em.createNativeQuery("with recursive up (id, parent_id) as ("
                        + "select id, parent_id from venue_zone where id in (:zones) "
                        + "union select z.id, z.parent_id from venue_zone z join up on z.id = up.parent_id) "
                        + "select distinct ap.code, ap.name from access_point ap "
                        + "join access_point_zone apz on apz.access_point_id = ap.id "
                        + "where apz.zone_id in (select id from up) and ap.kind <> 'EXIT' order by ap.code")
                .setParameter("zones", List.copyOf(zones)).getResultList()) {
            Object[] gate = (Object[]) row;
            gates.add(gate[1] + " (" + gate[0] + ")");
        }
        return gates;
    }

    private List<TicketDocument> documents(List<AccessRight> rights) {
        List<TicketDocument> documents = new ArrayList<>();
        for (AccessRight right : rights) {
            Event event = em.find(Event.class, right.getEventId());
            Zone zone = em.find(Zone.class, right.getZoneId());
            Seat seat = right.getSeatId() == null ? null : em.find(Seat.class, right.getSeatId());
            User user = holder(right.getUserId());
            TicketOrder order = right.getOrderId() == null ? null : em.find(TicketOrder.class, right.getOrderId());
            documents.add(new TicketDocument(right.getId(), event.getName(), event.getStartsAt(),
                    event.getDoorsOpenAt(), event.getVenue().getName(), event.getVenue().getCity(), zone.getName(),
                    seat == null ? null : seat.getRowLabel(), seat == null ? null : seat.getNumber(),
                    gates(right.getZoneIds()), name(user), order == null ? null : order.getNumber(), right.getPrice(),
                    right.getToken(), english(user)));
        }
        return documents;
    }

    static boolean english(User user) {
        return user.getProfile() != null && "en".equals(user.getProfile().getLanguage());
    }

    static String name(User user) {
        return user.getDisplayName() == null || user.getDisplayName().isBlank() ? user.getUsername()
                : user.getDisplayName();
    }

    private AccessRightView view(AccessRight r, boolean withToken) {
        Event event = em.find(Event.class, r.getEventId());
        Zone zone = em.find(Zone.class, r.getZoneId());
        Seat seat = r.getSeatId() == null ? null : em.find(Seat.class, r.getSeatId());
        TicketOrder order = r.getOrderId() == null ? null : em.find(TicketOrder.class, r.getOrderId());
        return new AccessRightView(r.getId(), r.getEventId(), event.getName(), r.getStatus(), r.getStatusReason(),
                r.getZoneId(), zone.getName(), List.copyOf(r.getZoneIds()), r.getSeatId(),
                seat == null ? null : seat.getReference(), seat == null ? null : seat.getRowLabel(),
                seat == null ? null : seat.getNumber(), gates(r.getZoneIds()), r.getValidFrom(), r.getValidUntil(),
                r.getKeyId(), r.getOrderId(), order == null ? null : order.getNumber(), r.getPrice(),
                holder(r.getUserId()).getUsername(), r.getIssuedAt(), withToken ? r.getToken() : null);
    }

    static EventKeyView view(EventKey k) {
        return new EventKeyView(k.getKeyId(), k.getEventId(), k.getAlgorithm(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(k.getPublicKey()), k.isActive(),
                k.getCreatedAt(), k.getRetiredAt());
    }
}
