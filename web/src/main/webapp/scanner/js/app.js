// The scanner's screens and flow: sign-in → device and gate → scanning. Online, every scan is the server's decision;
// when the network fails it is decided here with the event's offline package and queued, and the queue is uploaded
// as soon as the server answers again. The steward's token lives in sessionStorage (gone with the tab); the device
// credential, the chosen gate, the packages and the queue in localStorage (they must survive a restart at the gate).

import * as api from './api.js';
import { NetworkError } from './api.js';
import { Camera } from './camera.js';
import { decisionShown, showDecision } from './decision.js';
import { reason, t, timeOfDay, translatePage } from './i18n.js';
import * as offline from './offline.js';
import { nonce } from './signature.js';
import { parseToken } from './token.js';

const $ = (id) => document.getElementById(id);
const TOKEN = 'entrix.scanner.token';
const DEVICE = 'entrix.scanner.device';
const GATE = 'entrix.scanner.gate';
const CAMERA = 'entrix.scanner.camera';
const UPLOAD_EVERY_MS = 15000;
const PACKAGES_EVERY_MS = 10 * 60000;
const UPLOAD_CHUNK = 500;
const RECENT = 6;

const state = {
  token: sessionStorage.getItem(TOKEN),
  device: localStorage.getItem(DEVICE),
  gate: JSON.parse(localStorage.getItem(GATE) || 'null'), // {eventId, accessPointId, direction}
  uploading: false,
};
let camera;

// --- screens -----------------------------------------------------------------------------------------------------

function show(screen) {
  for (const id of ['signin', 'setup', 'scan']) $(id).hidden = id !== screen;
  $('network').hidden = screen === 'signin';
  if (screen !== 'scan') camera?.stop();
}

function error(id, text) {
  $(id).textContent = text ?? '';
  $(id).hidden = !text;
}

function toast(text) {
  const box = $('toast');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 4000);
}

function setNetwork(online) {
  const badge = $('network');
  badge.textContent = online ? t('online') : t('offline');
  badge.className = `network ${online ? 'online' : 'offline'}`;
}

function renderPending() {
  const n = offline.queued().length;
  $('pending').hidden = n === 0;
  $('pending').textContent = t('pending', { n });
}

function sessionExpired() {
  state.token = null;
  sessionStorage.removeItem(TOKEN);
  show('signin');
  error('signinError', t('sessionExpired'));
}

// --- 1. sign-in --------------------------------------------------------------------------------------------------

async function signIn(event) {
  event.preventDefault();
  error('signinError');
  try {
    state.token = await api.signIn($('username').value.trim(), $('password').value);
    sessionStorage.setItem(TOKEN, state.token);
    $('password').value = '';
    openSetup();
  } catch (e) {
    error('signinError', e instanceof NetworkError ? t('error') + t('offline') : t('signInFailed'));
  }
}

// --- 2. device and gate ------------------------------------------------------------------------------------------

function openSetup() {
  show('setup');
  $('deviceCredential').value = state.device ?? '';
  $('gateForm').hidden = true;
  if (state.device) checkDevice();
}

async function checkDevice(event) {
  event?.preventDefault();
  error('deviceError');
  const credential = $('deviceCredential').value.trim();
  try {
    const device = await api.whichDevice(state.token, credential);
    state.device = credential;
    localStorage.setItem(DEVICE, credential);
    setNetwork(true);
    $('deviceName').textContent = `${device.name} (#${device.id})`;
    await fetchPackages(device.eventIds);
  } catch (e) {
    if (e instanceof NetworkError && state.device === credential && offline.packages().length) {
      setNetwork(false); // at the gate without network: go on with what the phone keeps
    } else if (e.status === 401 && e.code !== 'DEVICE_CREDENTIAL_INVALID' && e.code !== 'DEVICE_CREDENTIAL_MISSING') {
      sessionExpired();
      return;
    } else {
      error('deviceError', e.status === 403 && e.code !== 'DEVICE_REVOKED' ? t('notSteward')
        : t('deviceRefused') + (e.message || t('offline')));
      return;
    }
  }
  fillEvents();
}

/** Fetches and keeps the offline package of each event of the device (one failing does not stop the others). */
async function fetchPackages(eventIds) {
  offline.keepOnly(eventIds);
  await Promise.allSettled(eventIds.map(async (id) => offline.storePackage(
    await api.offlinePackage(state.token, state.device, id))));
}

function fillEvents() {
  const docs = offline.packages();
  if (!docs.length) {
    error('deviceError', t('noEvents'));
    return;
  }
  const select = $('event');
  select.replaceChildren(...docs.map((d) => new Option(d.eventName, d.eventId)));
  if (state.gate && docs.some((d) => d.eventId === state.gate.eventId)) select.value = state.gate.eventId;
  fillAccessPoints();
  $('gateForm').hidden = false;
}

function fillAccessPoints() {
  const doc = offline.packageOf(Number($('event').value));
  const select = $('accessPoint');
  select.replaceChildren(...doc.accessPoints.map((p) => new Option(`${p.name} (${p.code})`, p.id)));
  if (state.gate && doc.accessPoints.some((p) => p.id === state.gate.accessPointId)) {
    select.value = state.gate.accessPointId;
    $(state.gate.direction === 'EXIT' ? 'dirExit' : 'dirEntry').checked = true;
  }
  fitDirection();
}

/** An entry-only point cannot record exits, and the other way round. */
function fitDirection() {
  const doc = offline.packageOf(Number($('event').value));
  const point = doc.accessPoints.find((p) => p.id === Number($('accessPoint').value));
  $('dirEntry').disabled = point?.kind === 'EXIT';
  $('dirExit').disabled = point?.kind === 'ENTRY';
  if (point?.kind === 'EXIT') $('dirExit').checked = true;
  if (point?.kind === 'ENTRY') $('dirEntry').checked = true;
}

function startChecking(event) {
  event.preventDefault();
  state.gate = {
    eventId: Number($('event').value),
    accessPointId: Number($('accessPoint').value),
    direction: $('dirExit').checked ? 'EXIT' : 'ENTRY',
  };
  localStorage.setItem(GATE, JSON.stringify(state.gate));
  openScan();
}

// --- 3. scanning -------------------------------------------------------------------------------------------------

function openScan() {
  const doc = offline.packageOf(state.gate.eventId);
  const point = doc?.accessPoints.find((p) => p.id === state.gate.accessPointId);
  if (!point) {
    openSetup();
    return;
  }
  show('scan');
  $('whereGate').textContent = `${point.name} (${point.code})`;
  $('whereEvent').textContent = doc.eventName;
  $('whereDirection').textContent = state.gate.direction === 'EXIT' ? t('exit') : t('entry');
  $('whereDirection').className = `where-direction ${state.gate.direction.toLowerCase()}`;
  renderPending();
  if (localStorage.getItem(CAMERA) === 'on') startCamera();
  $('manualCode').focus();
}

async function startCamera() {
  camera ??= new Camera($('video'), (code) => check(code));
  error('cameraError');
  try {
    $('video').hidden = false;
    await camera.start();
    localStorage.setItem(CAMERA, 'on');
    $('cameraToggle').textContent = t('cameraStop');
  } catch {
    $('video').hidden = true;
    localStorage.removeItem(CAMERA);
    error('cameraError', t('cameraUnavailable'));
  }
}

function toggleCamera() {
  if (camera?.running) {
    camera.stop();
    $('video').hidden = true;
    localStorage.removeItem(CAMERA);
    $('cameraToggle').textContent = t('camera');
  } else {
    startCamera();
  }
}

/** One code read or typed: the server's decision, or, without network, the package's. */
async function check(code) {
  if (!code || decisionShown()) return;
  error('scanError');
  camera?.pause(true);
  const { eventId, accessPointId, direction } = state.gate;
  const request = { code, accessPointId, direction, nonce: nonce() };
  let decision;
  let decidedOffline = false;
  try {
    if (navigator.onLine === false) throw new NetworkError('navigator offline');
    decision = await api.scan(state.token, state.device, request);
    setNetwork(true);
    learn(decision, code);
    uploadQueue();
  } catch (e) {
    if (!(e instanceof NetworkError)) {
      camera?.pause(false);
      if (e.status === 401 && !String(e.code).startsWith('DEVICE_')) sessionExpired();
      else error('scanError', t('error') + e.message);
      return;
    }
    setNetwork(false);
    decision = await decideOffline(eventId, request);
    if (!decision) {
      camera?.pause(false);
      return;
    }
    decidedOffline = true;
  }
  $('manualCode').value = '';
  addRecent(decision, decidedOffline);
  showDecision(decision, {
    offline: decidedOffline,
    autoClose: camera?.running,
    onClose: () => {
      camera?.pause(false);
      $('manualCode').focus();
    },
  });
}

/** The last decisions under the scan field, newest first: what the steward just did, at a glance. */
function addRecent(decision, decidedOffline) {
  const item = document.createElement('li');
  item.className = decision.decision === 'ADMITTED' ? 'admitted' : 'denied';
  const who = [decision.holderName, decision.zone, decision.seat].filter(Boolean).join(' · ');
  item.textContent = `${timeOfDay(new Date().toISOString(), true)}  ${decision.decision === 'ADMITTED' ? '✓' : '✕'} `
    + `${reason(decision.reason)}${who ? ` — ${who}` : ''}${decidedOffline ? ` (${t('offline').toLowerCase()})` : ''}`;
  const list = $('recentList');
  list.prepend(item);
  while (list.children.length > RECENT) list.lastElementChild.remove();
  $('recent').hidden = false;
}

/** Decides with the stored package, queues the scan for upload, and remembers an admission. */
async function decideOffline(eventId, request) {
  const doc = offline.packageOf(eventId);
  const decision = doc && await offline.decide(doc, request.code, request.accessPointId, request.direction);
  if (!decision) {
    error('scanError', doc ? t('packageExpired') : t('noPackage'));
    return null;
  }
  const scannedAt = new Date().toISOString();
  offline.enqueue({ ...request, scannedAt, offlineDecision: decision.decision, offlineReason: decision.reason });
  if (decision.decision === 'ADMITTED') {
    offline.remember(eventId, decision.rightId, request.direction, scannedAt, $('whereGate').textContent);
  }
  renderPending();
  return decision;
}

/** What an online decision teaches the offline memory: who went in or out, who is inside already. */
function learn(decision, code) {
  const token = parseToken(code);
  if (!token) return;
  if (decision.decision === 'ADMITTED') {
    offline.remember(token.eventId, token.rightId, state.gate.direction, new Date().toISOString(),
      $('whereGate').textContent);
  } else if (decision.reason === 'ALREADY_INSIDE') {
    offline.rememberInside(token.eventId, token.rightId);
  }
}

/** Sends the offline scans, oldest first; conflicts the server finds go to supervisors, the steward is told. */
async function uploadQueue() {
  const queue = offline.queued();
  if (state.uploading || !queue.length || !state.token || !state.device) return;
  state.uploading = true;
  try {
    let conflicts = 0;
    for (let i = 0; i < queue.length; i += UPLOAD_CHUNK) {
      const chunk = queue.slice(i, i + UPLOAD_CHUNK);
      const decisions = await api.upload(state.token, state.device, chunk);
      offline.dequeue(chunk.map((s) => s.nonce));
      conflicts += decisions.filter((d) => d.conflict).length;
    }
    setNetwork(true);
    toast(t('uploaded', { n: queue.length }) + (conflicts ? ` · ${t('conflicts', { n: conflicts })}` : ''));
  } catch (e) {
    if (e instanceof NetworkError) setNetwork(false);
    else if (e.status === 401 && !String(e.code).startsWith('DEVICE_')) sessionExpired();
    else toast(t('error') + e.message);
  } finally {
    state.uploading = false;
    renderPending();
  }
}

function signOut() {
  camera?.stop();
  state.token = null;
  sessionStorage.removeItem(TOKEN);
  show('signin');
}

// --- wiring ------------------------------------------------------------------------------------------------------

translatePage();
$('signinForm').addEventListener('submit', signIn);
$('deviceForm').addEventListener('submit', checkDevice);
$('event').addEventListener('change', fillAccessPoints);
$('accessPoint').addEventListener('change', fitDirection);
$('gateForm').addEventListener('submit', startChecking);
$('manualForm').addEventListener('submit', (e) => {
  e.preventDefault();
  check($('manualCode').value.trim());
});
$('cameraToggle').addEventListener('click', toggleCamera);
$('changeGate').addEventListener('click', openSetup);
$('signOut').addEventListener('click', signOut);
$('signOutSetup').addEventListener('click', signOut);
window.addEventListener('online', uploadQueue);
setInterval(uploadQueue, UPLOAD_EVERY_MS);
setInterval(() => {
  if (state.token && state.device && navigator.onLine !== false) {
    api.whichDevice(state.token, state.device).then((d) => fetchPackages(d.eventIds)).catch(() => {});
  }
}, PACKAGES_EVERY_MS);

if (!state.token) show('signin');
else if (!state.device || !state.gate) openSetup();
else openScan();
setNetwork(navigator.onLine !== false);
document.body.dataset.ready = 'true';
