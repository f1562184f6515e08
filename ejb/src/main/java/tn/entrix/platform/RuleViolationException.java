package tn.entrix.platform;

import java.util.Map;

/** Well-formed input that breaks a business rule (capacity above the venue's, seat range too large...). */
public class RuleViolationException extends EntrixException {

    public RuleViolationException(String code, String message) {
        super(Kind.RULE_VIOLATED, code, message);
    }

    public RuleViolationException(String code, String message, Map<String, Object> details) {
        super(Kind.RULE_VIOLATED, code, message, details);
    }

    /** A rule about one input field; the problem document names it. */
    public static RuleViolationException field(String code, String field, String message) {
        return new RuleViolationException(code, message, Map.of("field", field));
    }
}
