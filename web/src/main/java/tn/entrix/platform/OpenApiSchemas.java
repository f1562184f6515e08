package tn.entrix.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with the schemas of our request and view records, which Payara's scanner does not
 * derive: every request body and success response gets its schema (Bean Validation constraints included), every
 * 4xx/5xx response the problem document. Registered as mp.openapi.filter; reads the resources listed in
 * {@link RestApplication#RESOURCES} by reflection.
 */
public class OpenApiSchemas implements OASFilter {

    private static final String API = "/api/v1";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema("Problem", problem());
        for (Class<?> resource : RestApplication.RESOURCES) {
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb == null || api.getPaths() == null) {
                    continue;
                }
                PathItem item = api.getPaths().getPathItem(path(resource, method));
                Operation operation = item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(verb));
                if (operation != null) {
                    describe(operation, method, components);
                }
            }
        }
    }

    private void describe(Operation operation, Method method, Components components) {
        for (Parameter parameter : method.getParameters()) {
            if (isBody(parameter)) {
                String media = method.isAnnotationPresent(Consumes.class)
                        ? method.getAnnotation(Consumes.class).value()[0] : "application/json";
                operation.setRequestBody(OASFactory.createRequestBody().required(true)
                        .content(content(media, schema(parameter.getParameterizedType(), components))));
            }
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        Type returned = method.getGenericReturnType();
        if (returned == void.class) {
            if (!responses.hasAPIResponse("204")) {
                responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done"));
            }
        } else {
            Type entity = returned == Response.class ? (method.isAnnotationPresent(ResponseView.class)
                    ? method.getAnnotation(ResponseView.class).value() : null) : returned;
            String code = successCode(responses);
            if (entity != null) {
                var response = responses.hasAPIResponse(code) ? responses.getAPIResponse(code)
                        : OASFactory.createAPIResponse().description("OK");
                response.setContent(content("application/json", schema(entity, components)));
                responses.addAPIResponse(code, response);
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(content("application/problem+json", OASFactory.createSchema().ref("Problem")));
            }
        });
    }

    private static String successCode(APIResponses responses) {
        return responses.getAPIResponses() == null ? "200" : responses.getAPIResponses().keySet().stream()
                .filter(c -> c.startsWith("2")).findFirst().orElse("200");
    }

    /** The schema of a Java type; records become named component schemas, referenced. */
    static Schema schema(Type type, Components components) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schema(args[0], components));
            }
            if (raw == Page.class) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .addProperty("items", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                                .items(schema(args[0], components)))
                        .addProperty("page", integer()).addProperty("size", integer())
                        .addProperty("total", integer());
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            }
            return schema(raw, components);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return integer().format(c == int.class || c == Integer.class ? "int32" : "int64");
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        if (c == Instant.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        }
        if (c == LocalDate.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
        }
        if (c.isEnum()) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING)
                    .enumeration(Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
        }
        if (JsonArray.class.isAssignableFrom(c)) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY);
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                Schema record = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
                components.addSchema(name, record); // before the components: records may refer to themselves
                for (RecordComponent component : c.getRecordComponents()) {
                    Schema property = schema(component.getGenericType(), components);
                    constrain(property, component.getAccessor().getAnnotations());
                    if (required(component.getAccessor().getAnnotations())) {
                        record.addRequired(component.getName());
                    }
                    record.addProperty(component.getName(), property);
                }
            }
            return OASFactory.createSchema().ref(name);
        }
        // JsonObject and anything else: a JSON object
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }

    private static void constrain(Schema schema, Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof Size size) {
                if (size.min() > 0) {
                    schema.setMinLength(size.min());
                }
                if (size.max() < Integer.MAX_VALUE) {
                    schema.setMaxLength(size.max());
                }
            } else if (a instanceof NotBlank) {
                schema.setMinLength(1);
            } else if (a instanceof Pattern pattern) {
                schema.setPattern(pattern.regexp());
            } else if (a instanceof Min min) {
                schema.setMinimum(BigDecimal.valueOf(min.value()));
            } else if (a instanceof Max max) {
                schema.setMaximum(BigDecimal.valueOf(max.value()));
            } else if (a instanceof DecimalMin min) {
                schema.setMinimum(new BigDecimal(min.value()));
            } else if (a instanceof DecimalMax max) {
                schema.setMaximum(new BigDecimal(max.value()));
            } else if (a instanceof Positive) {
                schema.setMinimum(BigDecimal.ONE);
            } else if (a instanceof PositiveOrZero) {
                schema.setMinimum(BigDecimal.ZERO);
            }
        }
    }

    private static boolean required(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a instanceof NotNull || a instanceof NotBlank
                || a instanceof NotEmpty);
    }

    private static Schema problem() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem document; 'code' is stable, extension members may follow")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", integer())
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("code", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING))))
                .addProperty("incidentId", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addRequired("type").addRequired("title").addRequired("status").addRequired("code");
    }

    private static Schema integer() {
        return OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
    }

    private static Content content(String media, Schema schema) {
        return OASFactory.createContent().addMediaType(media, OASFactory.createMediaType().schema(schema));
    }

    private static boolean isBody(Parameter p) {
        for (Class<? extends Annotation> a : java.util.List.of(PathParam.class, QueryParam.class, HeaderParam.class,
                CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class)) {
            if (p.isAnnotationPresent(a)) {
                return false;
            }
        }
        return true;
    }

    private static String verb(Method m) {
        return m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    /** The path as Payara writes it in the document: /api/v1/class-path/method-path, no trailing slash. */
    static String path(Class<?> resource, Method method) {
        String path = API + "/" + resource.getAnnotation(Path.class).value()
                + (method.isAnnotationPresent(Path.class) ? "/" + method.getAnnotation(Path.class).value() : "");
        return path.replaceAll("/+", "/").replaceAll("/$", "");
    }
}
