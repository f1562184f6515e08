package tn.entrix.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bean Validation for console forms against the very request records the services take (VenueRequest,
 * ZoneRequest...), so the constraints are written once, in ejb, and the REST API and the console agree. Messages are
 * interpolated in the user's language and placed beside the field they concern.
 */
@ApplicationScoped
public class FormValidation {

    @Resource
    ValidatorFactory factory;

    /**
     * Checks {@code request}; every violation goes beside its field ({@code fields}: record component → client id) or,
     * for a component the form does not show, into the form's messages ({@code target}).
     *
     * @return true when the request may be sent
     */
    public boolean check(Object request, String target, Map<String, String> fields) {
        Locale locale = ConsoleMessages.locale();
        Set<ConstraintViolation<Object>> violations = factory.usingContext()
                .messageInterpolator(new InLocale(factory.getMessageInterpolator(), locale))
                .getValidator().validate(request);
        // a record component's constraint may be seen on the field and on the accessor: say it once
        Set<String> said = new LinkedHashSet<>();
        for (ConstraintViolation<Object> violation : violations) {
            String property = violation.getPropertyPath().toString();
            String text = required(violation) && ConsoleMessages.textOrNull("required." + property) != null
                    ? ConsoleMessages.textOrNull("required." + property)
                    : translatable(violation)
                    ? orElse(ConsoleMessages.textOrNull("validation." + property), violation.getMessage())
                    : violation.getMessage();
            if (!said.add(property + '\u0000' + text)) {
                continue;
            }
            String clientId = fields.get(property);
            if (clientId != null) {
                ConsoleMessages.fieldError(clientId, text);
            } else {
                ConsoleMessages.error(target, orElse(ConsoleMessages.textOrNull("field." + property), property)
                        + " : " + text);
            }
        }
        if (!violations.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return violations.isEmpty();
    }

    /**
     * A literal message written in English in the record, or a pattern whose standard message would show the user a
     * regular expression: the bundle says it in words, in the user's language.
     */
    private static boolean translatable(ConstraintViolation<?> violation) {
        return !violation.getMessageTemplate().startsWith("{")
                || violation.getConstraintDescriptor().getAnnotation() instanceof Pattern;
    }

    /**
     * A missing value: when the bundle says what to do about this field ({@code required.<property>}: "choose the
     * mapping"), that beats the generic "must not be null".
     */
    private static boolean required(ConstraintViolation<?> violation) {
        Object constraint = violation.getConstraintDescriptor().getAnnotation();
        return constraint instanceof jakarta.validation.constraints.NotNull
                || constraint instanceof jakarta.validation.constraints.NotBlank;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** Interpolates in the console user's language rather than the server's. */
    private record InLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale requested) {
            return delegate.interpolate(template, context, requested);
        }
    }
}
