package tn.entrix.platform;

import java.util.Map;

/** The change clashes with what is stored: a duplicate, something still in use, an edit made on a stale version. */
public class ConflictException extends EntrixException {

    public ConflictException(String code, String message) {
        super(Kind.CONFLICT, code, message);
    }

    public ConflictException(String code, String message, Map<String, Object> details) {
        super(Kind.CONFLICT, code, message, details);
    }

    /** The client edited version {@code expected} but the stored one has moved on. */
    public static ConflictException staleVersion(String entity, Object id, long expected, long actual) {
        return new ConflictException("STALE_VERSION",
                entity + " " + id + " was changed by someone else (version " + expected + " edited, " + actual
                        + " stored); reload and try again",
                Map.of("expectedVersion", expected, "currentVersion", actual));
    }
}
