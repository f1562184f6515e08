package tn.entrix.flouci.simulator;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Everything under the WAR's context root (/flouci-sim): /api/v2/..., /pay/{id}, /simulator/faults. */
@ApplicationPath("/")
public class SimulatorApplication extends Application {
}
