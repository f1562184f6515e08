package tn.entrix.access;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import tn.entrix.platform.NotFoundException;

/**
 * The events' signing keys, in the caller's transaction: the active key's signer (created on first use), rotation,
 * the public keys, and a verifier that finds any key by its id. A private key is opened from its sealed form only to
 * build a signer, and never leaves this class but inside one.
 */
@Dependent
public class EventKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    MasterKey masterKey;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<EventKeyCreated> created;

    /** The signer of the event's active key; the first call for an event makes its first key. */
    public TokenSigner activeSigner(long eventId) {
        EventKey key = active(eventId);
        if (key == null) {
            lockEvent(eventId); // two first payments of an event make one key, not two
            key = active(eventId);
            if (key == null) {
                key = create(eventId);
            }
        }
        return signer(key);
    }

    /** Retires the active key (it still verifies what it signed) and makes a new one, which signs from now on. */
    public EventKey rotate(long eventId) {
        lockEvent(eventId);
        EventKey current = active(eventId);
        if (current != null) {
            current.retire(clock.instant());
            em.flush(); // one active key per event is a unique index: the old one steps down first
        }
        return create(eventId);
    }

    public List<EventKey> keysOf(long eventId) {
        return em.createQuery("select k from EventKey k where k.eventId = :e order by k.keyId", EventKey.class)
                .setParameter("e", eventId).getResultList();
    }

    /** A verifier over every key of the installation, looked up by id when a token first names it. */
    public TokenVerifier verifier() {
        return new TokenVerifier(keyId -> {
            EventKey key = em.find(EventKey.class, keyId);
            return key == null ? null : key.getPublicKey();
        });
    }

    private EventKey active(long eventId) {
        return em.createQuery("select k from EventKey k where k.eventId = :e and k.active = true", EventKey.class)
                .setParameter("e", eventId).getResultStream().findFirst().orElse(null);
    }

    private EventKey create(long eventId) {
        Ed25519PrivateKeyParameters secret = new Ed25519PrivateKeyParameters(RANDOM);
        EventKey key = new EventKey(eventId, secret.generatePublicKey().getEncoded(), clock.instant());
        key.seal(masterKey.seal(secret.getEncoded(), context(key)));
        em.persist(key);
        em.flush();
        created.fire(new EventKeyCreated(key.getKeyId(), key.getPublicKey()));
        return key;
    }

    private TokenSigner signer(EventKey key) {
        return new TokenSigner(key.getKeyId(), masterKey.open(key.getPrivateKeySealed(), context(key)));
    }

    private void lockEvent(long eventId) {
        if (em.createNativeQuery("select id from event where id = :e for update").setParameter("e", eventId)
                .getResultList().isEmpty()) {
            throw new NotFoundException("Event", eventId);
        }
    }

    /** The sealing's associated data: the event and the public key, so a sealed key opens on its own row only. */
    private static String context(EventKey key) {
        return "entrix-event-key:event:" + key.getEventId() + ":" + java.util.HexFormat.of().formatHex(
                key.getPublicKey());
    }
}
