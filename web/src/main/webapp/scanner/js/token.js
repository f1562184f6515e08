// Reads a scanned code as an access token, version 1 (ejb tn.entrix.access.AccessToken): 109 bytes as unpadded
// base64url — a 45-byte big-endian payload, then its 64-byte Ed25519 signature.
//   0 version (1) · 1 key id (int32) · 5 right id · 13 event id · 21 zone id · 29 seat id (0: standing)
//   37 valid from · 41 valid until (uint32 epoch seconds)

export const PAYLOAD_LENGTH = 45;
export const LENGTH = 109;

/** The bytes of unpadded base64url text, or null when it is not base64url. */
export function base64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  try {
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * The token's fields, or null when the code is not a version 1 token (its signature is not checked here). Ids are
 * JavaScript numbers: database ids stay far below 2^53.
 */
export function parseToken(code) {
  const bytes = base64url(String(code).trim());
  if (!bytes || bytes.length !== LENGTH || bytes[0] !== 1) return null;
  const view = new DataView(bytes.buffer);
  const id = (offset) => Number(view.getBigInt64(offset));
  return {
    payload: bytes.subarray(0, PAYLOAD_LENGTH),
    signature: bytes.subarray(PAYLOAD_LENGTH),
    keyId: view.getInt32(1),
    rightId: id(5),
    eventId: id(13),
    zoneId: id(21),
    seatId: id(29),
    validFrom: view.getUint32(37) * 1000,
    validUntil: view.getUint32(41) * 1000,
  };
}
