/** The gate's API: scans (online and offline uploads), offline packages, scanner devices, gate policy, live figures. */
package tn.entrix.gate;
