package tn.entrix.platform;


/** Optimistic locking across requests: an update names the version it edited, a stale one is a 409. */
public final class Versions {

    private Versions() {
    }

    public static void check(String entity, Object id, Long edited, long stored) {
        if (edited == null) {
            throw RuleViolationException.field("VERSION_REQUIRED", "version",
                    "An update must say which version of the " + entity.toLowerCase() + " it edits");
        }
        if (edited != stored) {
            throw ConflictException.staleVersion(entity, id, edited, stored);
        }
    }
}
