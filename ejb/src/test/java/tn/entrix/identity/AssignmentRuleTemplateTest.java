package tn.entrix.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignmentRuleTemplateTest {

    @Test
    void fillsTheSeasonAndEventPlaceholders() {
        assertEquals("abonnes-2026-27", AssignmentService.fill("abonnes-{season}", Map.of("season", "2026-27")));
        assertEquals("Abonnés 2026-27 (CA-EST)", AssignmentService.fill("Abonnés {season} ({event})",
                Map.of("season", "2026-27", "event", "CA-EST")));
        assertEquals("vip-{season}", AssignmentService.fill("vip-{season}", Map.of()));
    }
}
