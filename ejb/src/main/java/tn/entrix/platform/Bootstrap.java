package tn.entrix.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tn.entrix.demo.DemoData;
import tn.entrix.identity.Role;
import tn.entrix.identity.UserService;

/**
 * After the schema is migrated: makes sure the first SUPERADMIN named by configuration exists (ENTRIX_ADMIN_USERNAME /
 * ENTRIX_ADMIN_PASSWORD; never a password in the repository), then loads the demo data when entrix.demo-data=true.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "entrix.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "entrix.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "entrix.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    UserService users;

    @Inject
    DemoData demo;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        if (users.findByUsername(adminUsername).isEmpty()) {
            if (adminPassword.isEmpty() || adminPassword.get().length() < 12) {
                LOG.warning("No first SUPERADMIN created: set ENTRIX_ADMIN_PASSWORD (12 characters at least)");
            } else {
                users.create(adminUsername, null, "Super administrator", adminPassword.get(),
                        Set.of(Role.SUPERADMIN));
                LOG.info(() -> "First SUPERADMIN '" + adminUsername + "' created from configuration");
            }
        }
        if (demoData) {
            demo.load();
        }
    }
}
