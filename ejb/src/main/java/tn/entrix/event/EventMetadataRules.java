package tn.entrix.event;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import tn.entrix.platform.RuleViolationException;

/**
 * What an event's metadata may say, per kind. Sports events may carry {@code security_level} (1–5) and
 * {@code rivalry} (1–5); a concert may carry {@code age_limit} (0–21). Unknown keys are kept as they are.
 */
final class EventMetadataRules {

    private EventMetadataRules() {
    }

    static void check(EventKind kind, JsonObject metadata) {
        if (metadata == null) {
            return;
        }
        boolean sport = kind.isSport();
        for (Map.Entry<String, JsonValue> entry : metadata.entrySet()) {
            switch (entry.getKey()) {
                case "security_level", "rivalry" -> {
                    if (!sport) {
                        throw invalid(entry.getKey(), "is only for sports events");
                    }
                    range(entry, 1, 5);
                }
                case "age_limit" -> range(entry, 0, 21);
                default -> {
                    // free-form keys are allowed
                }
            }
        }
    }

    private static void range(Map.Entry<String, JsonValue> entry, int min, int max) {
        if (!(entry.getValue() instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < min
                || n.intValue() > max) {
            throw invalid(entry.getKey(), "must be a whole number from " + min + " to " + max);
        }
    }

    private static RuleViolationException invalid(String key, String message) {
        return new RuleViolationException("INVALID_EVENT_METADATA", "metadata." + key + " " + message,
                Map.of("field", "metadata." + key));
    }
}
