package tn.entrix.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * Deploys the EAR once for the whole integration-test run instead of once per test class.
 *
 * <p>Every test class declares the same {@link Stack#ear()} deployment; Arquillian deploys and undeploys it around
 * each class, ~20 s apiece on 2 cores, over five minutes of the test command for nothing the tests rely on: they
 * arrange their own data under unique names and talk to the server over HTTP ({@code testable = false}). The first
 * class deploys for real; later classes find the archive of the same name already deployed and go on. Nothing is
 * undeployed: the stack's domain is stopped and deleted after the run (it/pom.xml, {@code stack-down}). A class
 * marked {@link Again} gets the EAR deployed anew (DemoIT: the application loads the demo data at each start).
 */
public final class OneDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Interceptor.class);
    }

    /** The test class needs the application started again: undeploy and deploy before it. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Again {
    }

    /** Arquillian observer around the container's deploy and undeploy; the set is static so it lasts the test JVM. */
    public static final class Interceptor {

        private static final Set<String> DEPLOYED = ConcurrentHashMap.newKeySet();

        @Inject
        private Instance<TestClass> testClass;

        public void deploy(@Observes EventContext<DeployDeployment> context) throws Exception {
            var deployment = context.getEvent().getDeployment();
            var archive = deployment.getDescription().getArchive();
            if (DEPLOYED.contains(archive.getName())) {
                if (!testClass.get().isAnnotationPresent(Again.class)) {
                    deployment.deployed();
                    return;
                }
                DEPLOYED.remove(archive.getName());
                context.getEvent().getDeployableContainer().undeploy(archive);
            }
            context.proceed();
            if (!deployment.hasDeploymentError()) {
                DEPLOYED.add(archive.getName());
            }
        }

        public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
            // kept deployed for the next test class; see the class comment
        }
    }
}
