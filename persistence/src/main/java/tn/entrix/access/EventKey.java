package tn.entrix.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An Ed25519 key pair that signs one event's access tokens. The key id is global (it travels in every token, so a
 * scanner finds the public key without knowing the event first). The private key is stored sealed with AES-GCM under
 * the server's master key, never in clear. One active key per event signs new tokens; rotated keys stay to verify
 * the tokens they signed.
 */
@Entity
@Table(name = "event_key")
public class EventKey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_key_seq")
    @SequenceGenerator(name = "event_key_seq", sequenceName = "event_key_seq", allocationSize = 1)
    @Column(name = "key_id")
    private Integer keyId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(nullable = false, length = 16)
    private String algorithm = "Ed25519";

    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    /** nonce (12 bytes) then ciphertext and tag of the 32-byte private key; the event and public key are the AAD. */
    @Column(name = "private_key_sealed", nullable = false)
    private byte[] privateKeySealed;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected EventKey() {
    }

    public EventKey(long eventId, byte[] publicKey, Instant createdAt) {
        this.eventId = eventId;
        this.publicKey = publicKey.clone();
        this.createdAt = createdAt;
        this.active = true;
    }

    /** The private key as the master key sealed it (set before the key is persisted). */
    public void seal(byte[] sealed) {
        this.privateKeySealed = sealed.clone();
    }

    public void retire(Instant at) {
        this.active = false;
        this.retiredAt = at;
    }

    public Integer getKeyId() {
        return keyId;
    }

    public long getEventId() {
        return eventId;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public byte[] getPublicKey() {
        return publicKey.clone();
    }

    public byte[] getPrivateKeySealed() {
        return privateKeySealed.clone();
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
