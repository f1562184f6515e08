// The scanner's offline decisions (scanner/js/offline.js) against tokens signed here with a fresh Ed25519 key, in
// Node's test runner (no browser): `node --test web/src/test/js/`. Node 20+ has Ed25519 in WebCrypto, as the phones do.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const store = {};
globalThis.localStorage = { getItem: (k) => store[k] ?? null, setItem: (k, v) => { store[k] = String(v); } };
globalThis.atob ??= (s) => Buffer.from(s, 'base64').toString('binary');

const js = new URL('../../main/webapp/scanner/js/', import.meta.url);
const offline = await import(new URL('offline.js', js));
const { sha256Hex } = await import(new URL('signature.js', js));
const { subtle } = globalThis.crypto;
const keys = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
const publicKey = Buffer.from(await subtle.exportKey('raw', keys.publicKey)).toString('base64url');
const now = Math.floor(Date.now() / 1000);

/** A version 1 token as the server signs it (tn.entrix.access.AccessToken). */
async function code({ right, event = 5, zone = 10, from = now - 100, until = now + 1000, keyId = 7 }) {
  const p = Buffer.alloc(45);
  p[0] = 1;
  p.writeInt32BE(keyId, 1);
  p.writeBigInt64BE(BigInt(right), 5);
  p.writeBigInt64BE(BigInt(event), 13);
  p.writeBigInt64BE(BigInt(zone), 21);
  p.writeUInt32BE(from, 37);
  p.writeUInt32BE(until, 41);
  const signature = Buffer.from(await subtle.sign({ name: 'Ed25519' }, keys.privateKey, p));
  return Buffer.concat([p, signature]).toString('base64url');
}

const doc = {
  eventId: 5, validUntil: new Date(Date.now() + 3600e3).toISOString(), reentry: 'NONE', salt: 'salt',
  keys: [{ keyId: 7, publicKey }],
  accessPoints: [{ id: 1, code: 'P1', name: 'Porte 1', kind: 'ENTRY', zones: [10] },
    { id: 2, code: 'S1', name: 'Sortie 1', kind: 'BOTH', zones: [10, 11] }],
  zones: [{ id: 10, name: 'Nord', gates: ['Porte 1 (P1)'] }, { id: 11, name: 'Sud', gates: ['Porte 9 (P9)'] }],
  revoked: [99], banned: [await sha256Hex('salt:77')], segregations: [],
};
const reason = async (c, point = 1, direction = 'ENTRY') => (await offline.decide(doc, c, point, direction)).reason;

test('a valid code enters once, leaves, and may not come back without re-entry', async () => {
  const c = await code({ right: 1 });
  assert.equal(await reason(c), 'ENTERED');
  offline.remember(5, 1, 'ENTRY', new Date().toISOString(), 'Porte 1');
  assert.equal(await reason(c), 'ALREADY_INSIDE');
  assert.equal(await reason(c, 2, 'EXIT'), 'EXITED');
  offline.remember(5, 1, 'EXIT');
  assert.equal(await reason(c), 'NO_REENTRY');
});

test('forged, altered and foreign codes are refused with their reason', async () => {
  const altered = Buffer.from(await code({ right: 2 }), 'base64url');
  altered[30] ^= 1;
  assert.equal(await reason(altered.toString('base64url')), 'INVALID');
  assert.equal(await reason('not a ticket'), 'INVALID');
  assert.equal(await reason(await code({ right: 2, keyId: 8 })), 'INVALID');
  assert.equal(await reason(await code({ right: 2, event: 6 })), 'WRONG_EVENT');
  assert.equal(await reason(await code({ right: 99 })), 'REVOKED');
  assert.equal(await reason(await code({ right: 77 })), 'BLACKLISTED');
  assert.equal(await reason(await code({ right: 3, from: now + 100 })), 'TOO_EARLY');
  assert.equal(await reason(await code({ right: 4, until: now - 100, from: now - 1000 })), 'EXPIRED');
});

test('the wrong gate names the right ones; exits need someone inside and a gate that lets out', async () => {
  const wrong = await offline.decide(doc, await code({ right: 5, zone: 11 }), 1, 'ENTRY');
  assert.deepEqual([wrong.reason, wrong.rightGates], ['WRONG_GATE', ['Porte 9 (P9)']]);
  assert.equal(await reason(await code({ right: 8 }), 2, 'EXIT'), 'NOT_INSIDE');
  assert.equal(await reason(await code({ right: 8 }), 1, 'EXIT'), 'ENTRY_ONLY');
});

test('a stored package must verify; an out-of-date one decides nothing', async () => {
  const content = JSON.stringify(doc);
  const signature = Buffer.from(await subtle.sign({ name: 'Ed25519' }, keys.privateKey, Buffer.from(content)))
    .toString('base64url');
  await offline.storePackage({ eventId: 5, keyId: 7, content, signature });
  assert.equal(offline.packageOf(5).eventId, 5);
  await assert.rejects(offline.storePackage({ eventId: 5, keyId: 7, content: content.replace('Nord', 'N'), signature }));
  const old = { ...doc, validUntil: new Date(Date.now() - 1000).toISOString() };
  assert.equal(await offline.decide(old, await code({ right: 9 }), 1, 'ENTRY'), null);
});
