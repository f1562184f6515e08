package tn.entrix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainConfigurerTest {

    private static final Map<String, String> VALUES = Map.of("DB_HOST", "localhost", "DB_PORT", "5433",
            "DB_NAME", "entrix", "DB_USER", "entrix", "DEMO_DATA", "true",
            "MAIL_HOST", "localhost", "MAIL_PORT", "2525", "MAIL_STARTTLS", "false",
            "MAIL_FROM", "Entrix <no-reply@entrix.local>", "FLOUCI_BASE_URL", "http://localhost:20080/flouci-sim");

    /** What domain.xml holds once the template has been applied (the parts the template's guards read). */
    private static final String CONFIGURED = """
            <domain>
              <resources>
                <jdbc-connection-pool name="entrix-pool" datasource-classname="org.postgresql.ds.PGSimpleDataSource" validate-atmost-once-period-in-seconds="10" sql-trace-listeners="null">
                  <property name="reWriteBatchedInserts" value="true"></property>
                  <property name="serverName" value="localhost"></property>
                  <property name="portNumber" value="5433"></property>
                  <property name="databaseName" value="entrix"></property>
                  <property name="user" value="entrix"></property>
                  <property name="password" value="${ALIAS=entrix-db-password}"></property>
                </jdbc-connection-pool>
                <jdbc-resource pool-name="entrix-pool" jndi-name="jdbc/entrix"></jdbc-resource>
              </resources>
              <configs>
                <config name="server-config">
                  <hazelcast-config-specific-configuration enabled="false"></hazelcast-config-specific-configuration>
                  <thread-pools>
                    <thread-pool name="http-thread-pool" max-thread-pool-size="64"></thread-pool>
                  </thread-pools>
                  <batch-runtime-configuration table-prefix="jbatch_" schema-name="public" data-source-lookup-name="jdbc/entrix">
                  </batch-runtime-configuration>
                  <admin-service>
                    <das-config dynamic-reload-enabled="false" autodeploy-enabled="false"></das-config>
                  </admin-service>
                  <java-config>
                    <jvm-options>-server</jvm-options>
                    <jvm-options>-Xmx1536m</jvm-options>
                    <jvm-options>-Duser.timezone=UTC</jvm-options>
                    <jvm-options>-Dfile.encoding=UTF-8</jvm-options>
                    <jvm-options>-Dentrix.demo-data=true</jvm-options>
                    <jvm-options>-Dliquibase.analytics.enabled=false</jvm-options>
                    <jvm-options>-Dentrix.mail.smtp.host=localhost</jvm-options>
                    <jvm-options>-Dentrix.mail.smtp.port=2525</jvm-options>
                    <jvm-options>-Dentrix.mail.smtp.starttls=false</jvm-options>
                    <jvm-options>-Dentrix.mail.from=Entrix &lt;no-reply@entrix.local&gt;</jvm-options>
                    <jvm-options>-Dentrix.flouci.base-url=http://localhost:20080/flouci-sim</jvm-options>
                  </java-config>
                  <network-config><network-listeners>
                    <network-listener name="http-listener-1" port="20080"></network-listener>
                    <network-listener name="admin-listener" port="20048"></network-listener>
                  </network-listeners></network-config>
                </config>
                <config name="default-config">
                  <java-config><jvm-options>-Xmx512m</jvm-options></java-config>
                </config>
              </configs>
            </domain>
            """;

    /** A new domain: none of the above, Payara's default heap. */
    private static final String NEW = """
            <domain>
              <resources></resources>
              <configs>
                <config name="server-config">
                  <java-config><jvm-options>-server</jvm-options><jvm-options>-Xmx512m</jvm-options></java-config>
                </config>
              </configs>
            </domain>
            """;

    @TempDir
    Path folder;

    @Test
    void aConfiguredDomainGetsNoCommandAtAll() throws IOException {
        Domain domain = domainWith(CONFIGURED);
        DomainConfigurer configurer = new DomainConfigurer(domain, folder.resolve("script"), "secret");
        StateDirectory.writeSecret(configurer.aliasRecord("entrix-db-password"), DomainConfigurer.sha256("secret"));

        assertEquals(List.of(), commands(configurer, domain));
    }

    @Test
    void aNewDomainGetsEverythingInOrder() throws IOException {
        Domain domain = domainWith(NEW);
        DomainConfigurer configurer = new DomainConfigurer(domain, folder.resolve("script"), "secret");
        // a new domain has no alias; without a record the configurer would ask asadmin, so fake "recorded, other"
        StateDirectory.writeSecret(configurer.aliasRecord("entrix-db-password"), DomainConfigurer.sha256("old"));

        List<String> commands = commands(configurer, domain);

        assertEquals("update-password-alias entrix-db-password", commands.get(0));
        assertTrue(commands.get(1).startsWith("create-jdbc-connection-pool "), commands.get(1));
        assertTrue(commands.get(1).contains("--validationmethod=custom-validation"));
        assertTrue(commands.contains("set resources.jdbc-connection-pool.entrix-pool.property.portNumber=5433"));
        assertTrue(commands.contains(
                "set resources.jdbc-connection-pool.entrix-pool.property.password=${ALIAS=entrix-db-password}"));
        assertTrue(commands.contains("create-jdbc-resource --connectionpoolid=entrix-pool jdbc/entrix"));
        assertTrue(commands.contains(
                "set-batch-runtime-configuration --datasourcelookupname=jdbc/entrix --tablePrefix=jbatch_"));
        assertTrue(commands.indexOf("delete-jvm-options \"-Xmx512m\"")
                < commands.indexOf("create-jvm-options \"-Xmx1536m\""));
        assertTrue(commands.contains("create-jvm-options \"-Dentrix.demo-data=true\""));
        assertTrue(commands.contains("set-hazelcast-configuration --enabled=false"));
        assertTrue(commands.contains("create-jvm-options \"-Dentrix.mail.smtp.host=localhost\""));
        assertTrue(commands.contains("create-jvm-options \"-Dentrix.mail.smtp.port=2525\""));
        assertTrue(commands.contains("create-jvm-options \"-Dentrix.mail.smtp.starttls=false\""));
        assertTrue(commands.contains("create-jvm-options \"-Dentrix.mail.from=Entrix <no-reply@entrix.local>\""));
        assertTrue(commands.contains("set configs.config.server-config.batch-runtime-configuration.schema-name=public"));
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("create-jvm-options \"-Dentrix.flouci.base-url=http")),
                String.join("\n", commands));
        assertTrue(commands.contains(
                "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64"));
        assertTrue(commands.contains(
                "set resources.jdbc-connection-pool.entrix-pool.validate-atmost-once-period-in-seconds=10"));
        assertTrue(commands.contains("set resources.jdbc-connection-pool.entrix-pool.sql-trace-listeners=null"));
        assertEquals(27, commands.size(), String.join("\n", commands));
    }

    @Test
    void aChangedDatabaseChangesOnlyWhatDiffers() throws IOException {
        Domain domain = domainWith(CONFIGURED);
        DomainConfigurer configurer = new DomainConfigurer(domain, folder.resolve("script"), "new-password");
        StateDirectory.writeSecret(configurer.aliasRecord("entrix-db-password"), DomainConfigurer.sha256("secret"));
        Map<String, String> values = new java.util.HashMap<>(VALUES);
        values.put("DB_PORT", "25432");
        values.put("DEMO_DATA", "false");

        List<String> commands = configurer.render(DomainConfigurer.fill(DomainConfigurer.template(), values),
                DomainXml.read(domain.directory())).stream().filter(DomainConfigurerTest::isCommand).toList();

        assertEquals(List.of("update-password-alias entrix-db-password",
                "set resources.jdbc-connection-pool.entrix-pool.property.portNumber=25432",
                "delete-jvm-options \"-Dentrix.demo-data=true\"",
                "create-jvm-options \"-Dentrix.demo-data=false\""), commands);
    }

    @Test
    void anotherSmtpServerChangesOnlyTheMailOptions() throws IOException {
        Domain domain = domainWith(CONFIGURED);
        DomainConfigurer configurer = new DomainConfigurer(domain, folder.resolve("script"), "secret");
        StateDirectory.writeSecret(configurer.aliasRecord("entrix-db-password"), DomainConfigurer.sha256("secret"));
        Map<String, String> values = new java.util.HashMap<>(VALUES);
        values.putAll(MailSettings.fromEnvironment(Map.of("ENTRIX_SMTP_HOST", "smtp.example.tn",
                "ENTRIX_MAIL_FROM", "Entrix Billets <billets@example.tn>"), 2525).domainValues());

        List<String> commands = configurer.render(DomainConfigurer.fill(DomainConfigurer.template(), values),
                DomainXml.read(domain.directory())).stream().filter(DomainConfigurerTest::isCommand).toList();

        assertEquals(List.of("delete-jvm-options \"-Dentrix.mail.smtp.host=localhost\"",
                "create-jvm-options \"-Dentrix.mail.smtp.host=smtp.example.tn\"",
                "delete-jvm-options \"-Dentrix.mail.smtp.port=2525\"",
                "create-jvm-options \"-Dentrix.mail.smtp.port=587\"",
                "delete-jvm-options \"-Dentrix.mail.smtp.starttls=false\"",
                "create-jvm-options \"-Dentrix.mail.smtp.starttls=true\"",
                "delete-jvm-options \"-Dentrix.mail.from=Entrix <no-reply@entrix.local>\"",
                "create-jvm-options \"-Dentrix.mail.from=Entrix Billets <billets@example.tn>\""), commands);
    }

    @Test
    void jvmOptionsAreTheSameSettingByNameNotByValue() {
        assertEquals("-Xmx", DomainConfigurer.jvmOptionKey("-Xmx1536m"));
        assertEquals("-Dentrix.demo-data=", DomainConfigurer.jvmOptionKey("-Dentrix.demo-data=true"));
        assertEquals("-XX:UseG1GC", DomainConfigurer.jvmOptionKey("-XX:+UseG1GC"));
        assertEquals("-XX:UseG1GC", DomainConfigurer.jvmOptionKey("-XX:-UseG1GC"));
        assertEquals("-XX:MaxMetaspaceSize=", DomainConfigurer.jvmOptionKey("-XX:MaxMetaspaceSize=512m"));
        assertEquals("-server", DomainConfigurer.jvmOptionKey("-server"));
    }

    @Test
    void colonsInJvmOptionsAreEscapedForAsadmin() {
        assertEquals(List.of("create-jvm-options \"-Dproxy=host\\:8080\""),
                DomainConfigurer.jvmOption("-Dproxy=host:8080", List.of("-server")));
    }

    @Test
    void everyPlaceholderMustHaveAValue() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> DomainConfigurer.fill(DomainConfigurer.template(), Map.of("DB_HOST", "localhost")));
        assertTrue(missing.getMessage().contains("@@DB_PORT@@"), missing.getMessage());
    }

    @Test
    void domainXmlGivesTheListenerPorts() throws IOException {
        Domain domain = domainWith(CONFIGURED);
        assertEquals(20048, domain.adminPort());
        assertEquals(20080, domain.httpPort());
    }

    private Domain domainWith(String domainXml) throws IOException {
        Path config = Files.createDirectories(folder.resolve("domains/test/config"));
        Files.writeString(config.resolve("domain.xml"), domainXml);
        return new Domain("test", folder.resolve("domains"), folder.resolve("no-payara"));
    }

    private static List<String> commands(DomainConfigurer configurer, Domain domain) {
        return configurer.render(DomainConfigurer.fill(DomainConfigurer.template(), VALUES),
                DomainXml.read(domain.directory())).stream().filter(DomainConfigurerTest::isCommand).toList();
    }

    private static boolean isCommand(String line) {
        return !line.isBlank() && !line.startsWith("#");
    }
}
