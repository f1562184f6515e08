package tn.entrix.gate;

/** A device was revoked, re-assigned or given a new secret: the credential cache forgets it once committed. */
public record DeviceChanged(long deviceId) {
}
