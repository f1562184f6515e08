package tn.entrix.platform;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any failure into a problem document, in one place: business exceptions by their kind and code; Bean
 * Validation into 422 with the offending fields; optimistic-lock and database constraint conflicts into 409;
 * malformed JSON into 400; JAX-RS errors into their status; anything else into a 500 with an incident id that is
 * logged with the stack trace — which never reaches the client.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static Problem from(Throwable failure, String instance) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Problem known = known(t, instance);
            if (known != null) {
                return known;
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + instance, failure);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "Something went wrong on our side. Quote incident " + incident + " to support.", instance)
                .withIncident(incident);
    }

    public static Problem validation(ConstraintViolationException e, String instance) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.isEmpty() ? "The request is invalid"
                : errors.get(0).field() + ": " + errors.get(0).message();
        return new Problem(Problem.type("VALIDATION_FAILED"), "Unprocessable Content", 422, detail, instance,
                "VALIDATION_FAILED", errors, null, null);
    }

    private static Problem known(Throwable t, String instance) {
        if (t instanceof EntrixException e) {
            return business(e, instance);
        }
        if (t instanceof ConstraintViolationException e) {
            return validation(e, instance);
        }
        if (t instanceof OptimisticLockException || t.getClass().getName().equals(
                "org.hibernate.StaleObjectStateException")) {
            return Problem.of(Status.CONFLICT, "STALE_VERSION",
                    "Someone else changed this at the same time; reload and try again", instance);
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return database(sql, instance);
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return Problem.of(Status.BAD_REQUEST, "MALFORMED_JSON",
                    "The request body is not valid JSON for this operation: " + rootMessage(t), instance);
        }
        if (t instanceof WebApplicationException e) {
            return web(e, instance);
        }
        return null;
    }

    private static Problem business(EntrixException e, String instance) {
        Status status = switch (e.kind()) {
            case BAD_REQUEST -> Status.BAD_REQUEST;
            case UNAUTHENTICATED -> Status.UNAUTHORIZED;
            case FORBIDDEN -> Status.FORBIDDEN;
            case NOT_FOUND -> Status.NOT_FOUND;
            case CONFLICT -> Status.CONFLICT;
            case RULE_VIOLATED -> null;
            case BAD_GATEWAY -> Status.BAD_GATEWAY;
            case UNAVAILABLE -> Status.SERVICE_UNAVAILABLE;
        };
        Problem problem = status == null
                ? new Problem(Problem.type(e.code()), "Unprocessable Content", 422, e.getMessage(), instance, e.code(),
                        null, null, null)
                : Problem.of(status, e.code(), e.getMessage(), instance);
        Object field = e.details().get("field");
        if (field != null) {
            problem = problem.withErrors(List.of(new Problem.FieldError(field.toString(), e.getMessage())));
        }
        return problem.withExtra(e.details());
    }

    /** Constraint violations that slipped past the services' own checks (a race between two requests). */
    private static Problem database(SQLException e, String instance) {
        return switch (e.getSQLState()) {
            case "23505" -> Problem.of(Status.CONFLICT, "DUPLICATE", "This already exists", instance);
            case "23503" -> Problem.of(Status.CONFLICT, "IN_USE",
                    "Other records depend on this, or it refers to something missing", instance);
            case "23514", "23502" -> new Problem(Problem.type("CONSTRAINT_VIOLATED"), "Unprocessable Content", 422,
                    "A value breaks a rule of the data model", instance, "CONSTRAINT_VIOLATED", null, null, null);
            case "40001", "40P01", "55P03" -> Problem.of(Status.CONFLICT, "CONCURRENT_UPDATE",
                    "Too many changes at once; try again", instance);
            default -> null;
        };
    }

    private static Problem web(WebApplicationException e, String instance) {
        Response response = e.getResponse();
        int status = response == null ? 500 : response.getStatus();
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "RESOURCE_NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? null : "HTTP_" + status;
        };
        if (code == null) {
            return null; // a server-side failure: handled as an incident
        }
        String detail = switch (status) {
            case 401 -> "Authentication is required: send 'Authorization: Bearer <token>' from POST /api/v1/auth/token";
            case 403 -> "Your roles do not allow this operation";
            case 404 -> "No such resource";
            default -> e.getMessage();
        };
        Status known = Status.fromStatusCode(status);
        return new Problem(Problem.type(code), known == null ? "HTTP " + status : known.getReasonPhrase(), status,
                detail, instance, code, null, null, null);
    }

    private static String field(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                field = node.getName();
            }
        }
        return field == null ? "body" : field;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null) {
            return "unreadable";
        }
        // never echo stack traces or class names
        String first = message.lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) : first;
    }
}
