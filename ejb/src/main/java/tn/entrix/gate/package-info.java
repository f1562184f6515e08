/**
 * The gate: scanner devices, the scan decision (check-and-admit under the access right's row lock), the access
 * control log, live occupancy, offline packages and the upload of offline scans, and each event's gate policy
 * (re-entry, capacity alerts, derby segregation).
 */
package tn.entrix.gate;
