package tn.entrix.config;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the stack's PostgreSQL is: the server named by ENTRIX_DB_URL / ENTRIX_DB_USER / ENTRIX_DB_PASSWORD when
 * set, otherwise an {@link EmbeddedDatabase} process that this class starts detached (pid file in the state folder)
 * and stops.
 */
final class Database {

    final String host;
    final int port;
    final String name;
    final String user;
    final String password;
    final boolean embedded;
    private final Path state;

    private Database(String host, int port, String name, String user, String password, boolean embedded,
                     Path state) {
        this.host = host;
        this.port = port;
        this.name = name;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.state = state;
    }

    static Database resolve(Path state, int embeddedPort, Secrets secrets) throws IOException {
        String url = System.getenv("ENTRIX_DB_URL");
        if (url != null && !url.isBlank()) {
            URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
            return new Database(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), uri.getPath().substring(1),
                    System.getenv().getOrDefault("ENTRIX_DB_USER", "entrix"),
                    System.getenv().getOrDefault("ENTRIX_DB_PASSWORD", ""), false, state);
        }
        return new Database("localhost", embeddedPort, EmbeddedDatabase.DATABASE, EmbeddedDatabase.ROLE,
                Secrets.read(secrets.dbPasswordFile()), true, state);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** Starts the embedded server unless it runs already; then waits until a connection works. */
    void ensureRunning(boolean fresh, Secrets secrets) throws IOException, InterruptedException {
        if (embedded && !isRunning()) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                    EmbeddedDatabase.class.getName(), Integer.toString(port), state.resolve("pgdata").toString(),
                    secrets.dbPasswordFile().toString()));
            if (fresh) {
                command.add("--fresh");
            }
            Path log = state.resolve("logs/postgres.log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Files.writeString(pidFile(), Long.toString(process.pid()));
            System.out.println("Embedded PostgreSQL starting on port " + port + " (log: " + log + ")");
        }
        long deadline = System.currentTimeMillis() + 60_000;
        SQLException last = null;
        while (System.currentTimeMillis() < deadline) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl(), user, password)) {
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("PostgreSQL at " + jdbcUrl() + " does not answer: "
                + (last == null ? "" : last.getMessage()) + tail(state.resolve("logs/postgres.log")));
    }

    void stop() throws IOException, InterruptedException {
        if (!embedded || !Files.exists(pidFile())) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile()).strip());
        var handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            handle.get().destroy(); // SIGTERM: the shutdown hook stops PostgreSQL cleanly
            try {
                handle.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                handle.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile());
        System.out.println("Embedded PostgreSQL stopped");
    }

    boolean isRunning() throws IOException {
        if (Files.exists(pidFile())) {
            long pid = Long.parseLong(Files.readString(pidFile()).strip());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return true;
            }
        }
        try (Socket ignored = new Socket("localhost", port)) {
            return true; // someone listens there already (an earlier run whose pid file is gone)
        } catch (IOException e) {
            return false;
        }
    }

    private Path pidFile() {
        return state.resolve("postgres.pid");
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n--- " + log + " ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30),
                    lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
