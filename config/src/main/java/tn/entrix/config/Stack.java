package tn.entrix.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts, stops and reports on a whole Entrix stack — PostgreSQL (embedded unless ENTRIX_DB_URL is set), a Payara
 * Server domain configured from config/, the EAR — for the dev run ({@code ./entrix up}) and the integration tests
 * (it/pom.xml). Everything it creates lives in one state folder.
 * <pre>
 * Stack up|down|status [--state DIR] [--domain NAME] [--portbase N] [--db-port N] [--fresh-db] [--ear FILE]
 *                      [--demo] [--payara DIR]
 * </pre>
 */
public final class Stack {

    private final Options options;

    private Stack(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args);
            Stack stack = new Stack(options);
            switch (options.command) {
                case "up" -> stack.up();
                case "down" -> stack.down();
                case "status" -> stack.status();
                default -> throw new IllegalArgumentException("Unknown command " + options.command
                        + " (up, down, status)");
            }
        } catch (Exception e) {
            System.err.println("\nentrix: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    private void up() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(options.state);
        Secrets secrets = new Secrets(options.state);
        Database database = Database.resolve(options.state, options.dbPort, secrets);
        database.ensureRunning(options.freshDb, secrets);

        Domain domain = domain(secrets);
        String script = Domain.template()
                .replace("@@DB_HOST@@", database.host)
                .replace("@@DB_PORT@@", Integer.toString(database.port))
                .replace("@@DB_NAME@@", database.name)
                .replace("@@DB_USER@@", database.user)
                .replace("@@DEMO_DATA@@", Boolean.toString(options.demo));
        domain.ensureConfigured(script, database.password);
        domain.start();
        if (options.ear != null) {
            domain.deploy(options.ear);
            domain.awaitReady(Duration.ofMinutes(3));
        }
        printSummary(domain, database, secrets, Math.round((System.nanoTime() - started) / 1e9));
    }

    private void down() throws Exception {
        Secrets secrets = new Secrets(options.state);
        if (Files.isDirectory(options.state.resolve("domains"))) {
            domain(secrets).stop();
        }
        if (Files.exists(options.state.resolve("db-password"))) {
            Database.resolve(options.state, options.dbPort, secrets).stop();
        }
    }

    private void status() throws Exception {
        Secrets secrets = new Secrets(options.state);
        Database database = Database.resolve(options.state, options.dbPort, secrets);
        System.out.println("PostgreSQL " + database.jdbcUrl() + ": " + (database.isRunning() ? "running" : "stopped"));
        Domain domain = domain(secrets);
        System.out.println("Payara domain " + options.domain + ": "
                + (domain.exists() ? (domain.isRunning() ? "running on http://localhost:" + domain.httpPort()
                : "stopped") : "not created"));
    }

    private Domain domain(Secrets secrets) throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("ENTRIX_ADMIN_USERNAME", System.getenv().getOrDefault("ENTRIX_ADMIN_USERNAME", "admin"));
        environment.put("ENTRIX_ADMIN_PASSWORD", System.getenv().getOrDefault("ENTRIX_ADMIN_PASSWORD",
                Secrets.read(secrets.adminPasswordFile())));
        environment.put("ENTRIX_JWT_PRIVATE_KEY_FILE", secrets.jwtPrivateKey().toString());
        environment.put("ENTRIX_JWT_PUBLIC_KEY_FILE", secrets.jwtPublicKey().toString());
        return new Domain(options.domain, options.portBase, options.state.resolve("domains"), options.payara,
                environment);
    }

    private void printSummary(Domain domain, Database database, Secrets secrets, long seconds) throws Exception {
        String base = "http://localhost:" + domain.httpPort();
        String admin = System.getenv().getOrDefault("ENTRIX_ADMIN_USERNAME", "admin");
        String passwordSource = System.getenv("ENTRIX_ADMIN_PASSWORD") != null ? "ENTRIX_ADMIN_PASSWORD"
                : secrets.adminPasswordFile().toString();
        StringBuilder out = new StringBuilder()
                .append("\nEntrix is up (").append(seconds).append(" s)\n")
                .append("  Console       ").append(base).append("/\n")
                .append("  REST API      ").append(base).append("/api/v1   (token: POST /api/v1/auth/token)\n")
                .append("  OpenAPI       ").append(base).append("/openapi   Swagger UI: ").append(base)
                .append("/swagger-ui.html\n")
                .append("  Health        ").append(base).append("/health/ready   Metrics: ").append(base)
                .append("/metrics\n")
                .append("  Payara admin  http://localhost:").append(domain.adminPort()).append("\n")
                .append("  Database      ").append(database.jdbcUrl()).append(database.embedded
                        ? " (embedded, data in " + options.state.resolve("pgdata") + ")" : "").append("\n")
                .append("  Superadmin    ").append(admin).append(" / password in ").append(passwordSource)
                .append("\n");
        if (options.demo) {
            out.append("  Demo logins   clubadmin/admin12345 (ADMIN)  steward/steward12345 (BADGECHECKER)\n")
                    .append("                fan/fan12345 (USER)  authority/authority12345 (AUTHORITY)  ")
                    .append("finance/finance12345 (FINANCE)\n");
        }
        out.append("  Logs          ").append(domain.serverLog()).append("\n")
                .append("  Stop with     ./entrix down\n");
        System.out.println(out);
    }

    /** The command line. */
    private record Options(String command, Path state, String domain, int portBase, int dbPort, boolean freshDb,
                           Path ear, boolean demo, Path payara) {

        static Options parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("usage: Stack up|down|status [options]");
            }
            Path root = root();
            Map<String, String> values = new HashMap<>();
            boolean fresh = false;
            boolean demo = false;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--fresh-db" -> fresh = true;
                    case "--demo" -> demo = true;
                    case "--state", "--domain", "--portbase", "--db-port", "--ear", "--payara" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(args[i] + " needs a value");
                        }
                        values.put(args[i], args[++i]);
                    }
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            Path ear = values.containsKey("--ear") ? Path.of(values.get("--ear")).toAbsolutePath() : null;
            if (ear != null && !Files.exists(ear)) {
                throw new IllegalArgumentException("No EAR at " + ear + ": build it with 'mvn install'");
            }
            return new Options(args[0],
                    Path.of(values.getOrDefault("--state", root.resolve(".entrix").toString())).toAbsolutePath(),
                    values.getOrDefault("--domain", "entrix"),
                    Integer.parseInt(values.getOrDefault("--portbase", "8000")),
                    Integer.parseInt(values.getOrDefault("--db-port", "5433")),
                    fresh, ear, demo,
                    Path.of(values.getOrDefault("--payara", root.resolve(".payara/payara6").toString()))
                            .toAbsolutePath());
        }

        /** The repository root: -Dentrix.root, or the nearest folder above holding pom.xml and config/. */
        private static Path root() {
            String given = System.getProperty("entrix.root");
            if (given != null) {
                return Path.of(given).toAbsolutePath();
            }
            Path dir = Path.of("").toAbsolutePath();
            for (Path p = dir; p != null; p = p.getParent()) {
                if (Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("config"))) {
                    return p;
                }
            }
            return dir;
        }
    }
}
