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
 * A real PostgreSQL 17 for development and tests, from Maven Central (io.zonky), no install needed. Its data
 * directory is kept between runs. Runs as its own process (the launcher starts it detached) until it is
 * terminated; the shutdown hook stops PostgreSQL cleanly.
 * <p>Usage: {@code EmbeddedDatabase <port> <data-dir> <password-file> [--fresh]}
 */
public final class EmbeddedDatabase {

    static final String DATABASE = "entrix";
    static final String ROLE = "entrix";

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        String password = Files.readString(Path.of(args[2])).strip();
        if (args.length > 3 && args[3].equals("--fresh")) {
            deleteTree(data);
        }
        Files.createDirectories(data.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("synchronous_commit", "on")
                .start();
        createRoleAndDatabase(port, password);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            stop.countDown();
        }));
        System.out.println("READY PostgreSQL on port " + port + ", data in " + data);
        stop.await();
    }

    private static void createRoleAndDatabase(int port, String password) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "")) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", ROLE)) {
                try (Statement s = admin.createStatement()) {
                    s.execute("create role " + ROLE + " login password '" + password.replace("'", "''") + "'");
                }
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", DATABASE)) {
                try (Statement s = admin.createStatement()) {
                    s.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8' template template0");
                }
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
