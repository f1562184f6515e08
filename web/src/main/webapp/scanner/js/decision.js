// Shows a decision over the whole screen: green for ADMITTED, red for DENIED, the reason in words and what the
// steward needs to act (holder, zone, seat, the right gates, the earlier entry, whether to call a supervisor).

import { reason, t, timeOfDay } from './i18n.js';

const $ = (id) => document.getElementById(id);

/** How long an admission stays up while the camera scans continuously (a denial waits for a tap). */
const ADMITTED_MS = 2500;
let timer;

function detail(list, label, value) {
  if (value === null || value === undefined || value === '') return;
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

/**
 * @param d a decision shaped like the server's ScanDecision (offline ones too)
 * @param options {offline, autoClose, onClose}
 */
export function showDecision(d, { offline = false, autoClose = false, onClose = () => {} } = {}) {
  const box = $('decision');
  const admitted = d.decision === 'ADMITTED';
  box.className = `decision ${admitted ? 'admitted' : 'denied'}`;
  box.dataset.decision = d.decision;
  box.dataset.reason = d.reason;
  box.querySelector('.decision-icon').textContent = admitted ? '✓' : '✕';
  $('decisionTitle').textContent = admitted ? t('admitted') : t('denied');
  $('decisionReason').textContent = reason(d.reason);
  const list = $('decisionDetails');
  list.replaceChildren();
  detail(list, t('holder'), d.holderName);
  detail(list, t('zone'), d.zone);
  detail(list, t('seat'), d.seat);
  if (d.reason === 'WRONG_GATE' && d.rightGates?.length) detail(list, t('rightGates'), d.rightGates.join(', '));
  if (d.reason === 'ALREADY_INSIDE' && d.earlierEntryAt) {
    detail(list, t('earlierEntry'), [timeOfDay(d.earlierEntryAt), d.earlierEntryGate].filter(Boolean).join(', '));
  }
  const supervisor = $('decisionSupervisor');
  supervisor.hidden = !d.supervisor;
  supervisor.textContent = `⚠ ${t('supervisor')}`;
  const note = $('decisionOffline');
  note.hidden = !offline && !d.replay;
  note.textContent = offline ? t('offlineDecision') : t('replay');
  box.hidden = false;

  clearTimeout(timer);
  const close = () => {
    clearTimeout(timer);
    box.hidden = true;
    box.onclick = null;
    onClose();
  };
  box.onclick = close;
  if (admitted && autoClose) timer = setTimeout(close, ADMITTED_MS);
}

/** Whether a decision is on screen. */
export function decisionShown() {
  return !$('decision').hidden;
}
