package tn.entrix.audit;

/** How much an audited action matters to security review: HIGH and CRITICAL are read by supervisors. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
