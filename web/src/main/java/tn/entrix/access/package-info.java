/**
 * Access control's REST boundary: a holder's rights with their QR codes and PDF tickets, staff listing and
 * revocation, and the events' public keys for scanners.
 */
package tn.entrix.access;
