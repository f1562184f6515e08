package tn.entrix.access;

/**
 * Where an access right stands. Only a VALID right opens a gate; USED after its holder went in; REVOKED by staff or
 * because the event was cancelled (the reason says which); REFUNDED when its money went back; TRANSFERRED when a new
 * right replaced it for another holder.
 */
public enum AccessRightStatus {
    VALID, USED, REVOKED, REFUNDED, TRANSFERRED
}
