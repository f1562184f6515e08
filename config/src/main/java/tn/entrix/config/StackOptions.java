package tn.entrix.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's command line. Every option has a default, so {@code Stack up} alone starts the dev stack.
 *
 * @param portBase null: Payara's usual ports (admin 4848, HTTP 8080); N: admin N+48, HTTP N+80 (tests: 20000)
 * @param mailPort the mail sink's port: --mail-port, else 2525, or base + 25 with a port base (a port Payara's
 *                 --portbase leaves free), so that a second stack does not collide with the dev one
 * @param ear      null: nothing to deploy (the integration tests let Arquillian deploy)
 * @param simulator the Flouci simulator's WAR, deployed at /flouci-sim unless ENTRIX_FLOUCI_BASE_URL is set; null:
 *                 not deployed
 */
record StackOptions(String command, Path state, String domain, Integer portBase, int dbPort, int mailPort,
                    boolean freshDb, Path ear, boolean demo, Path payara, Path simulator) {

    static final int DEFAULT_MAIL_PORT = 2525;

    static final String USAGE = """
            usage: Stack up|down|status [options]
              --state DIR     everything the stack creates: pid files, logs, pgdata, secrets, JWT keys, domains/
                              (default <root>/.entrix)
              --domain NAME   Payara domain name (default entrix)
              --portbase N    admin port N+48, HTTP port N+80 (default: Payara's 4848 and 8080)
              --db-port N     embedded PostgreSQL port (default 5433)
              --mail-port N   the mail sink's SMTP port on localhost (default 2525, or N+25 with --portbase N); it
                              writes every email the server sends into <state>/mail/ (no sink when
                              ENTRIX_SMTP_HOST is set)
              --fresh-db      wipe the embedded database's data first
              --ear FILE      deploy (or redeploy) this EAR as 'entrix' and wait until /health/ready
              --demo          the application loads its demo data (-Dentrix.demo-data=true)
              --simulator WAR deploy (or redeploy) this Flouci simulator WAR at /flouci-sim, after the EAR, and point
                              the server at it (not when ENTRIX_FLOUCI_BASE_URL names the real Flouci)
              --payara DIR    Payara Server home (default <root>/.payara/payara6)
            <root> is -Dentrix.root, else the nearest folder above the current one holding pom.xml and config/.
            The database is external when ENTRIX_DB_URL, ENTRIX_DB_USER and ENTRIX_DB_PASSWORD are set; the SMTP
            server when ENTRIX_SMTP_HOST is (with ENTRIX_SMTP_PORT, ENTRIX_SMTP_STARTTLS, ENTRIX_SMTP_USER,
            ENTRIX_SMTP_PASSWORD; the sender is ENTRIX_MAIL_FROM); Flouci is the real one when
            ENTRIX_FLOUCI_BASE_URL, ENTRIX_FLOUCI_PUBLIC_KEY and ENTRIX_FLOUCI_PRIVATE_KEY are set.""";

    static StackOptions parse(String[] args) {
        if (args.length == 0 || !(args[0].equals("up") || args[0].equals("down") || args[0].equals("status"))) {
            throw new StackFailure(USAGE);
        }
        Path state = null;
        String domain = "entrix";
        Integer portBase = null;
        int dbPort = 5433;
        Integer mailPort = null;
        boolean freshDb = false;
        Path ear = null;
        boolean demo = false;
        Path payara = null;
        Path simulator = null;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--fresh-db" -> freshDb = true;
                case "--demo" -> demo = true;
                case "--state" -> state = Path.of(value(args, ++i, option));
                case "--domain" -> domain = value(args, ++i, option);
                case "--portbase" -> portBase = number(value(args, ++i, option), option);
                case "--db-port" -> dbPort = number(value(args, ++i, option), option);
                case "--mail-port" -> mailPort = port(value(args, ++i, option), option);
                case "--ear" -> ear = Path.of(value(args, ++i, option));
                case "--payara" -> payara = Path.of(value(args, ++i, option));
                case "--simulator" -> simulator = Path.of(value(args, ++i, option));
                default -> throw new StackFailure("Unknown option " + option + "\n" + USAGE);
            }
        }
        if (ear != null && !Files.isRegularFile(ear)) {
            throw new StackFailure("No EAR at " + ear.toAbsolutePath() + ": build it first (mvn install)");
        }
        if (simulator != null && !Files.isRegularFile(simulator)) {
            throw new StackFailure("No Flouci simulator WAR at " + simulator.toAbsolutePath()
                    + ": build it first (mvn package)");
        }
        // the root is needed only for the defaults: with --state and --payara, the launcher runs from anywhere
        Path root = state == null || payara == null ? root() : null;
        state = state != null ? state : root.resolve(".entrix");
        payara = payara != null ? payara : root.resolve(".payara/payara6");
        if (mailPort == null) {
            mailPort = portBase == null ? DEFAULT_MAIL_PORT : port(Integer.toString(portBase + 25), "--portbase");
        }
        return new StackOptions(args[0], state.toAbsolutePath().normalize(), domain, portBase, dbPort, mailPort,
                freshDb, ear == null ? null : ear.toAbsolutePath().normalize(), demo,
                payara.toAbsolutePath().normalize(),
                simulator == null ? null : simulator.toAbsolutePath().normalize());
    }

    /** The repository root: -Dentrix.root, else the nearest folder at or above this one with pom.xml and config/. */
    private static Path root() {
        String given = System.getProperty("entrix.root");
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        Path current = Path.of("").toAbsolutePath();
        for (Path folder = current; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("pom.xml")) && Files.isDirectory(folder.resolve("config"))) {
                return folder;
            }
        }
        throw new StackFailure("Cannot find the repository root (a folder with pom.xml and config/) above "
                + current + ": run from inside the repository or pass -Dentrix.root=DIR");
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new StackFailure(option + " needs a value\n" + USAGE);
        }
        return args[index];
    }

    private static int port(String value, String option) {
        int port = number(value, option);
        if (port < 1 || port > 65535) {
            throw new StackFailure(option + " needs a port number (1 to 65535), not " + value);
        }
        return port;
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new StackFailure(option + " needs a number, not " + value);
        }
    }
}
