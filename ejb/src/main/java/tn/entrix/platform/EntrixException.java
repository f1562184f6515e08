package tn.entrix.platform;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * The one base of every business rule failure. It carries a stable {@link #code() code} that clients may switch on
 * (it never changes once shipped) and a {@link Kind kind} that says which HTTP status it becomes. Marked as an
 * application exception with rollback, so the container neither wraps it nor commits half a change.
 */
@ApplicationException(rollback = true, inherited = true)
public class EntrixException extends RuntimeException {

    /** What went wrong, from the caller's point of view; the REST layer maps each to one status. */
    public enum Kind {
        /** The request itself is malformed (400). */
        BAD_REQUEST,
        /** Wrong or missing credentials (401). */
        UNAUTHENTICATED,
        /** Authenticated but not allowed (403). */
        FORBIDDEN,
        /** The addressed thing does not exist, or the caller may not know it exists (404). */
        NOT_FOUND,
        /** The change clashes with the current state: duplicate, in use, concurrent edit (409). */
        CONFLICT,
        /** Well-formed but breaks a business rule (422). */
        RULE_VIOLATED,
        /** A provider we depend on (the payment wallet) answered nonsense or refused our call (502). */
        BAD_GATEWAY,
        /** A provider we depend on does not answer, even after retries; try again later (503). */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String code;
    private final transient Map<String, Object> details;

    public EntrixException(Kind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public EntrixException(Kind kind, String code, String message, Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** Extra members for the problem document (e.g. the offending field), never personal data. */
    public Map<String, Object> details() {
        return details;
    }
}
