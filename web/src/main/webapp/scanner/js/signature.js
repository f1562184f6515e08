// Ed25519 verification and SHA-256 for the offline decisions. WebCrypto first (Chromium, Firefox and Safari have
// Ed25519 now); an older browser loads the vendored @noble/ed25519 the first time it needs it.

const imported = new Map(); // public key (base64url) → CryptoKey, so a key is imported once per page
let nativeEd25519 = true;
let noble;

/** Whether the signature of message verifies with the raw 32-byte public key. */
export async function verify(publicKey, publicKeyText, signature, message) {
  if (nativeEd25519) {
    try {
      let key = imported.get(publicKeyText);
      if (!key) {
        key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
        imported.set(publicKeyText, key);
      }
      return await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
    } catch (e) {
      if (e.name !== 'NotSupportedError' && e.name !== 'TypeError') return false; // a bad key: nothing verifies
      nativeEd25519 = false;
    }
  }
  noble ??= await import('../vendor/noble-ed25519-3.2.0/index.js');
  try {
    return await noble.verifyAsync(signature, message, publicKey);
  } catch {
    return false;
  }
}

/** Hex SHA-256 of a text (the offline package's hashes: salt + ':' + right id). */
export async function sha256Hex(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh nonce for a scan: a retried request with the same nonce is the same scan for the server. */
export function nonce() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
