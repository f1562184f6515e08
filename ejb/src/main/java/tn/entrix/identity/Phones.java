package tn.entrix.identity;

import java.util.regex.Pattern;
import tn.entrix.platform.RuleViolationException;

/** Tunisian phone numbers: 8 digits (mobile 2/4/5/9, fixed 3/7), stored as +216XXXXXXXX. */
public final class Phones {

    private static final Pattern TUNISIAN = Pattern.compile("(?:\\+216|00216)?([2-9]\\d{7})");

    private Phones() {
    }

    /** The number in E.164 form, or null for no number; PHONE_INVALID for anything else. */
    public static String normalize(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        var matcher = TUNISIAN.matcher(phone.replaceAll("[\\s.-]", ""));
        if (!matcher.matches()) {
            throw RuleViolationException.field("PHONE_INVALID", "phone",
                    "A Tunisian phone number has 8 digits, e.g. +216 20 123 456");
        }
        return "+216" + matcher.group(1);
    }
}
