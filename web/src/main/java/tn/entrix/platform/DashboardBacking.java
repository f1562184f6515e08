package tn.entrix.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import tn.entrix.identity.Role;
import tn.entrix.identity.User;
import tn.entrix.identity.UserService;
import tn.entrix.venue.VenueService;

/** The console home: who is logged in, as what, and the counts of what they administer. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    UserService users;

    @Inject
    VenueService venues;

    @Inject
    Clock clock;

    private String displayName;
    private Long venueCount;

    public String getDisplayName() {
        if (displayName == null) {
            String username = external().getUserPrincipal().getName();
            displayName = users.findByUsername(username).map(User::getDisplayName)
                    .filter(name -> name != null && !name.isBlank()).orElse(username);
        }
        return displayName;
    }

    /** "Bonjour" or "Bonsoir" by the hour in Tunis, where the staff is. */
    public String getGreetingKey() {
        int hour = clock.instant().atZone(ClockProducer.DISPLAY_ZONE).getHour();
        return hour >= 18 || hour < 5 ? "dashboard.greeting.evening" : "dashboard.greeting.day";
    }

    /** The roles the caller acts with, the hierarchy already expanded by the identity store. */
    public List<Role> getRoles() {
        ExternalContext external = external();
        return Arrays.stream(Role.values()).filter(role -> external.isUserInRole(role.name())).toList();
    }

    public boolean isAdmin() {
        return external().isUserInRole(Role.Names.ADMIN);
    }

    public long getVenueCount() {
        if (venueCount == null) {
            venueCount = isAdmin() ? venues.list(null, 0, 1).total() : 0L;
        }
        return venueCount;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
