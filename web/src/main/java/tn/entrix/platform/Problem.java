package tn.entrix.platform;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI built from {@code code}; {@code code} is what clients
 * switch on; {@code errors} lists offending fields; {@code incidentId} ties a 500 to its log line; {@code extra}
 * holds extension members, written at the top level by {@link ProblemSerializer}.
 */
@JsonbTypeSerializer(ProblemSerializer.class)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors, String incidentId, Map<String, Object> extra) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One offending input field. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String code, String detail, String instance) {
        return new Problem(type(code), status.getReasonPhrase(), status.getStatusCode(), detail, instance, code,
                null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, code, fieldErrors, incidentId, extra);
    }

    public Problem withIncident(String id) {
        return new Problem(type, title, status, detail, instance, code, errors, id, extra);
    }

    public Problem withExtra(Map<String, Object> more) {
        return new Problem(type, title, status, detail, instance, code, errors, incidentId,
                more == null || more.isEmpty() ? null : more);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    static String type(String code) {
        return "https://entrix.tn/problems/" + code.toLowerCase().replace('_', '-');
    }
}
