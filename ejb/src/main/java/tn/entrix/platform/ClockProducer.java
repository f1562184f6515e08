package tn.entrix.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application: UTC instants everywhere, shown in {@link #DISPLAY_ZONE}. */
@ApplicationScoped
public class ClockProducer {

    /** Where Entrix's users live; consoles, tickets and exports show times in this zone. */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Africa/Tunis");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
