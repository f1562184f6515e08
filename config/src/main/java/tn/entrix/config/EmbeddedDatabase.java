package tn.entrix.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 for development and tests (io.zonky binaries from Maven Central: nothing to install, runs as
 * root too). Its data directory is fixed and kept between runs; {@code --fresh} wipes it first (integration tests).
 * It runs in its own JVM until terminated, and its shutdown hook stops PostgreSQL cleanly. {@link Stack} starts it
 * detached; it can also be run by hand.
 * <pre>
 * EmbeddedDatabase --port 5433 --data DIR [--password-file FILE] [--fresh]
 * </pre>
 * The password of role {@code entrix} comes from the file or from ENTRIX_DB_PASSWORD. Prints a line starting with
 * {@code READY} once the database accepts the application's connections.
 */
public final class EmbeddedDatabase {

    static final String DATABASE = "entrix";
    static final String ROLE = "entrix";

    /** Marks a pg_hba.conf this class wrote, so that it is written once. */
    private static final String HBA_MARKER = "# entrix:";

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = 5433;
        Path data = null;
        String password = System.getenv("ENTRIX_DB_PASSWORD");
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                case "--password-file" -> password = StateDirectory.read(Path.of(args[++i]));
                case "--fresh" -> fresh = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; usage: EmbeddedDatabase --port N --data DIR [--password-file FILE] [--fresh]");
            }
        }
        if (data == null || password == null || password.isBlank()) {
            throw new IllegalArgumentException("--data and a password (--password-file or ENTRIX_DB_PASSWORD) are "
                    + "required");
        }
        if (fresh) {
            wipe(data);
        }
        Files.createDirectories(data.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)          // the data survives restarts: that is the point
                .setRegisterShutdownHook(false)        // ours below logs the stop
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")  // pool of 64 per server, plus tools and tests
                .setServerConfig("synchronous_commit", "on") // zonky turns it off; dev data should survive a crash
                .start();
        prepare(port, password, data);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
                System.out.println("STOPPED PostgreSQL on port " + postgres.getPort());
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            stopped.countDown();
        }, "stop-postgres"));
        System.out.println("READY PostgreSQL on port " + port + ", data in " + data);
        stopped.await();
    }

    /** Role and database for the application, created on first start; the role's password follows the given one. */
    private static void prepare(int port, String password, Path data) throws SQLException, IOException {
        String quotedPassword = "'" + password.replace("'", "''") + "'";
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "");
             Statement sql = admin.createStatement()) {
            if (exists(admin, "select 1 from pg_roles where rolname = ?", ROLE)) {
                sql.execute("alter role " + ROLE + " with login password " + quotedPassword);
            } else {
                sql.execute("create role " + ROLE + " with login password " + quotedPassword);
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", DATABASE)) {
                sql.execute("create database " + DATABASE + " owner " + ROLE
                        + " encoding 'UTF8' template template0");
            }
            if (requirePasswords(data)) {
                sql.execute("select pg_reload_conf()");
            }
        }
    }

    /**
     * zonky's initdb trusts every local connection. The application's role must log in with its password, as it
     * will on a real server, or a wrong password would only show up there. Only the superuser stays trusted from
     * this machine, for the launcher above and for maintenance.
     *
     * @return whether pg_hba.conf was rewritten (and needs a reload)
     */
    private static boolean requirePasswords(Path data) throws IOException {
        Path hba = data.resolve("pg_hba.conf");
        if (Files.readString(hba).contains(HBA_MARKER)) {
            return false;
        }
        Files.writeString(hba, """
                %s the superuser is trusted from this machine; every other role needs its password
                local all postgres                trust
                host  all postgres 127.0.0.1/32   trust
                host  all postgres ::1/128        trust
                local all all                     scram-sha-256
                host  all all      127.0.0.1/32   scram-sha-256
                host  all all      ::1/128        scram-sha-256
                """.formatted(HBA_MARKER));
        return true;
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Deletes a PostgreSQL data directory, refusing anything else: a wrong path must not wipe someone's files. */
    private static void wipe(Path data) throws IOException {
        if (!Files.exists(data)) {
            return;
        }
        boolean isDataDirectory = Files.exists(data.resolve("PG_VERSION"));
        try (Stream<Path> children = Files.list(data)) {
            if (!isDataDirectory && children.findAny().isPresent()) {
                throw new IllegalStateException("--fresh: " + data + " is not a PostgreSQL data directory");
            }
        }
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        System.out.println("Wiped " + data);
    }
}
