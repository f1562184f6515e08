package tn.entrix.access;

/** A signing key was made (first sale of an event, rotation): verifiers that keep public keys in memory add it. */
public record EventKeyCreated(int keyId, byte[] publicKey) {

    public EventKeyCreated(int keyId, byte[] publicKey) {
        this.keyId = keyId;
        this.publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }
}
