package tn.entrix.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void onlyTheFiltersGivenBecomeConditions() {
        Conditions none = new Conditions().and("e.status = :status", "status", null).contains("q", "  ", "e.name");
        assertEquals("", none.where());
        Conditions some = new Conditions().and("e.status = :status", "status", "DRAFT")
                .and("e.group.id = :group", "group", null)
                .contains("q", "Derby", "e.code", "e.name");
        assertEquals(" where (e.status = :status) and (lower(e.code) like :q escape '!' or lower(e.name) like :q "
                + "escape '!')", some.where());
    }

    @Test
    void patternCharactersAreTakenLiterally() {
        assertEquals("%50!% off!_a!!%", Conditions.pattern(" 50% OFF_a! "));
    }
}
