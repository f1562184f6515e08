/**
 * Server configuration as code (domain.asadmin) and the launcher that applies it: embedded PostgreSQL, a Payara
 * Server domain, secrets generated for the dev run, the EAR deployed.
 */
package tn.entrix.config;
