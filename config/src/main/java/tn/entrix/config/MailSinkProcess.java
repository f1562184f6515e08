package tn.entrix.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@link MailSink} of one state folder, as a detached JVM: started when it does not run, found again through its
 * pid file by later commands, stopped by {@code down}. It keeps no state but the messages in {@code <state>/mail/},
 * so a sink asked for on another port is simply restarted there.
 */
final class MailSinkProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final StateDirectory state;
    private final int port;

    MailSinkProcess(StateDirectory state, int port) {
        this.state = state;
        this.port = port;
    }

    Optional<ProcessHandle> process() {
        return Processes.fromPidFile(state.mailSinkPid(), MailSink.class.getName());
    }

    /** The port the running sink was started on, as recorded at its start. */
    OptionalInt runningPort() {
        try {
            return process().isPresent() && Files.exists(state.mailSinkPort())
                    ? OptionalInt.of(Integer.parseInt(StateDirectory.read(state.mailSinkPort())))
                    : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Starts the sink unless it runs on the port asked for; one of this stack running on another port is stopped
     * first. Returns once the sink answers SMTP's greeting.
     */
    void ensureRunning() throws InterruptedException {
        if (process().isPresent()) {
            if (runningPort().equals(OptionalInt.of(port)) && greets(port)) {
                Console.info("Mail sink already running on port " + port + ", messages in " + state.mail());
                return;
            }
            Console.info("Mail sink runs on port " + runningPort().orElse(-1) + ", not " + port + ": restarting it");
            stop();
        }
        if (portOpen(port)) {
            throw new StackFailure("Port " + port + " is taken by something this stack did not start (another "
                    + "stack's mail sink?): choose another --mail-port");
        }
        long started = System.nanoTime();
        ProcessHandle child = start();
        long deadline = started + START_TIMEOUT.toNanos();
        while (!greets(port)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new StackFailure("The mail sink did not start on port " + port
                        + (child.isAlive() ? " within " + START_TIMEOUT.toSeconds() + " s" : ": its process exited")
                        + Console.tail(state.mailSinkLog(), 30));
            }
            Thread.sleep(100);
        }
        Console.done("Mail sink started on port " + port + ", messages in " + state.mail(), started);
    }

    /** Stops the sink JVM (SIGTERM: it closes its port); messages stay. */
    void stop() {
        Optional<ProcessHandle> process = process();
        if (process.isPresent()) {
            long started = System.nanoTime();
            Processes.terminate(process.get(), 30);
            Console.done("Mail sink stopped", started);
        }
        try {
            Files.deleteIfExists(state.mailSinkPid());
            Files.deleteIfExists(state.mailSinkPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessHandle start() {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // first on the command line: the pid-file check looks for it, and Linux may cut a long command
                // line (a test classpath) before the main class name
                "-Dentrix.process=" + MailSink.class.getName(),
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                MailSink.class.getName(),
                "--port", Integer.toString(port),
                "--folder", state.mail().toString());
        try {
            Files.createDirectories(state.logs());
            Files.createDirectories(state.mail());
            Process process = new ProcessBuilder(Processes.detached(command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(state.mailSinkLog().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            Files.writeString(state.mailSinkPid(), process.pid() + "\n");
            Files.writeString(state.mailSinkPort(), port + "\n");
            return process.toHandle();
        } catch (IOException e) {
            throw new StackFailure("Could not start the mail sink: " + e.getMessage());
        }
    }

    /** Whether an SMTP server on localhost:port answers with its 220 greeting. */
    static boolean greets(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            socket.setSoTimeout(2000);
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            return greeting != null && greeting.startsWith("220");
        } catch (IOException e) {
            return false;
        }
    }

    static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
