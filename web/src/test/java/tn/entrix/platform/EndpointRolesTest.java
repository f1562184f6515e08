package tn.entrix.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every REST method says who may call it: a method without a role declaration fails the build. And a resource that
 * lives for the whole application keeps no request in its fields.
 */
class EndpointRolesTest {

    /** Request values injected into a field: one instance per request only, or the first request's value sticks. */
    private static final List<Class<? extends Annotation>> REQUEST_FIELDS = List.of(PathParam.class,
            QueryParam.class, HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class,
            BeanParam.class, Context.class);

    @Test
    void applicationScopedResourcesTakeRequestValuesAsParameters() throws Exception {
        List<String> sticky = new ArrayList<>();
        int singletons = 0;
        for (Class<?> type : RestApplication.RESOURCES) {
            if (!type.isAnnotationPresent(ApplicationScoped.class)) {
                continue;
            }
            singletons++;
            for (Field field : type.getDeclaredFields()) {
                if (REQUEST_FIELDS.stream().anyMatch(field::isAnnotationPresent)) {
                    sticky.add(type.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertTrue(singletons > 10, "found the application-scoped resources (" + singletons + ")");
        assertTrue(sticky.isEmpty(), "application-scoped resources with request values in fields: " + sticky);
    }

    @Test
    void everyResourceMethodDeclaresItsRoles() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<String> undeclared = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        int checked = 0;
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                if (!RestApplication.RESOURCES.contains(type)) {
                    unlisted.add(type.getSimpleName());
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (isEndpoint(method)) {
                        checked++;
                        if (!declaresRoles(method)) {
                            undeclared.add(type.getSimpleName() + "." + method.getName());
                        }
                    }
                }
            }
        }
        assertTrue(checked > 20, "found the resource methods (" + checked + ")");
        assertTrue(unlisted.isEmpty(), "resources missing from RestApplication.RESOURCES: " + unlisted);
        assertTrue(undeclared.isEmpty(), "REST methods without @Allowed/@Public: " + undeclared);
    }

    private static boolean isEndpoint(Method m) {
        return m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                || m.isAnnotationPresent(DELETE.class) || m.isAnnotationPresent(PATCH.class);
    }

    private static boolean declaresRoles(Method m) {
        return m.isAnnotationPresent(Allowed.class) || m.isAnnotationPresent(Public.class);
    }

}
