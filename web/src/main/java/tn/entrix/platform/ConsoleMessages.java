package tn.entrix.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts and messages of the consoles, in the language of the current view. Business errors arrive as
 * {@link EntrixException}s whose stable code selects the translated text ({@code error.<CODE>} in the bundle); their
 * English message is only the fallback for a code the bundle does not know yet, so a user never sees a stack trace.
 */
public final class ConsoleMessages {

    /** The name under which faces-config.xml publishes the bundle to the pages. */
    public static final String BUNDLE_VAR = "msg";

    private ConsoleMessages() {
    }

    /** The text of {@code key}, with {@code {0}}-style arguments; the key itself when the bundle lacks it. */
    public static String text(String key, Object... arguments) {
        String pattern = textOrNull(key);
        if (pattern == null) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** A confirmation for the growl of the console template. */
    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /**
     * Keeps the messages of this request across the redirect that follows (a save that goes to another page).
     */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** An error for the {@code p:messages for="<target>" forType="key"} of a form, or global when target is null. */
    public static void error(String target, String text) {
        add(target, FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * A business error in the user's language. When the error names a field that the form shows ({@code fields}
     * maps the service's field names to client ids), the message goes beside that field.
     */
    public static void error(String target, EntrixException e, Map<String, String> fields) {
        Object field = e.details().get("field");
        String clientId = field == null ? null : fields.get(field.toString());
        if (clientId != null) {
            fieldError(clientId, describe(e));
        } else {
            error(target, describe(e));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void error(String target, EntrixException e) {
        error(target, e, Map.of());
    }

    /** Marks one input invalid (the theme outlines it) and puts the text beside it. */
    public static void fieldError(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof UIInput input && !(component instanceof UISelectMany)) {
                input.setValid(false);
                // the model already holds what was typed, and the input's submitted value is spent (null or "");
                // an invalid input renders its submitted value, so give it back what the user typed
                Object submitted = input.getSubmittedValue();
                if ((submitted == null || "".equals(submitted)) && input.getValue() != null) {
                    input.setSubmittedValue(input.getValue() instanceof Enum<?> e ? e.name()
                            : input.getValue().toString());
                }
            }
        });
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    /** The translated text of a business error; {@code {name}} placeholders take the error's details. */
    public static String describe(EntrixException e) {
        String pattern = textOrNull("error." + e.code());
        if (pattern == null && e.kind() == EntrixException.Kind.NOT_FOUND) {
            pattern = textOrNull("error.NOT_FOUND");
        }
        if (pattern == null) {
            return e.getMessage();
        }
        String text = pattern;
        for (Map.Entry<String, Object> detail : e.details().entrySet()) {
            Object value = detail.getValue();
            String shown = value instanceof Number number ? NumberFormat.getIntegerInstance(locale()).format(number)
                    : String.valueOf(value);
            text = text.replace("{" + detail.getKey() + "}", shown);
        }
        return text;
    }

    static String textOrNull(String key) {
        try {
            // the user's language (LocaleBacking), not the view root's: in a view action of a GET the view is not
            // built yet and its locale is still the browser's Accept-Language
            return ResourceBundle.getBundle(BUNDLE_BASE, locale(), ConsoleMessages.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static final String BUNDLE_BASE = "tn.entrix.i18n.messages";

    static Locale locale() {
        try {
            return jakarta.enterprise.inject.spi.CDI.current().select(LocaleBacking.class).get().getLocale();
        } catch (RuntimeException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            return faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
