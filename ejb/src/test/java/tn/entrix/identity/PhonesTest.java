package tn.entrix.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tn.entrix.platform.RuleViolationException;

class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"20123456", "+216 20 123 456", "00216 20-123-456", "20.123.456"})
    void normalisesTunisianNumbers(String phone) {
        assertEquals("+21620123456", Phones.normalize(phone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "2012345", "+33 6 12 34 56 78", "phone"})
    void refusesOthers(String phone) {
        assertEquals("PHONE_INVALID", assertThrows(RuleViolationException.class, () -> Phones.normalize(phone)).code());
    }

    @Test
    void noNumberIsNull() {
        assertNull(Phones.normalize("  "));
    }
}
