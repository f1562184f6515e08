package tn.entrix.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Payara Server domain in a state folder's {@code domains/}: its life cycle (create, start, stop, deploy) through
 * asadmin, its ports from its domain.xml. Configuration is {@link DomainConfigurer}'s job.
 */
final class Domain {

    private static final Duration LOCAL_COMMAND = Duration.ofMinutes(5);
    private static final Duration DEPLOY = Duration.ofMinutes(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path domainsDirectory;
    private final Path payaraHome;
    private final Asadmin asadmin;

    Domain(String name, Path domainsDirectory, Path payaraHome) {
        this.name = name;
        this.domainsDirectory = domainsDirectory;
        this.payaraHome = payaraHome;
        this.asadmin = new Asadmin(payaraHome);
    }

    String name() {
        return name;
    }

    Asadmin asadmin() {
        return asadmin;
    }

    Path directory() {
        return domainsDirectory.resolve(name);
    }

    Path serverLog() {
        return directory().resolve("logs/server.log");
    }

    boolean exists() {
        return Files.exists(directory().resolve("config/domain.xml"));
    }

    /** The running server's own pid file; the marker makes sure the pid is still this domain's server. */
    boolean isRunning() {
        return exists() && Processes.fromPidFile(directory().resolve("config/pid"), directory().toString())
                .isPresent();
    }

    int adminPort() {
        return DomainXml.read(directory()).listenerPort("admin-listener");
    }

    int httpPort() {
        return DomainXml.read(directory()).listenerPort("http-listener-1");
    }

    /**
     * Creates the domain (admin user without password: it listens on this machine only for dev and tests).
     *
     * @param portBase null for Payara's usual ports (admin 4848, HTTP 8080); else every port moves together
     *                 (admin = base + 48, HTTP = base + 80), so a test domain does not collide with the dev one
     */
    void create(Integer portBase) {
        long started = System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of("create-domain", "--nopassword=true"));
        if (portBase != null) {
            arguments.addAll(List.of("--portbase", portBase.toString()));
        }
        arguments.addAll(List.of("--domaindir", domainsDirectory.toString(), name));
        try {
            Files.createDirectories(domainsDirectory);
        } catch (IOException e) {
            throw new StackFailure("Cannot create " + domainsDirectory + ": " + e.getMessage());
        }
        asadmin.require(LOCAL_COMMAND, Map.of(), false, arguments);
        Console.done("Domain " + name + " created in " + domainsDirectory + " (admin port " + adminPort()
                + ", HTTP port " + httpPort() + ")", started);
        if (portBase == null && (adminPort() != 4848 || httpPort() != 8080)) {
            // create-domain silently takes a free port when a default one is in use
            Console.info("WARNING: port 4848 or 8080 was in use, so Payara chose others (above). Delete "
                    + directory() + " and run again with --portbase N for predictable ports");
        }
    }

    /**
     * A server-level connection pool loads its driver from glassfish/lib, which is read when the server starts:
     * copied before the first start. The jar is the one this launcher itself runs with, so versions agree.
     */
    void installJdbcDriver() {
        try {
            Path driver = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            Path target = payaraHome.resolve("glassfish/lib").resolve(driver.getFileName());
            if (!Files.exists(target)) {
                Files.copy(driver, target);
                Console.info("PostgreSQL driver copied to " + target);
            }
        } catch (IOException | URISyntaxException e) {
            throw new StackFailure("Cannot install the PostgreSQL driver into " + payaraHome + ": " + e);
        }
    }

    /**
     * Starts the server unless it runs. It inherits {@code environment}: that is how secrets reach it (read with
     * MicroProfile Config or {@code ${ENV=...}}) without being written into domain.xml.
     */
    void start(Map<String, String> environment) {
        if (isRunning()) {
            return;
        }
        long started = System.nanoTime();
        Asadmin.Result result = asadmin.run(LOCAL_COMMAND, environment, true,
                List.of("start-domain", "--domaindir", domainsDirectory.toString(), name));
        if (!result.ok()) {
            throw new StackFailure("Domain " + name + " did not start:\n" + result.output().strip()
                    + Console.tail(serverLog(), 60));
        }
        Console.done("Domain " + name + " started", started);
    }

    /**
     * Stops the server with stop-domain. A server still deploying applications at startup finishes that first and
     * can outlast stop-domain's own 60 s wait; then it gets SIGTERM (its shutdown hooks run), and SIGKILL after
     * another minute, so that 'down' really stops it.
     */
    void stop() {
        if (!isRunning()) {
            return;
        }
        long started = System.nanoTime();
        Asadmin.Result result = asadmin.run(LOCAL_COMMAND, "stop-domain", "--domaindir",
                domainsDirectory.toString(), name);
        var process = Processes.fromPidFile(directory().resolve("config/pid"), directory().toString());
        if (!result.ok() && process.isPresent()) {
            Console.info("stop-domain did not stop " + name + " (" + result.output().strip().replace('\n', ' ')
                    + "); terminating process " + process.get().pid());
            Processes.terminate(process.get(), 60);
        }
        Console.done("Domain " + name + " stopped", started);
    }

    /**
     * Whether the server holds configuration changes that take effect only after a restart (heap size and other
     * non -D JVM options, among others; -D options Payara applies at once). Asked over HTTP from the admin command
     * adapter that asadmin itself talks to: no JVM start, and unlike the REST interface (/management, loaded on
     * first use, 10 s and more here) it is ready as soon as the server is.
     */
    boolean restartRequired() {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + adminPort() + "/__asadmin/_get-restart-required"))
                .header("User-Agent", "hk2-agent") // asks for asadmin's plain "key: value" answer, not HTML
                .timeout(Duration.ofSeconds(30)).build();
        try {
            String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher flag = Pattern.compile("(?m)^message: (true|false)\\s*$").matcher(body);
            if (!body.contains("exit-code: SUCCESS") || !flag.find()) {
                throw new StackFailure("Unexpected answer from the admin port " + adminPort() + ": " + body);
            }
            return Boolean.parseBoolean(flag.group(1));
        } catch (IOException e) {
            throw new StackFailure("Admin port " + adminPort() + " does not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("Interrupted");
        }
    }

    /** Deploys or redeploys (force) the EAR under a fixed name, so a second {@code up} replaces the first. */
    void deploy(Path ear, String applicationName) {
        deploy(ear, applicationName, null);
    }

    /** @param contextRoot null: the archive's own (a WAR's default is its file name) */
    void deploy(Path ear, String applicationName, String contextRoot) {
        long started = System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of("--port", Integer.toString(adminPort()), "deploy",
                "--force=true", "--name", applicationName));
        if (contextRoot != null) {
            arguments.addAll(List.of("--contextroot", contextRoot));
        }
        arguments.add(ear.toString());
        Asadmin.Result result = asadmin.run(DEPLOY, Map.of(), false, arguments);
        if (!result.ok()) {
            throw new StackFailure("Deploying " + ear + " failed:\n" + result.output().strip()
                    + Console.tail(serverLog(), 80));
        }
        Console.done("Deployed " + ear.getFileName() + " as " + applicationName, started);
    }

    /** Waits until MicroProfile Health's readiness answers 200: the application is up and its checks pass. */
    void awaitReady(Duration timeout) throws InterruptedException {
        awaitOk("/health/ready", timeout);
    }

    /** Waits until GET {@code path} on the HTTP port answers 200. */
    void awaitOk(String path, Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        URI uri = URI.create("http://localhost:" + httpPort() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
        long deadline = started + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    Console.done(uri + " answers 200", started);
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new StackFailure(uri + " not ready after " + timeout.toSeconds() + " s; last answer: " + last
                + Console.tail(serverLog(), 60));
    }
}
