package tn.entrix.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@link EmbeddedDatabase} of one state folder, as a detached JVM: started when it does not run, found again
 * through its pid file by later commands, stopped by {@code down}.
 */
final class EmbeddedDatabaseProcess {

    private final StateDirectory state;
    private final int port;

    EmbeddedDatabaseProcess(StateDirectory state, int port) {
        this.state = state;
        this.port = port;
    }

    Optional<ProcessHandle> process() {
        return Processes.fromPidFile(state.postgresPid(), EmbeddedDatabase.class.getName());
    }

    boolean isRunning() {
        return process().isPresent() || portOpen();
    }

    /**
     * Starts the database unless it already runs (a second {@code up} keeps it, and its connections), then waits
     * until the application's login works. {@code fresh} stops a running one first, then wipes its data.
     */
    void ensureRunning(Database database, boolean fresh) throws InterruptedException {
        if (fresh) {
            stop();
            if (portOpen()) {
                throw new StackFailure("--fresh-db: port " + port + " is taken by a PostgreSQL this "
                        + "stack did not start; stop it or choose another --db-port");
            }
        }
        OptionalInt runningOn = runningPort();
        if (process().isPresent() && runningOn.isPresent() && runningOn.getAsInt() != port) {
            throw new StackFailure("The embedded PostgreSQL of " + state.root() + " runs on port "
                    + runningOn.getAsInt() + ", not " + port + ": use --db-port " + runningOn.getAsInt()
                    + ", or stop the stack first");
        }
        long started = System.nanoTime();
        boolean starting = !isRunning();
        Optional<ProcessHandle> child = starting ? Optional.of(start(fresh)) : Optional.empty();
        // a database that runs already answers at once; one that starts gets time to unpack and run initdb
        SQLException failure = database.awaitConnection(Duration.ofSeconds(starting ? 120 : 5),
                () -> child.map(ProcessHandle::isAlive).orElse(true));
        if (failure != null) {
            String why = child.isPresent() && !child.get().isAlive() ? "the embedded PostgreSQL process exited"
                    : failure.getMessage();
            throw new StackFailure("PostgreSQL at " + database.jdbcUrl() + " does not accept user "
                    + database.user() + ": " + why
                    + (starting || process().isPresent() ? "" : "\n(something this stack did not start listens on"
                            + " port " + port + ": another stack's database? use --db-port)")
                    + Console.tail(state.postgresLog(), 30));
        }
        if (starting) {
            Console.done("Embedded PostgreSQL started on port " + port + ", data in " + state.pgdata(),
                    started);
        } else {
            Console.info("Embedded PostgreSQL already running on port " + port);
        }
    }

    /** Stops the database JVM (its shutdown hook stops PostgreSQL) and any PostgreSQL it left behind. */
    void stop() {
        Optional<ProcessHandle> process = process();
        if (process.isPresent()) {
            long started = System.nanoTime();
            Processes.terminate(process.get(), 60);
            Console.done("Embedded PostgreSQL stopped", started);
        }
        stopOrphanedPostgres();
        try {
            Files.deleteIfExists(state.postgresPid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the running PostgreSQL of this data directory listens on: line 4 of its postmaster.pid. */
    OptionalInt runningPort() {
        try {
            List<String> lines = Files.readAllLines(state.pgdata().resolve("postmaster.pid"));
            return lines.size() > 3 ? OptionalInt.of(Integer.parseInt(lines.get(3).strip())) : OptionalInt.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private ProcessHandle start(boolean fresh) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // first on the command line: the pid-file check looks for it, and Linux may cut a long command
                // line (a test classpath) before the main class name
                "-Dentrix.process=" + EmbeddedDatabase.class.getName(),
                "-Xmx128m",
                "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabase.class.getName(),
                "--port", Integer.toString(port),
                "--data", state.pgdata().toString(),
                "--password-file", state.dbPasswordFile().toString()));
        if (fresh) {
            command.add("--fresh");
        }
        try {
            Files.createDirectories(state.logs());
            Process process = new ProcessBuilder(Processes.detached(command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(state.postgresLog().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            Files.writeString(state.postgresPid(), process.pid() + "\n");
            return process.toHandle();
        } catch (IOException e) {
            throw new StackFailure("Could not start the embedded PostgreSQL: " + e.getMessage());
        }
    }

    /**
     * A database JVM killed with SIGKILL leaves its PostgreSQL running, holding the port and the data directory;
     * postmaster.pid names it. SIGTERM is PostgreSQL's "smart shutdown".
     */
    private void stopOrphanedPostgres() {
        Path postmasterPid = state.pgdata().resolve("postmaster.pid");
        try {
            if (!Files.exists(postmasterPid)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).strip());
            Optional<ProcessHandle> postgres = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
            if (postgres.isPresent()) {
                Processes.terminate(postgres.get(), 30);
                Console.info("Stopped a PostgreSQL left running (pid " + pid + ")");
            }
        } catch (IOException | RuntimeException e) {
            Console.info("Could not check " + postmasterPid + ": " + e.getMessage());
        }
    }

    boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
