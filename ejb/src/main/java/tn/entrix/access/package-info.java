/**
 * Access control: access rights issued when an order is paid, their signed QR tokens (per-event Ed25519 keys sealed
 * under the master key), PNG and PDF tickets mailed to the holder, revocation, and the token verifier gates start with.
 */
package tn.entrix.access;
