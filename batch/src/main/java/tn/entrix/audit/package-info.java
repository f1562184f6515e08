/** Batch jobs over the audit trail (retention). */
package tn.entrix.audit;
