package tn.entrix.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tn.entrix.platform.RuleViolationException;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"short1", "onlyletterslong", "1234567890123", "password123", "Azerty123", "xamira-2024x"})
    void refusesWeakPasswords(String password) {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> PasswordPolicy.check(password, "amira", "amira@example.tn"));
        assertEquals("WEAK_PASSWORD", e.code());
        assertEquals("password", e.details().get("field"));
    }

    @Test
    void acceptsAPassphraseOrAMixedPassword() {
        assertDoesNotThrow(() -> PasswordPolicy.check("Carthage-1959", "amira", "amira@example.tn"));
        assertDoesNotThrow(() -> PasswordPolicy.check("le stade est plein 2 fois", "amira", null));
    }
}
