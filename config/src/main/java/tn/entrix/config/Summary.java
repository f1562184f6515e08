package tn.entrix.config;

import java.nio.file.Path;

/** What {@code up} prints at the end: where everything is, how to log in, where the logs are, how to stop. */
final class Summary {

    /** Fixed demo accounts the application creates with -Dentrix.demo-data=true. */
    private static final String DEMO_LOGINS = """
              Demo logins     fan / fan12345                steward / steward12345
                              clubadmin / admin12345        authority / authority12345
                              finance / finance12345
                              more fans (fan12345): amine.trabelsi, mariem.jebali, oussama.bouazizi
                              more stewards (steward12345): hedi.gharbi, salma.mansouri
            """;

    private Summary() {
    }

    static String of(StackOptions options, Database database, MailSettings mail, FlouciSettings flouci, Domain domain,
                     Stack.Superadmin superadmin, StateDirectory state, String elapsedSeconds) {
        String base = "http://localhost:" + domain.httpPort();
        StringBuilder out = new StringBuilder("\nEntrix stack '" + domain.name() + "' is up (" + elapsedSeconds
                + " s)\n");
        line(out, "Console", base + "/");
        line(out, "REST API", base + "/api/v1");
        line(out, "OpenAPI", base + "/openapi   Swagger UI " + base + "/swagger-ui.html");
        line(out, "Health", base + "/health/ready   Metrics " + base + "/metrics");
        line(out, "Application", options.ear() == null ? "not deployed by the launcher (no --ear)"
                : options.ear() + " deployed as 'entrix'");
        line(out, "Payara admin", "http://localhost:" + domain.adminPort() + "  (user admin, no password)");
        line(out, "Database", database.jdbcUrl() + "  user " + database.user()
                + (database.embedded() ? ", password in " + state.root().resolve("db-password")
                + "\n                  embedded, data in " + state.pgdata() : ", external (ENTRIX_DB_URL)"));
        line(out, "Emails", mail.sink()
                ? "sent by the server: " + state.mail() + "/  (one .eml file each)\n                  "
                        + "mail sink on localhost:" + mail.port() + ", from " + mail.from()
                : "sent through the " + mail.describe());
        line(out, "Flouci", flouci.describe(domain.httpPort(), state)
                + (flouci.simulator() && options.simulator() == null ? "  (not deployed: no --simulator)" : ""));
        line(out, "Superadmin", superadmin.username() + "  password " + superadmin.passwordSource());
        if (options.demo()) {
            out.append(DEMO_LOGINS);
        }
        line(out, "JWT keys", state.jwt().toString());
        line(out, "Access key", state.accessMasterKey() + " (seals the events' signing keys: keep it)");
        line(out, "Logs", domain.serverLog() + (database.embedded() ? "\n                  " + state.postgresLog()
                : "") + (mail.sink() ? "\n                  " + state.mailSinkLog() : ""));
        line(out, "Configuration", state.domainScript(domain.name()) + " (as applied)");
        line(out, "Stop", isDefault(options) ? "./entrix down"
                : "Stack down --state " + options.state() + " --domain " + options.domain());
        return out.toString();
    }

    private static boolean isDefault(StackOptions options) {
        return options.state().getFileName().equals(Path.of(".entrix")) && options.domain().equals("entrix");
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("  ").append(String.format("%-16s", label)).append(value).append('\n');
    }
}
