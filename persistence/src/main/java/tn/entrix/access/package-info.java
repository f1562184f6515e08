/**
 * Access control's data: access rights (one per ticket or pass and event, the heart of the model) and the per-event
 * signing keys of their QR tokens.
 */
package tn.entrix.access;
