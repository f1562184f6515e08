package tn.entrix.platform;

import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code where} clause of a filtered list, built from the filters actually given. PostgreSQL cannot type a bare
 * {@code :p is null} parameter, so "no filter" means "no condition", never a null parameter. Conditions are JPQL
 * written by the service (never user text); only the values travel as parameters.
 */
public final class Conditions {

    /** The escape character of {@link #contains} patterns. */
    public static final char ESCAPE = '!';

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /**
     * Adds {@code condition} (which names {@code :name}) when {@code value} is given: not null, and for a string not
     * blank.
     */
    public Conditions and(String condition, String name, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        where.append(where.isEmpty() ? " where " : " and ").append('(').append(condition).append(')');
        parameters.put(name, value);
        return this;
    }

    /**
     * Adds a case-insensitive "contains" on one or more paths ({@code lower(path) like :name escape '!'}), when the
     * text is not blank; {@code %} and {@code _} in the text are taken literally.
     */
    public Conditions contains(String name, String text, String... paths) {
        if (text == null || text.isBlank()) {
            return this;
        }
        StringBuilder any = new StringBuilder();
        for (String path : paths) {
            any.append(any.isEmpty() ? "" : " or ").append("lower(").append(path).append(") like :").append(name)
                    .append(" escape '").append(ESCAPE).append('\'');
        }
        return and(any.toString(), name, pattern(text));
    }

    /** {@code %text%}, lower case, with the pattern characters escaped. */
    static String pattern(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder escaped = new StringBuilder("%");
        for (char c : lower.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.append('%').toString();
    }

    /** The clause, with its leading space; empty when nothing is filtered. */
    public String where() {
        return where.toString();
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
