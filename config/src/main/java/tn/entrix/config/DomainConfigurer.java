package tn.entrix.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Applies the configuration-as-code template {@code domain.asadmin} to a running domain: fills its placeholders,
 * keeps only the commands whose result is not in place yet (see the template's header for the line forms), writes
 * the result to the state folder and runs it with {@code asadmin multimode}. Running it again changes nothing.
 */
final class DomainConfigurer {

    static final String TEMPLATE = "domain.asadmin";
    private static final Pattern PLACEHOLDER = Pattern.compile("@@[A-Z_]+@@");
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(5);

    /** What a password alias holds compared with the password the script gives it. */
    private enum AliasState { ABSENT, CURRENT, CHANGED }

    private final Domain domain;
    private final Path scriptFile;
    private final String aliasPassword;
    private Set<String> aliases; // asked once, only when a line needs it

    /** @param aliasPassword the database password, given to the password alias; never written into the script */
    DomainConfigurer(Domain domain, Path scriptFile, String aliasPassword) {
        this.domain = domain;
        this.scriptFile = scriptFile;
        this.aliasPassword = aliasPassword;
    }

    /**
     * @param values placeholder name (without @@) to value
     * @return the number of commands that ran (0 when everything was in place)
     */
    int apply(Map<String, String> values) {
        long started = System.nanoTime();
        DomainXml current = DomainXml.read(domain.directory());
        List<String> script = render(fill(template(), values), current);
        long commands = script.stream().filter(line -> !line.isBlank() && !line.startsWith("#")).count();
        write(scriptFile, String.join("\n", script) + "\n");
        if (commands == 0) {
            Console.info("Domain configuration already in place (" + scriptFile + ")");
            return 0;
        }
        Path passwordFile = scriptFile.resolveSibling("." + scriptFile.getFileName() + ".password");
        StateDirectory.writeSecret(passwordFile, "AS_ADMIN_ALIASPASSWORD=" + aliasPassword + "\n");
        try {
            Asadmin.Result result = domain.asadmin().run(SCRIPT_TIMEOUT, Map.of(), false, List.of(
                    "--port", Integer.toString(domain.adminPort()), "--passwordfile", passwordFile.toString(),
                    "multimode", "--file", scriptFile.toString()));
            if (!result.ok()) {
                throw new StackFailure("The domain configuration " + scriptFile + " failed:\n"
                        + result.output().strip() + Console.tail(domain.serverLog(), 40));
            }
        } finally {
            passwordFile.toFile().delete();
        }
        for (String alias : aliasesSet(script)) {
            StateDirectory.writeSecret(aliasRecord(alias), sha256(aliasPassword) + "\n");
        }
        Console.done("Domain configured: " + commands + " command(s) from " + scriptFile, started);
        return (int) commands;
    }

    static String template() {
        try (InputStream in = DomainConfigurer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("@@" + value.getKey() + "@@", value.getValue());
        }
        for (String line : filled.lines().filter(line -> !line.strip().startsWith("#")).toList()) {
            Matcher left = PLACEHOLDER.matcher(line);
            if (left.find()) {
                throw new IllegalStateException("No value for " + left.group() + " in " + TEMPLATE + ": " + line);
            }
        }
        return filled;
    }

    /** The script to run: every line of the template, with the ones already in place turned into comments. */
    List<String> render(String template, DomainXml current) {
        List<String> script = new ArrayList<>();
        script.add("# Rendered by tn.entrix.config.DomainConfigurer from config/src/main/resources/tn/entrix/config/"
                + TEMPLATE + " for domain " + domain.name() + ". Do not edit: edit the template.");
        for (String line : template.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                script.add(line);
            } else if (trimmed.startsWith("jvm-option ")) {
                script.addAll(jvmOption(trimmed.substring("jvm-option ".length()).strip(), current.jvmOptions()));
            } else if (trimmed.startsWith("[")) {
                int end = closingBracket(trimmed);
                String guard = trimmed.substring(1, end).strip();
                String command = trimmed.substring(end + 1).strip();
                script.add(guardHolds(guard, current) ? command : "# in place: " + command);
            } else {
                script.add(trimmed);
            }
        }
        return script;
    }

    private boolean guardHolds(String guard, DomainXml current) {
        String[] parts = guard.split("\\s+", 2);
        if (parts.length < 2) {
            throw new IllegalStateException("Bad guard [" + guard + "] in " + TEMPLATE);
        }
        return switch (parts[0]) {
            case "unless" -> !current.matches(parts[1]);
            case "unless-alias" -> aliasState(parts[1]) == AliasState.ABSENT;
            case "if-alias-changed" -> aliasState(parts[1]) == AliasState.CHANGED;
            default -> throw new IllegalStateException("Unknown guard [" + guard + "] in " + TEMPLATE
                    + " (unless, unless-alias, if-alias-changed)");
        };
    }

    /**
     * Commands that give the server JVM {@code option}: delete the other values of the same setting, create it
     * when missing. Options go quoted with ':' escaped, as asadmin otherwise splits options at colons.
     */
    static List<String> jvmOption(String option, List<String> present) {
        String key = jvmOptionKey(option);
        List<String> commands = new ArrayList<>();
        for (String existing : present) {
            if (!existing.equals(option) && jvmOptionKey(existing).equals(key)) {
                commands.add("delete-jvm-options " + quoted(existing));
            }
        }
        commands.add(present.contains(option) ? "# in place: jvm-option " + option
                : "create-jvm-options " + quoted(option));
        return commands;
    }

    /** What makes two options the same setting: "-Dname=" for properties, "-Xmx" for heap sizes, else itself. */
    static String jvmOptionKey(String option) {
        if (option.startsWith("-D") && option.contains("=")) {
            return option.substring(0, option.indexOf('=') + 1);
        }
        if (option.matches("-X(mx|ms|ss).*")) {
            return option.substring(0, 4);
        }
        if (option.matches("-XX:[+-].*")) {
            return "-XX:" + option.substring(5);
        }
        if (option.startsWith("-XX:") && option.contains("=")) {
            return option.substring(0, option.indexOf('=') + 1);
        }
        return option;
    }

    private static String quoted(String option) {
        return "\"" + option.replace(":", "\\:") + "\"";
    }

    private static int closingBracket(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("Unclosed [ in " + TEMPLATE + ": " + line);
    }

    /**
     * Aliases are encrypted in the domain and asadmin cannot show their value, so the configurer records a hash
     * of the password it last gave each alias (next to the domain's own password store, which holds the alias
     * itself). An unchanged password then costs no asadmin call at all; without a record, asadmin is asked.
     */
    private AliasState aliasState(String alias) {
        Path record = aliasRecord(alias);
        if (Files.exists(record)) {
            return StateDirectory.read(record).equals(sha256(aliasPassword)) ? AliasState.CURRENT
                    : AliasState.CHANGED;
        }
        return aliases().contains(alias) ? AliasState.CHANGED : AliasState.ABSENT;
    }

    Path aliasRecord(String alias) {
        return domain.directory().resolve("config/entrix-alias-" + alias + ".sha256");
    }

    /** The aliases the rendered script creates or updates. */
    private static List<String> aliasesSet(List<String> script) {
        return script.stream().map(String::strip)
                .filter(line -> line.startsWith("create-password-alias ") || line.startsWith("update-password-alias "))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private Set<String> aliases() {
        if (aliases == null) {
            Asadmin.Result result = domain.asadmin().require(Duration.ofMinutes(2), "--port",
                    Integer.toString(domain.adminPort()), "list-password-aliases");
            aliases = result.output().lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("Command ") && !line.contains(" "))
                    .collect(Collectors.toSet());
        }
        return aliases;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
