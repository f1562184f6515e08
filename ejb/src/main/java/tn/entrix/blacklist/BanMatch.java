package tn.entrix.blacklist;

/**
 * The ban that keeps a person out of an event: what the gate shows the steward and what the audit trail records.
 * {@code level} and {@code source} are the names of {@link BanLevel} and {@link BanSource}.
 */
public record BanMatch(long banId, String level, String source, String reason) {
}
