package tn.entrix.blacklist;

import java.time.Instant;
import java.util.Map;
import tn.entrix.platform.EntrixException;

/**
 * The terms of a new ban, checked and normalised without the database: a person (account and/or CIN), a scope with
 * exactly its target, an end after the start. The CIN is kept as the profile keeps it: its 8 digits, spaces around
 * removed. Malformed terms are 400 problems with stable codes.
 */
record BanTerms(String nationalId, BanScope scope, Long clubId, Long eventId, BanLevel level, Instant startsAt,
                Instant endsAt) {

    static BanTerms of(BanRequest r, Instant now) {
        String nationalId = nationalId(r.nationalId());
        boolean account = r.userId() != null || (r.username() != null && !r.username().isBlank());
        if (!account && nationalId == null) {
            throw bad("BAN_IDENTITY_REQUIRED", "userId", "A ban names an account (userId or username) or a CIN");
        }
        if (r.userId() != null && r.username() != null && !r.username().isBlank()) {
            throw bad("BAN_IDENTITY_AMBIGUOUS", "username", "Name the account by userId or by username, not both");
        }
        switch (r.scope()) {
            case ALL_EVENTS -> {
                if (r.clubId() != null || r.eventId() != null) {
                    throw bad("BAN_SCOPE_TARGET", "scope", "A ban of all events names no club and no event");
                }
            }
            case CLUB -> {
                if (r.clubId() == null || r.eventId() != null) {
                    throw bad("BAN_SCOPE_TARGET", "clubId", "A club ban names its club (clubId) and no event");
                }
            }
            case EVENT -> {
                if (r.eventId() == null || r.clubId() != null) {
                    throw bad("BAN_SCOPE_TARGET", "eventId", "An event ban names its event (eventId) and no club");
                }
            }
        }
        Instant starts = r.startsAt() == null ? now : r.startsAt();
        if (r.endsAt() != null && !r.endsAt().isAfter(starts)) {
            throw bad("BAN_DATES_INVALID", "endsAt", "A ban ends after it starts");
        }
        return new BanTerms(nationalId, r.scope(), r.clubId(), r.eventId(),
                r.level() == null ? BanLevel.STANDARD : r.level(), starts, r.endsAt());
    }

    /** A CIN as the profile stores it (8 digits), or null when blank. */
    static String nationalId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String cin = raw.strip();
        if (!cin.matches("\\d{8}")) {
            throw bad("NATIONAL_ID_INVALID", "nationalId", "A CIN is 8 digits");
        }
        return cin;
    }

    private static EntrixException bad(String code, String field, String message) {
        return new EntrixException(EntrixException.Kind.BAD_REQUEST, code, message, Map.of("field", field));
    }
}
