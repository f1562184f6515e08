package tn.entrix.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Runs Payara's {@code asadmin} non-interactively, with a time limit, capturing what it prints. */
final class Asadmin {

    /**
     * {@code multimode} exits 0 even when a command in its file failed (only the last command decides), so every
     * "Command X failed." line counts as a failure, whatever the exit code says.
     */
    private static final Pattern FAILED_COMMAND = Pattern.compile("(?m)^Command \\S+ failed\\.");

    /** What a command printed and how it ended. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0 && !FAILED_COMMAND.matcher(output).find();
        }
    }

    private final Path executable;

    Asadmin(Path payaraHome) {
        this.executable = payaraHome.resolve("bin/asadmin");
    }

    Result run(Duration timeout, String... arguments) {
        return run(timeout, Map.of(), false, List.of(arguments));
    }

    /** Runs and throws a {@link StackFailure} holding the command's output when it fails. */
    Result require(Duration timeout, String... arguments) {
        return require(timeout, Map.of(), false, List.of(arguments));
    }

    /**
     * @param environment added to this process's environment; a server started by {@code start-domain} inherits
     *                    it, which is how secrets reach the server without being written into domain.xml
     * @param detached    in its own session (see {@link Processes#detached}), for {@code start-domain}
     */
    Result require(Duration timeout, Map<String, String> environment, boolean detached, List<String> arguments) {
        Result result = run(timeout, environment, detached, arguments);
        if (!result.ok()) {
            throw new StackFailure("asadmin " + String.join(" ", arguments) + " failed (exit " + result.exitCode()
                    + "):\n" + result.output().strip());
        }
        return result;
    }

    Result run(Duration timeout, Map<String, String> environment, boolean detached, List<String> arguments) {
        if (!Files.isExecutable(executable)) {
            // checked here, not earlier: 'down' and 'status' work without Payara when nothing was ever started
            throw new StackFailure("No asadmin at " + executable
                    + ": build once with 'mvn install' (the config module unpacks Payara Server there)"
                    + " or pass --payara DIR");
        }
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.add("--interactive=false");
        command.addAll(arguments);
        Path output = null;
        try {
            // Output goes to a file, not a pipe: a server started by start-domain could inherit a pipe and keep it
            // open, and reading it to the end would then wait for the server to stop.
            output = Files.createTempFile("entrix-asadmin", ".out");
            ProcessBuilder builder = new ProcessBuilder(detached ? Processes.detached(command) : command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            // without a terminal type, multimode's line editor prints "Unable to retrieve infocmp" noise
            builder.environment().putIfAbsent("TERM", "dumb");
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeout.toSeconds() + " s\n" + read(output));
            }
            return new Result(process.exitValue(), read(output));
        } catch (IOException e) {
            return new Result(-1, "could not run asadmin: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
