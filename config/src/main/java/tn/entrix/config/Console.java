package tn.entrix.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the launcher prints: one line per step with its duration, so slow steps are visible at a glance. */
final class Console {

    private Console() {
    }

    static void info(String message) {
        System.out.println("entrix: " + message);
    }

    /** Prints "message (12.3 s)" for a step that started at {@code startedNanos}. */
    static void done(String message, long startedNanos) {
        info(message + " (" + seconds(startedNanos) + " s)");
    }

    static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }

    /** The last lines of a log, to append to a failure message; empty when the log does not exist. */
    static String tail(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            // lenient decoding: a server log may hold bytes that are not UTF-8, and a failure report must not fail
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return "\n--- last " + last.size() + " lines of " + log + " ---\n" + String.join("\n", last);
        } catch (IOException e) {
            return "\n(could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}
