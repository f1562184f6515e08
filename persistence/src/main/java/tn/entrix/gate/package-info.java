/**
 * The gate's data: enrolled scanner devices. The scan path itself (the access control log, presence, live counters)
 * is written with plain SQL by the gate service, for speed; only the devices, edited from the console and the API,
 * are entities.
 */
package tn.entrix.gate;
