package tn.entrix.config;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts, stops and reports on a whole Entrix stack, for the dev run ({@code ./entrix up}) and the integration
 * tests (it/pom.xml): PostgreSQL (embedded unless ENTRIX_DB_URL is set), a mail sink that keeps every email the
 * server sends as a file (unless ENTRIX_SMTP_HOST is set), the secrets and JWT keys, a Payara Server domain configured
 * from {@code domain.asadmin}, optionally the EAR. Everything it creates lives in one state folder.
 * <p>
 * {@code up} is idempotent: run again, it keeps the database and its data, the domain and its configuration, and
 * only redeploys the EAR (and applies configuration that changed).
 *
 * @see StackOptions#USAGE
 */
public final class Stack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    static final String APPLICATION = "entrix";

    private final StackOptions options;
    private final StateDirectory state;
    private final Domain domain;

    private Stack(StackOptions options) {
        this.options = options;
        this.state = new StateDirectory(options.state());
        this.domain = new Domain(options.domain(), state.domains(), options.payara());
    }

    public static void main(String[] args) {
        int exitCode = 0;
        try {
            StackOptions options = StackOptions.parse(args);
            Stack stack = new Stack(options);
            switch (options.command()) {
                case "up" -> stack.up();
                case "down" -> stack.down();
                default -> stack.status();
            }
        } catch (StackFailure e) {
            System.err.println("\nentrix: FAILED: " + e.getMessage());
            exitCode = 1;
        } catch (Exception e) {
            System.err.println("\nentrix: FAILED unexpectedly:");
            e.printStackTrace();
            exitCode = 1;
        }
        System.exit(exitCode); // explicit: no thread of the HTTP client may keep the launcher alive
    }

    private void up() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Files.createDirectories(state.root());
        Database database = Database.fromEnvironment(options.dbPort(), state);
        MailSettings mail = MailSettings.fromEnvironment(options.mailPort()); // checked before anything starts
        FlouciSettings flouci = FlouciSettings.fromEnvironment(state);
        startDatabase(database);
        startMailSink(mail);
        JwtKeys jwt = new JwtKeys(state.jwt());
        jwt.ensureExist();
        AccessMasterKey masterKey = new AccessMasterKey(state.accessMasterKey());
        masterKey.ensureExists();
        Superadmin superadmin = Superadmin.fromEnvironment(state);
        // The server inherits these from the start-domain process: secrets reach it without entering domain.xml.
        // A running server keeps what it started with: 'down' then 'up' to change them.
        Map<String, String> serverEnvironment = new LinkedHashMap<>(Map.of(
                "ENTRIX_DB_PASSWORD", database.password(),
                "ENTRIX_ADMIN_USERNAME", superadmin.username(),
                "ENTRIX_ADMIN_PASSWORD", superadmin.password(),
                "ENTRIX_JWT_PRIVATE_KEY_FILE", jwt.privateKey().toString(),
                "ENTRIX_JWT_PUBLIC_KEY_FILE", jwt.publicKey().toString(),
                "ENTRIX_ACCESS_MASTER_KEY_FILE", masterKey.file().toString()));
        serverEnvironment.putAll(mail.serverEnvironment()); // the SMTP login, if any
        serverEnvironment.putAll(flouci.serverEnvironment()); // Flouci's keys and the webhook secret

        boolean wasRunning = startDomain(serverEnvironment);
        Map<String, String> values = new LinkedHashMap<>(Map.of(
                "DB_HOST", database.host(),
                "DB_PORT", Integer.toString(database.port()),
                "DB_NAME", database.name(),
                "DB_USER", database.user(),
                "DEMO_DATA", Boolean.toString(options.demo())));
        values.putAll(mail.domainValues());
        values.putAll(flouci.domainValues(domain.httpPort()));
        int changes = new DomainConfigurer(domain, state.domainScript(domain.name()), database.password())
                .apply(values);
        // A server just started has all its configuration in effect; one that ran before may hold changes that a
        // previous, interrupted 'up' made.
        if ((changes > 0 || wasRunning) && domain.restartRequired()) {
            long restart = System.nanoTime();
            domain.stop();
            domain.start(serverEnvironment);
            Console.done("Domain restarted: the configuration changes needed it", restart);
        }

        if (options.ear() != null) {
            domain.deploy(options.ear(), APPLICATION);
            domain.awaitReady(READY_TIMEOUT);
        }
        deploySimulator(flouci);
        System.out.println(Summary.of(options, database, mail, flouci, domain, superadmin, state,
                Console.seconds(started)));
    }

    /**
     * The Flouci simulator, after the EAR (redeployed on every {@code up}, like the EAR; it keeps nothing worth
     * keeping). Not with the real Flouci: then an earlier {@code up}'s simulator is undeployed.
     */
    private void deploySimulator(FlouciSettings flouci) throws InterruptedException {
        if (!flouci.simulator()) {
            Asadmin.Result undeployed = domain.asadmin().run(Duration.ofMinutes(2), Map.of(), false, List.of(
                    "--port", Integer.toString(domain.adminPort()), "undeploy", FlouciSettings.SIMULATOR_APPLICATION));
            if (undeployed.ok()) {
                Console.info("ENTRIX_FLOUCI_BASE_URL is set: the Flouci simulator was undeployed");
            }
            return;
        }
        if (options.simulator() == null) {
            Console.info("Flouci simulator not deployed (no --simulator): payments will fail until it is");
            return;
        }
        domain.deploy(options.simulator(), FlouciSettings.SIMULATOR_APPLICATION, FlouciSettings.SIMULATOR_CONTEXT);
        domain.awaitOk(FlouciSettings.SIMULATOR_CONTEXT + "/simulator/faults", Duration.ofSeconds(60));
    }

    /**
     * Creates the domain if missing (with the driver in place before its first start) and starts it unless it
     * runs. @return whether it was running already
     */
    private boolean startDomain(Map<String, String> serverEnvironment) {
        if (!domain.exists()) {
            domain.create(options.portBase());
        } else if (options.portBase() != null && domain.adminPort() != options.portBase() + 48) {
            Console.info("Domain " + domain.name() + " exists with admin port " + domain.adminPort()
                    + "; --portbase " + options.portBase() + " applies to new domains only");
        }
        domain.installJdbcDriver();
        if (domain.isRunning()) {
            Console.info("Domain " + domain.name() + " already running");
            return true;
        }
        domain.start(serverEnvironment);
        return false;
    }

    /** The first SUPERADMIN, which the application creates at startup if missing. */
    record Superadmin(String username, String password, String passwordSource) {

        static Superadmin fromEnvironment(StateDirectory state) {
            String username = System.getenv().getOrDefault("ENTRIX_ADMIN_USERNAME", "admin");
            String password = System.getenv("ENTRIX_ADMIN_PASSWORD");
            if (password != null && !password.isBlank()) {
                return new Superadmin(username, password, "from ENTRIX_ADMIN_PASSWORD");
            }
            return new Superadmin(username, StateDirectory.read(state.adminPasswordFile()),
                    "in " + state.adminPasswordFile());
        }
    }

    private void startDatabase(Database database) throws InterruptedException {
        if (database.embedded()) {
            new EmbeddedDatabaseProcess(state, options.dbPort()).ensureRunning(database, options.freshDb());
            return;
        }
        if (options.freshDb()) {
            Console.info("--fresh-db ignored: the database is external (ENTRIX_DB_URL), the launcher never wipes it");
        }
        SQLException failure = database.awaitConnection(Duration.ofSeconds(10), () -> true);
        if (failure != null) {
            throw new StackFailure("External PostgreSQL " + database.jdbcUrl() + " does not accept user "
                    + database.user() + ": " + failure.getMessage());
        }
        Console.info("Using external PostgreSQL " + database.jdbcUrl());
    }

    /**
     * The stack's mail sink when the server sends to it; when ENTRIX_SMTP_HOST names another server, a sink that a
     * previous {@code up} started is no use any more and stops.
     */
    private void startMailSink(MailSettings mail) throws InterruptedException {
        MailSinkProcess sink = new MailSinkProcess(state, options.mailPort());
        if (mail.sink()) {
            sink.ensureRunning();
            return;
        }
        if (sink.process().isPresent()) {
            Console.info("ENTRIX_SMTP_HOST is set: this stack's mail sink is not used any more");
            sink.stop();
        }
        Console.info("Using external SMTP server " + mail.host() + ":" + mail.port());
    }

    /** Stops what runs, in reverse order; safe when nothing does. Data and configuration stay. */
    private void down() {
        if (!Files.isDirectory(state.root())) {
            Console.info("Nothing to stop: no " + state.root());
            return;
        }
        if (domain.isRunning()) {
            // Undeployed first: a domain that starts with an application still deployed loads it in the background
            // while the next 'up' deploys it again, and on a busy machine the two collide (the EAR's startup
            // singleton fails; the simulator's service locator "has been shut down").
            // The next 'up' deploys it anyway; the data stays in the database.
            for (String application : List.of(APPLICATION, FlouciSettings.SIMULATOR_APPLICATION)) {
                Asadmin.Result undeployed = domain.asadmin().run(Duration.ofMinutes(2), Map.of(), false, List.of(
                        "--port", Integer.toString(domain.adminPort()), "undeploy", application));
                if (undeployed.ok()) {
                    Console.info("Undeployed " + application);
                }
            }
            domain.stop();
        } else {
            Console.info("Domain " + domain.name() + " not running");
        }
        MailSinkProcess mailSink = new MailSinkProcess(state, options.mailPort());
        if (mailSink.process().isPresent()) {
            mailSink.stop();
        } else {
            Console.info("Mail sink not running");
        }
        EmbeddedDatabaseProcess database = new EmbeddedDatabaseProcess(state, options.dbPort());
        if (database.process().isPresent() || Files.exists(state.pgdata().resolve("postmaster.pid"))) {
            database.stop();
        } else {
            Console.info("Embedded PostgreSQL not running");
        }
    }

    private void status() {
        System.out.println("State folder    " + state.root() + (Files.isDirectory(state.root()) ? "" : " (absent)"));
        String url = System.getenv("ENTRIX_DB_URL");
        if (url != null && !url.isBlank()) {
            System.out.println("Database        external " + url);
        }
        EmbeddedDatabaseProcess database = new EmbeddedDatabaseProcess(state, options.dbPort());
        System.out.println("Embedded DB     " + database.process()
                .map(p -> "running (pid " + p.pid() + ") on port "
                        + database.runningPort().orElse(options.dbPort()) + ", data in " + state.pgdata())
                .orElse(database.portOpen() ? "not started by this stack, but port " + options.dbPort() + " is taken"
                        : "stopped"));
        String smtpHost = System.getenv("ENTRIX_SMTP_HOST");
        if (smtpHost != null && !smtpHost.isBlank()) {
            System.out.println("SMTP server     external " + smtpHost);
        }
        MailSinkProcess mailSink = new MailSinkProcess(state, options.mailPort());
        System.out.println("Mail sink       " + mailSink.process()
                .map(p -> "running (pid " + p.pid() + ") on port " + mailSink.runningPort().orElse(options.mailPort())
                        + ", messages in " + state.mail())
                .orElse("stopped"));
        if (!domain.exists()) {
            System.out.println("Domain          " + domain.name() + ": not created");
            return;
        }
        if (!domain.isRunning()) {
            System.out.println("Domain          " + domain.name() + ": stopped (" + domain.directory() + ")");
            return;
        }
        System.out.println("Domain          " + domain.name() + ": running, http://localhost:" + domain.httpPort()
                + "/  admin http://localhost:" + domain.adminPort());
        Asadmin.Result applications = domain.asadmin().run(Duration.ofMinutes(1), Map.of(), false,
                List.of("--port", Integer.toString(domain.adminPort()), "list-applications"));
        System.out.println("Applications    " + applications.output().lines()
                .filter(line -> !line.startsWith("Command ") && !line.isBlank()).toList());
    }
}
