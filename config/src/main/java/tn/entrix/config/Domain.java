package tn.entrix.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * A Payara Server domain built from configuration as code: created with a port base, given the PostgreSQL driver,
 * configured by the rendered {@code domain.asadmin} script. The script's hash is kept in the domain folder: when the
 * rendered script changes (new version of config/, other database), the domain is recreated, which is cheap because
 * no data lives in it.
 */
final class Domain {

    private final String name;
    private final int portBase;
    private final Path domainDir;
    private final Path payaraHome;
    private final Asadmin asadmin;

    Domain(String name, int portBase, Path domainDir, Path payaraHome, Map<String, String> serverEnvironment) {
        this.name = name;
        this.portBase = portBase;
        this.domainDir = domainDir;
        this.payaraHome = payaraHome;
        this.asadmin = new Asadmin(payaraHome, serverEnvironment);
    }

    int httpPort() {
        return portBase + 80;
    }

    int adminPort() {
        return portBase + 48;
    }

    boolean exists() {
        return Files.isDirectory(domainDir.resolve(name));
    }

    boolean isRunning() {
        Asadmin.Result list = asadmin.run(60, "list-domains", "--domaindir", domainDir.toString());
        return list.output().lines().anyMatch(line -> line.startsWith(name + " running"));
    }

    /** Creates and configures the domain if it is missing or its configuration changed; leaves it running. */
    void ensureConfigured(String script, String dbPassword) throws IOException {
        Path hashFile = domainDir.resolve(name).resolve("entrix-config.sha256");
        String hash = sha256(script);
        if (exists() && Files.exists(hashFile) && Files.readString(hashFile).strip().equals(hash)) {
            return;
        }
        if (exists()) {
            System.out.println("Configuration changed: recreating domain " + name + " (no data lives in it)");
            stop();
            asadmin.require(120, "delete-domain", "--domaindir", domainDir.toString(), name);
        }
        long started = System.nanoTime();
        Files.createDirectories(domainDir);
        asadmin.require(300, "create-domain", "--nopassword=true", "--portbase", Integer.toString(portBase),
                "--domaindir", domainDir.toString(), name);
        System.out.printf("Domain %s created in %d s%n", name, seconds(started));
        installDriver();
        start();
        Path passwordFile = Files.createTempFile("entrix-alias", ".txt");
        try {
            Files.writeString(passwordFile, "AS_ADMIN_ALIASPASSWORD=" + dbPassword + "\n");
            asadmin.require(120, "--port", Integer.toString(adminPort()), "--passwordfile", passwordFile.toString(),
                    "create-password-alias", "entrix-db-password");
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Path scriptFile = domainDir.resolve(name).resolve("entrix-domain.asadmin");
        Files.writeString(scriptFile, script);
        long configured = System.nanoTime();
        asadmin.require(300, "--port", Integer.toString(adminPort()), "multimode", "--file", scriptFile.toString());
        System.out.printf("Domain configured from config/ in %d s%n", seconds(configured));
        // JVM options and the batch repository take effect on a fresh start
        stop();
        start();
        Files.writeString(hashFile, hash);
    }

    void start() {
        if (isRunning()) {
            return;
        }
        long started = System.nanoTime();
        asadmin.require(300, "start-domain", "--domaindir", domainDir.toString(), name);
        System.out.printf("Domain %s started in %d s%n", name, seconds(started));
    }

    void stop() {
        if (exists() && isRunning()) {
            asadmin.require(180, "stop-domain", "--domaindir", domainDir.toString(), name);
            System.out.println("Domain " + name + " stopped");
        }
    }

    void deploy(Path ear) {
        long started = System.nanoTime();
        asadmin.require(600, "--port", Integer.toString(adminPort()), "deploy", "--force=true", "--name", "entrix",
                ear.toString());
        System.out.printf("EAR deployed in %d s%n", seconds(started));
    }

    /** Waits until MicroProfile Health says the application is ready (the database answers). */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Not ready after " + timeout.toSeconds() + " s: " + last + "\n"
                + Database.tail(domainDir.resolve(name).resolve("logs/server.log")));
    }

    Path serverLog() {
        return domainDir.resolve(name).resolve("logs/server.log");
    }

    /** A server-level connection pool needs the driver in glassfish/lib, before the first start. */
    private void installDriver() throws IOException {
        try {
            Path driver = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            Path target = payaraHome.resolve("glassfish/lib").resolve(driver.getFileName());
            if (!Files.exists(target)) {
                Files.copy(driver, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    static String template() throws IOException {
        try (InputStream in = Domain.class.getResourceAsStream("domain.asadmin")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long seconds(long startedNanos) {
        return Math.round((System.nanoTime() - startedNanos) / 1e9);
    }
}
