package tn.entrix.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import tn.entrix.platform.RuleViolationException;

class EventLifecycleTest {

    @Test
    void theNormalPathAndItsGuards() {
        assertTrue(EventStatus.DRAFT.canMoveTo(EventStatus.PUBLISHED));
        assertTrue(EventStatus.PUBLISHED.canMoveTo(EventStatus.ON_SALE));
        assertTrue(EventStatus.ON_SALE.canMoveTo(EventStatus.CLOSED));
        assertTrue(EventStatus.CLOSED.canMoveTo(EventStatus.DONE));
        assertFalse(EventStatus.DRAFT.canMoveTo(EventStatus.ON_SALE));
        assertFalse(EventStatus.DRAFT.canMoveTo(EventStatus.POSTPONED));
        assertTrue(EventStatus.POSTPONED.canMoveTo(EventStatus.ON_SALE));
    }

    @Test
    void postponingTakesNewDatesAndIsNotAPlainChange() {
        assertFalse(EventStatus.DRAFT.canPostpone());
        assertTrue(EventStatus.PUBLISHED.canPostpone());
        assertTrue(EventStatus.POSTPONED.canPostpone(), "a postponed event may be postponed again");
        assertFalse(EventStatus.DONE.canPostpone());
        assertFalse(EventStatus.ON_SALE.changes().contains(EventStatus.POSTPONED));
        assertEquals(java.util.Set.of(EventStatus.PUBLISHED, EventStatus.CANCELLED), EventStatus.DRAFT.changes());
    }

    @Test
    void doneAndCancelledAreFinal() {
        for (EventStatus target : EventStatus.values()) {
            assertFalse(EventStatus.DONE.canMoveTo(target));
            assertFalse(EventStatus.CANCELLED.canMoveTo(target));
        }
        for (EventStatus live : new EventStatus[]{EventStatus.DRAFT, EventStatus.PUBLISHED, EventStatus.ON_SALE,
                EventStatus.CLOSED, EventStatus.POSTPONED}) {
            assertTrue(live.canMoveTo(EventStatus.CANCELLED), live + " can be cancelled");
        }
    }

    @Test
    void metadataIsCheckedPerKind() {
        EventMetadataRules.check(EventKind.FOOTBALL, Json.createObjectBuilder().add("security_level", 4)
                .add("rivalry", 5).add("broadcaster", "Watania").build());
        var tooHigh = assertThrows(RuleViolationException.class, () -> EventMetadataRules.check(EventKind.FOOTBALL,
                Json.createObjectBuilder().add("security_level", 9).build()));
        assertEquals("INVALID_EVENT_METADATA", tooHigh.code());
        assertEquals("metadata.security_level", tooHigh.details().get("field"));
        assertThrows(RuleViolationException.class, () -> EventMetadataRules.check(EventKind.CONCERT,
                Json.createObjectBuilder().add("rivalry", 3).build()));
        assertThrows(RuleViolationException.class, () -> EventMetadataRules.check(EventKind.CONCERT,
                Json.createObjectBuilder().add("age_limit", "18").build()));
    }
}
