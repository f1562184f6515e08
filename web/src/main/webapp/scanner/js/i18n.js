// The scanner's words, French by default and English when the phone prefers English. Reasons are the server's
// stable codes (ScanReason), said the way a steward says them at the gate.

const TEXTS = {
  fr: {
    title: 'Scanner Entrix',
    signIn: 'Connexion du contrôleur',
    username: 'Identifiant',
    password: 'Mot de passe',
    signInButton: 'Se connecter',
    signInFailed: 'Identifiant ou mot de passe refusé.',
    notSteward: 'Ce compte n’est pas un compte de contrôleur d’accès.',
    device: 'Appareil',
    deviceCredential: 'Identifiant de l’appareil',
    deviceHint: 'Remis par l’administrateur à l’enrôlement de ce téléphone ; gardé sur l’appareil.',
    deviceButton: 'Valider l’appareil',
    deviceRefused: 'Appareil refusé : ',
    event: 'Événement',
    accessPoint: 'Point d’accès',
    direction: 'Sens',
    entry: 'Entrée',
    exit: 'Sortie',
    start: 'Commencer le contrôle',
    change: 'Changer',
    signOut: 'Déconnexion',
    online: 'En ligne',
    offline: 'Hors ligne',
    pending: '{n} en attente d’envoi',
    camera: 'Scanner avec la caméra',
    cameraStop: 'Arrêter la caméra',
    cameraUnavailable: 'Caméra indisponible : utilisez la saisie manuelle.',
    manual: 'Saisie manuelle du code',
    manualPlaceholder: 'Code du billet',
    check: 'Contrôler',
    admitted: 'AUTORISÉ',
    denied: 'REFUSÉ',
    holder: 'Titulaire',
    zone: 'Zone',
    seat: 'Place',
    rightGates: 'Portes à prendre',
    earlierEntry: 'Entré à',
    supervisor: 'Appeler un superviseur',
    offlineDecision: 'Décision hors ligne',
    replay: 'Même scan déjà envoyé : première décision',
    recent: 'Derniers passages',
    tapToContinue: 'Toucher pour continuer',
    uploaded: '{n} scan(s) hors ligne envoyé(s)',
    conflicts: '{n} conflit(s) signalé(s) au superviseur',
    noPackage: 'Pas de paquet hors ligne pour cet événement : impossible de décider sans réseau.',
    packageExpired: 'Paquet hors ligne périmé : reconnectez-vous au réseau.',
    sessionExpired: 'Session expirée : reconnectez-vous.',
    error: 'Erreur : ',
    noEvents: 'Cet appareil n’est enrôlé pour aucun événement accessible.',
  },
  en: {
    title: 'Entrix scanner',
    signIn: 'Steward sign-in',
    username: 'Username',
    password: 'Password',
    signInButton: 'Sign in',
    signInFailed: 'Username or password refused.',
    notSteward: 'This account is not a steward account.',
    device: 'Device',
    deviceCredential: 'Device credential',
    deviceHint: 'Given by the administrator when this phone was enrolled; kept on the device.',
    deviceButton: 'Check the device',
    deviceRefused: 'Device refused: ',
    event: 'Event',
    accessPoint: 'Access point',
    direction: 'Direction',
    entry: 'Entry',
    exit: 'Exit',
    start: 'Start checking',
    change: 'Change',
    signOut: 'Sign out',
    online: 'Online',
    offline: 'Offline',
    pending: '{n} waiting to upload',
    camera: 'Scan with the camera',
    cameraStop: 'Stop the camera',
    cameraUnavailable: 'Camera unavailable: type the code instead.',
    manual: 'Type the code',
    manualPlaceholder: 'Ticket code',
    check: 'Check',
    admitted: 'ADMITTED',
    denied: 'DENIED',
    holder: 'Holder',
    zone: 'Zone',
    seat: 'Seat',
    rightGates: 'Gates to use',
    earlierEntry: 'Entered at',
    supervisor: 'Call a supervisor',
    offlineDecision: 'Decided offline',
    replay: 'Same scan sent before: first decision',
    recent: 'Latest scans',
    tapToContinue: 'Tap to continue',
    uploaded: '{n} offline scan(s) uploaded',
    conflicts: '{n} conflict(s) raised for a supervisor',
    noPackage: 'No offline package for this event: cannot decide without the network.',
    packageExpired: 'Offline package out of date: get back on the network.',
    sessionExpired: 'Session expired: sign in again.',
    error: 'Error: ',
    noEvents: 'This device is enrolled for no event it can reach.',
  },
};

const REASONS = {
  fr: {
    ENTERED: 'Entrée', EXITED: 'Sortie', INVALID: 'Code invalide', UNKNOWN_RIGHT: 'Titre inconnu',
    REPLACED: 'Ancien code remplacé', REVOKED: 'Titre révoqué', REFUNDED: 'Titre remboursé',
    TRANSFERRED: 'Titre transféré', EVENT_CANCELLED: 'Événement annulé', WRONG_EVENT: 'Autre événement',
    TOO_EARLY: 'Trop tôt', EXPIRED: 'Titre expiré', WRONG_GATE: 'Mauvaise porte', EXIT_ONLY: 'Sortie uniquement',
    ENTRY_ONLY: 'Entrée uniquement', BLACKLISTED: 'Interdit de stade', SEGREGATION: 'Séparation des supporters',
    ZONE_FULL: 'Zone complète', ALREADY_INSIDE: 'Déjà à l’intérieur', NO_REENTRY: 'Pas de seconde entrée',
    NOT_INSIDE: 'Pas à l’intérieur',
  },
  en: {
    ENTERED: 'Entered', EXITED: 'Exited', INVALID: 'Invalid code', UNKNOWN_RIGHT: 'Unknown ticket',
    REPLACED: 'Old code, replaced', REVOKED: 'Ticket revoked', REFUNDED: 'Ticket refunded',
    TRANSFERRED: 'Ticket transferred', EVENT_CANCELLED: 'Event cancelled', WRONG_EVENT: 'Another event',
    TOO_EARLY: 'Too early', EXPIRED: 'Ticket expired', WRONG_GATE: 'Wrong gate', EXIT_ONLY: 'Exit only',
    ENTRY_ONLY: 'Entry only', BLACKLISTED: 'Banned', SEGREGATION: 'Supporter segregation', ZONE_FULL: 'Zone full',
    ALREADY_INSIDE: 'Already inside', NO_REENTRY: 'No re-entry', NOT_INSIDE: 'Not inside',
  },
};

/** 'en' when the phone's first language is English, else French (the stadiums' working language). */
export const lang = (navigator.language || 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';

/** The text of a key, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const text = TEXTS[lang][key] ?? TEXTS.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

/** A reason code in words (the code itself when this version does not know it yet). */
export function reason(code) {
  return REASONS[lang][code] ?? code;
}

/** Fills every [data-t] element's text and every [data-t-placeholder] input's placeholder. */
export function translatePage(root = document) {
  document.documentElement.lang = lang;
  root.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
  root.querySelectorAll('[data-t-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.tPlaceholder); });
}

/** A time of day in Tunis, as every screen of Entrix shows it (whatever the phone's own time zone). */
export function timeOfDay(iso, seconds = false) {
  return new Date(iso).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'fr-FR', {
    hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined, timeZone: 'Africa/Tunis',
  });
}
