package tn.entrix.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Payara 6.2025.9's OpenAPI scanner throws (NullPointerException in ApplicationProcessor.addSchemaParameter, so
 * /openapi answers 500) on a Bean Validation constraint on any constructor or method parameter that is not a
 * {@code @PathParam}. A record's component annotations land on its implicit canonical constructor's parameters, so
 * every constrained record declares its canonical constructor explicitly, with bare parameters.
 */
class OpenApiSafeRecordsTest {

    @Test
    void constrainedRecordsKeepTheirConstraintsOffConstructorParameters() throws Exception {
        List<String> offenders = new ArrayList<>();
        int constrained = 0;
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isRecord() || Arrays.stream(type.getRecordComponents()).noneMatch(this::constrained)) {
                    continue;
                }
                constrained++;
                Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new);
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                boolean annotated = Arrays.stream(canonical.getParameterAnnotations()).anyMatch(a -> a.length > 0);
                if (annotated) {
                    offenders.add(type.getSimpleName());
                }
            }
        }
        assertFalse(constrained == 0, "found the request records");
        assertTrue(offenders.isEmpty(), "records whose canonical constructor parameters carry constraints: "
                + offenders);
    }

    private boolean constrained(RecordComponent component) {
        for (Annotation annotation : component.getAccessor().getAnnotations()) {
            if (annotation.annotationType().getPackageName().startsWith("jakarta.validation")) {
                return true;
            }
        }
        return false;
    }
}
