package tn.entrix.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every record whose components carry Bean Validation constraints must be excluded from Payara's OpenAPI scanning
 * (see META-INF/microprofile-config.properties), or /openapi fails with a 500 — and only those.
 */
class OpenApiExclusionTest {

    @Test
    void constrainedRecordsAreExactlyTheExcludedClasses() throws Exception {
        Set<String> constrained = new TreeSet<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isRecord() && Arrays.stream(type.getRecordComponents()).anyMatch(this::constrained)) {
                    constrained.add(name);
                }
            }
        }
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Set<String> excluded = Arrays.stream(config.getProperty("mp.openapi.scan.exclude.classes").split(","))
                .map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(constrained.isEmpty(), "found the request records");
        assertEquals(constrained, excluded);
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
