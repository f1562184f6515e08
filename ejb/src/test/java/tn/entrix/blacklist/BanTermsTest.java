package tn.entrix.blacklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tn.entrix.platform.EntrixException;

/** The terms of a new ban: a person, a scope with exactly its target, sane dates, the CIN as the profile keeps it. */
class BanTermsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static BanRequest request(Long userId, String username, String cin, BanScope scope, Long clubId,
                                      Long eventId, Instant startsAt, Instant endsAt) {
        return new BanRequest(userId, username, cin, "reason", BanSource.CLUB_DECISION, scope, clubId, eventId,
                null, startsAt, endsAt);
    }

    private static String code(BanRequest r) {
        EntrixException e = assertThrows(EntrixException.class, () -> BanTerms.of(r, NOW));
        assertEquals(EntrixException.Kind.BAD_REQUEST, e.kind());
        return e.code();
    }

    @Test
    void defaultsToAStandardBanFromNowWithoutEnd() {
        BanTerms terms = BanTerms.of(request(1L, null, null, BanScope.ALL_EVENTS, null, null, null, null), NOW);
        assertEquals(BanLevel.STANDARD, terms.level());
        assertEquals(NOW, terms.startsAt());
        assertNull(terms.endsAt());
        assertNull(terms.nationalId());
    }

    @Test
    void keepsTheCinAsTheProfileDoes() {
        assertEquals("01234567", BanTerms.of(request(null, null, "  01234567 ", BanScope.ALL_EVENTS, null, null,
                null, null), NOW).nationalId());
        assertNull(BanTerms.nationalId("   "));
        assertEquals("NATIONAL_ID_INVALID", code(request(null, null, "0123 4567", BanScope.ALL_EVENTS, null, null,
                null, null)));
    }

    @Test
    void aBanNamesAPersonOnce() {
        assertEquals("BAN_IDENTITY_REQUIRED", code(request(null, " ", null, BanScope.ALL_EVENTS, null, null, null,
                null)));
        assertEquals("BAN_IDENTITY_AMBIGUOUS", code(request(1L, "fan", null, BanScope.ALL_EVENTS, null, null, null,
                null)));
        assertTrue(BanTerms.of(request(null, "fan", "01234567", BanScope.ALL_EVENTS, null, null, null, null), NOW)
                .nationalId() != null);
    }

    @Test
    void eachScopeNamesExactlyItsTarget() {
        assertEquals("BAN_SCOPE_TARGET", code(request(1L, null, null, BanScope.ALL_EVENTS, 5L, null, null, null)));
        assertEquals("BAN_SCOPE_TARGET", code(request(1L, null, null, BanScope.CLUB, null, null, null, null)));
        assertEquals("BAN_SCOPE_TARGET", code(request(1L, null, null, BanScope.CLUB, 5L, 6L, null, null)));
        assertEquals("BAN_SCOPE_TARGET", code(request(1L, null, null, BanScope.EVENT, null, null, null, null)));
        assertEquals("BAN_SCOPE_TARGET", code(request(1L, null, null, BanScope.EVENT, 5L, 6L, null, null)));
        assertEquals(5L, BanTerms.of(request(1L, null, null, BanScope.CLUB, 5L, null, null, null), NOW).clubId());
        assertEquals(6L, BanTerms.of(request(1L, null, null, BanScope.EVENT, null, 6L, null, null), NOW).eventId());
    }

    @Test
    void aBanEndsAfterItStarts() {
        assertEquals("BAN_DATES_INVALID", code(request(1L, null, null, BanScope.ALL_EVENTS, null, null, null,
                NOW)));
        assertEquals("BAN_DATES_INVALID", code(request(1L, null, null, BanScope.ALL_EVENTS, null, null,
                NOW.plusSeconds(60), NOW)));
        assertEquals(NOW.plusSeconds(60), BanTerms.of(request(1L, null, null, BanScope.ALL_EVENTS, null, null, null,
                NOW.plusSeconds(60)), NOW).endsAt());
    }

    @Test
    void theScopeConditionNamesItsAliases() {
        String sql = Bans.covers("b", "ev");
        assertTrue(sql.contains("b.event_id = ev.id"));
        assertTrue(sql.contains("ep.event_id = ev.id and ep.participant_id = b.club_id"));
        assertTrue(sql.contains("'HOME', 'HEADLINER'"));
        assertEquals(5, Bans.MATCH.chars().filter(ch -> ch == '?').count(), "event, user twice, instant twice");
        assertEquals(Bans.covers("b", "e"), Bans.COVERS, "the constant of the JDBC statements is covers(b, e)");
        assertEquals(2, Bans.BANNED.chars().filter(ch -> ch == '?').count(), "instant twice");
    }
}
