package tn.entrix.platform;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Problem} as RFC 9457 wants it: the standard members, then {@code code}, {@code errors},
 * {@code incidentId}, and every extension member (e.g. {@code mappings}, {@code lines}) at the top level.
 */
public class ProblemSerializer implements JsonbSerializer<Problem> {

    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "code",
            "errors", "incidentId", "field");

    @Override
    public void serialize(Problem p, JsonGenerator out, SerializationContext context) {
        out.writeStartObject();
        out.write("type", p.type());
        out.write("title", p.title());
        out.write("status", p.status());
        if (p.detail() != null) {
            out.write("detail", p.detail());
        }
        if (p.instance() != null) {
            out.write("instance", p.instance());
        }
        out.write("code", p.code());
        if (p.errors() != null) {
            out.writeStartArray("errors");
            for (Problem.FieldError error : p.errors()) {
                out.writeStartObject().write("field", error.field()).write("message", error.message()).writeEnd();
            }
            out.writeEnd();
        }
        if (p.incidentId() != null) {
            out.write("incidentId", p.incidentId());
        }
        if (p.extra() != null) {
            for (Map.Entry<String, Object> member : p.extra().entrySet()) {
                if (!RESERVED.contains(member.getKey())) {
                    context.serialize(member.getKey(), member.getValue(), out);
                }
            }
        }
        out.writeEnd();
    }
}
