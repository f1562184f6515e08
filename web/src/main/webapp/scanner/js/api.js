// The gate API as the scanner calls it: the steward's bearer token and the device credential (Entrix-Device) on
// every call. A call that cannot reach a healthy server throws NetworkError, which the scanner answers by deciding
// offline; any other refusal is an ApiError carrying the server's problem document (RFC 9457).

const BASE = new URL('../api/v1/', window.location.href);
const TIMEOUT_MS = 6000;

/** The server could not be reached, did not answer in time, or is unavailable (5xx). */
export class NetworkError extends Error {}

/** The server answered with a problem: {status, code, detail}. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code;
  }
}

async function call(method, path, { token, device, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (device) headers['Entrix-Device'] = device;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let response;
  try {
    response = await fetch(new URL(path, BASE), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: abort.signal,
      cache: 'no-store', credentials: 'omit',
    });
  } catch (e) {
    throw new NetworkError(e.message);
  } finally {
    clearTimeout(timer);
  }
  // a gateway or a server in trouble is "no network" for the steward: the gate keeps deciding
  if (response.status >= 500) throw new NetworkError(`HTTP ${response.status}`);
  const json = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

/** A bearer token for the steward (POST /auth/token). */
export async function signIn(username, password) {
  return (await call('POST', 'auth/token', { body: { username, password } })).access_token;
}

/** Which device the credential is, with the access points and events it serves. */
export function whichDevice(token, device) {
  return call('GET', 'scans/device', { token, device });
}

/** The signed offline package of one event. */
export function offlinePackage(token, device, eventId) {
  return call('GET', `scans/offline-package?eventId=${encodeURIComponent(eventId)}`, { token, device });
}

/** One online scan: {code, accessPointId, direction, nonce} → the decision. */
export function scan(token, device, request) {
  return call('POST', 'scans', { token, device, body: request });
}

/** Offline scans (each with scannedAt and offlineDecision) → one decision each, in order. */
export function upload(token, device, scans) {
  return call('POST', 'scans/offline', { token, device, body: { scans } });
}
