/** The audit trail: one row per state-changing service call, in the same transaction as the change. */
package tn.entrix.audit;
