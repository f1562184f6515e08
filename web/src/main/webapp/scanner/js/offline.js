// Deciding without the network. The device keeps, per event, the signed offline package (keys, the access points
// and the zones they serve, revoked rights, banned holders' rights as salted hashes, segregation rules, re-entry),
// what it saw itself (who is inside, as far as this device knows), and the queue of scans decided offline until
// the server takes them. The rules follow the server's (GateRules) in the same order; the server decides again at
// upload and flags an admission it would have refused as a conflict for a supervisor.

import { base64url, parseToken } from './token.js';
import { sha256Hex, verify } from './signature.js';

const PACKAGES = 'entrix.scanner.packages';
const PRESENCE = 'entrix.scanner.presence';
const QUEUE = 'entrix.scanner.queue';

const read = (key, empty) => {
  try {
    return JSON.parse(localStorage.getItem(key)) ?? empty;
  } catch {
    return empty;
  }
};
const write = (key, value) => localStorage.setItem(key, JSON.stringify(value));

/**
 * Checks and keeps a package as the server sent it ({eventId, keyId, content, signature}). Its signature is checked
 * with the key it lists: that catches a copy damaged or edited on the phone; the package itself came over the
 * authenticated API.
 */
export async function storePackage(pkg) {
  const doc = JSON.parse(pkg.content);
  const key = doc.keys.find((k) => k.keyId === pkg.keyId);
  const ok = key && await verify(base64url(key.publicKey), key.publicKey, base64url(pkg.signature),
    new TextEncoder().encode(pkg.content));
  if (!ok) throw new Error('offline package signature does not verify');
  const all = read(PACKAGES, {});
  all[pkg.eventId] = pkg;
  write(PACKAGES, all);
  return doc;
}

/** Forgets the packages of events this device no longer scans (re-assigned, or another device on this phone). */
export function keepOnly(eventIds) {
  const all = read(PACKAGES, {});
  for (const id of Object.keys(all)) {
    if (!eventIds.includes(Number(id))) delete all[id];
  }
  write(PACKAGES, all);
}

/** The stored package document of an event, or null. */
export function packageOf(eventId) {
  const pkg = read(PACKAGES, {})[eventId];
  return pkg ? JSON.parse(pkg.content) : null;
}

/** Every stored package document (the events this device may scan). */
export function packages() {
  return Object.values(read(PACKAGES, {})).map((p) => JSON.parse(p.content));
}

// --- presence: who this device saw go in and out -----------------------------------------------------------------

function presenceOf(eventId, rightId) {
  return read(PRESENCE, {})[`${eventId}:${rightId}`] ?? { inside: false, entries: 0 };
}

/** Records an admitted entry or exit (online or offline), so a copy of the code is caught without the network. */
export function remember(eventId, rightId, direction, at, gate) {
  const all = read(PRESENCE, {});
  const p = all[`${eventId}:${rightId}`] ?? { inside: false, entries: 0 };
  if (direction === 'ENTRY') {
    Object.assign(p, { inside: true, entries: p.entries + 1, enteredAt: at, gate });
  } else {
    p.inside = false;
  }
  all[`${eventId}:${rightId}`] = p;
  write(PRESENCE, all);
}

/** The server said the holder is inside already: note it, so that it holds offline too. */
export function rememberInside(eventId, rightId) {
  const all = read(PRESENCE, {});
  const p = all[`${eventId}:${rightId}`] ?? { inside: false, entries: 0 };
  all[`${eventId}:${rightId}`] = { ...p, inside: true, entries: Math.max(1, p.entries) };
  write(PRESENCE, all);
}

// --- the decision ------------------------------------------------------------------------------------------------

const denied = (reason, extra = {}) => ({ decision: 'DENIED', reason, ...extra });

/**
 * Decides a scan with the event's package, as the server would: signature, event, status lists, time, direction,
 * gate and segregation, presence and re-entry. Returns a decision shaped like the server's (no holder name: the
 * package holds no personal data), or null when the package is too old to decide with.
 */
export async function decide(doc, code, accessPointId, direction, now = Date.now()) {
  if (Date.parse(doc.validUntil) < now) return null;
  const token = parseToken(code);
  const point = doc.accessPoints.find((p) => p.id === accessPointId);
  if (!token) return denied('INVALID');
  const key = doc.keys.find((k) => k.keyId === token.keyId);
  if (!key || !await verify(base64url(key.publicKey), key.publicKey, token.signature, token.payload)) {
    return denied('INVALID');
  }
  if (token.eventId !== doc.eventId || !point) return denied('WRONG_EVENT');
  const zone = doc.zones.find((z) => z.id === token.zoneId);
  const shown = { zone: zone?.name ?? null, rightId: token.rightId };
  if (doc.revoked.includes(token.rightId)) return denied('REVOKED', shown);
  const hash = await sha256Hex(`${doc.salt}:${token.rightId}`);
  const presence = presenceOf(doc.eventId, token.rightId);
  if (direction === 'EXIT') {
    if (point.kind === 'ENTRY') return denied('ENTRY_ONLY', shown);
    if (!presence.inside) return denied('NOT_INSIDE', shown);
    return { decision: 'ADMITTED', reason: 'EXITED', ...shown };
  }
  if (now < token.validFrom) return denied('TOO_EARLY', shown);
  if (now > token.validUntil) return denied('EXPIRED', shown);
  if (point.kind === 'EXIT') return denied('EXIT_ONLY', shown);
  const gate = gateReason(doc, point, token, hash);
  if (gate) return denied(gate, { ...shown, rightGates: gate === 'WRONG_GATE' ? zone?.gates ?? [] : [] });
  if (presence.inside) {
    return denied('ALREADY_INSIDE', { ...shown, earlierEntryAt: presence.enteredAt, earlierEntryGate: presence.gate });
  }
  if (presence.entries > 0 && doc.reentry === 'NONE') return denied('NO_REENTRY', shown);
  // as on the server, the ban is checked for a way in only: a banned holder inside may always leave
  if (doc.banned.includes(hash)) return denied('BLACKLISTED', shown);
  return { decision: 'ADMITTED', reason: 'ENTERED', ...shown };
}

/**
 * A segregated supporter goes only through the group's gates into its zones; those gates refuse everyone else;
 * otherwise the access point must serve the ticket's zone (its served zones include the sectors of a stand).
 */
function gateReason(doc, point, token, hash) {
  const rule = doc.segregations.find((s) => s.members.includes(hash));
  if (rule) {
    const zoneOk = rule.zones.length === 0 || rule.zones.includes(token.zoneId);
    const gateOk = rule.gates.length === 0 || rule.gates.includes(point.id);
    return zoneOk && gateOk ? null : 'SEGREGATION';
  }
  if (doc.segregations.some((s) => s.gates.includes(point.id))) return 'SEGREGATION';
  return point.zones.includes(token.zoneId) ? null : 'WRONG_GATE';
}

// --- the queue of offline scans ----------------------------------------------------------------------------------

/** Scans decided offline, oldest first, as the upload sends them. */
export function queued() {
  return read(QUEUE, []);
}

export function enqueue(scan) {
  write(QUEUE, [...queued(), scan]);
}

/** Drops the scans the server has taken (by nonce). */
export function dequeue(nonces) {
  const done = new Set(nonces);
  write(QUEUE, queued().filter((s) => !done.has(s.nonce)));
}
