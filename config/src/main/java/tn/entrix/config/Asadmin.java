package tn.entrix.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs Payara's asadmin with a time limit, capturing its output; the environment given is passed to the server. */
final class Asadmin {

    /** What a command printed and how it ended. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private final Path executable;
    private final Map<String, String> environment;

    Asadmin(Path payaraHome, Map<String, String> environment) {
        this.executable = payaraHome.resolve("bin/asadmin");
        this.environment = environment;
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No asadmin at " + executable
                    + ": build once with 'mvn install' so that config/ unpacks Payara Server");
        }
    }

    Result run(int timeoutSeconds, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        try {
            Path log = Files.createTempFile("asadmin", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeoutSeconds + " s: " + String.join(" ", arguments));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    /** Runs and fails loudly: the launcher stops at the first configuration error. */
    Result require(int timeoutSeconds, String... arguments) {
        Result result = run(timeoutSeconds, arguments);
        if (!result.ok()) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed:\n" + result.output());
        }
        return result;
    }
}
