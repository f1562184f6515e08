package tn.entrix.gate;

/**
 * What a scanner needs to decide without the network, for one event: {@code content} is a JSON document (keys,
 * access points and the zones they serve, revoked rights, banned holders' rights as salted hashes, segregation
 * rules, re-entry policy), signed as is (its UTF-8 bytes) with the event's active Ed25519 key {@code keyId}, so a
 * device can check that the package it stored was not altered. The document holds no personal data in clear.
 */
public record OfflinePackage(long eventId, int keyId, String content, String signature) {
}
