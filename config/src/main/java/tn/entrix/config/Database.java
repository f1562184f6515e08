package tn.entrix.config;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Where the stack's PostgreSQL is and how to log in. Either an external server, named by ENTRIX_DB_URL
 * ({@code jdbc:postgresql://host:port/db}), ENTRIX_DB_USER and ENTRIX_DB_PASSWORD, or the embedded one on
 * localhost.
 */
record Database(String host, int port, String name, String user, String password, boolean embedded) {

    static Database fromEnvironment(int embeddedPort, StateDirectory state) {
        String url = System.getenv("ENTRIX_DB_URL");
        if (url == null || url.isBlank()) {
            return new Database("localhost", embeddedPort, EmbeddedDatabase.DATABASE, EmbeddedDatabase.ROLE,
                    StateDirectory.read(state.dbPasswordFile()), true);
        }
        String user = System.getenv("ENTRIX_DB_USER");
        String password = System.getenv("ENTRIX_DB_PASSWORD");
        if (!url.startsWith("jdbc:postgresql://") || user == null || password == null) {
            throw new StackFailure("ENTRIX_DB_URL must look like jdbc:postgresql://host:port/db, and ENTRIX_DB_USER"
                    + " and ENTRIX_DB_PASSWORD must be set with it");
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || path.isEmpty()) {
            throw new StackFailure("ENTRIX_DB_URL " + url + " names no host or no database");
        }
        return new Database(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path, user, password, false);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /**
     * Waits until the application's login works.
     *
     * @param stillStarting false once it is no use waiting longer (the database process died)
     * @return the last error when the database did not answer in time or gave up; null when it answered
     */
    SQLException awaitConnection(Duration timeout, BooleanSupplier stillStarting) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last;
        do {
            try (Connection connection = DriverManager.getConnection(jdbcUrl(), user, password)) {
                if (connection.isValid(5)) {
                    return null;
                }
                last = new SQLException("connection not valid");
            } catch (SQLException e) {
                last = e;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline && stillStarting.getAsBoolean());
        return last;
    }
}
