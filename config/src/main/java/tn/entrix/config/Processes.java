package tn.entrix.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Small process helpers: detaching long-lived children, and finding or stopping a process by its pid file. */
final class Processes {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private Processes() {
    }

    /**
     * The command run in its own session when {@code setsid} exists: a Ctrl-C on the terminal that runs
     * {@code ./entrix up} (or Maven stopping its exec) must not also kill the database or the server it started.
     * setsid execs in place (the child is not a group leader), so the pid we get is the real process's.
     */
    static List<String> detached(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> wrapped = new ArrayList<>();
        wrapped.add(SETSID.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * The live process whose pid is in {@code pidFile} and whose command line mentions {@code marker}; the marker
     * guards against a stale pid file naming a pid that the system has since given to some other process.
     */
    static Optional<ProcessHandle> fromPidFile(Path pidFile, String marker) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM (so shutdown hooks run), then SIGKILL if the process has not exited within the grace period. */
    static void terminate(ProcessHandle process, int graceSeconds) {
        process.destroy();
        try {
            process.onExit().get(graceSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("Interrupted while stopping process " + process.pid());
        }
    }
}
