/**
 * Server configuration as code and the stack launcher that applies it, for the dev run ({@code ./entrix}) and the
 * integration tests.
 * <ul>
 *   <li>{@link tn.entrix.config.Stack}: {@code up | down | status}, the entry point; {@code StackOptions} its
 *       command line, {@code Summary} what {@code up} prints.</li>
 *   <li>{@link tn.entrix.config.EmbeddedDatabase}: PostgreSQL 17 with no install, in its own JVM;
 *       {@code EmbeddedDatabaseProcess} starts and stops it detached, {@code Database} says where the database
 *       is (embedded or ENTRIX_DB_URL).</li>
 *   <li>{@link tn.entrix.config.MailSink}: an SMTP server that writes every message it receives into
 *       {@code <state>/mail/}, in its own JVM; {@code MailSinkProcess} starts and stops it detached,
 *       {@code MailSettings} says where the server sends email (the sink, or ENTRIX_SMTP_HOST).</li>
 *   <li>{@code Domain}: a Payara Server domain's life cycle; {@code DomainConfigurer} applies the template
 *       {@code domain.asadmin} (the configuration as code) idempotently, reading {@code DomainXml}.</li>
 *   <li>{@code StateDirectory} (the state folder and its generated secrets), {@code JwtKeys}, {@code Asadmin},
 *       {@code Processes}, {@code Console}.</li>
 * </ul>
 */
package tn.entrix.config;
