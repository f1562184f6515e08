package tn.entrix.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** An account with its profile, without secrets: what the user sees of themselves and staff see of a user. */
public record ProfileView(long id, String username, String email, String phone, String displayName,
                          UserStatus status, Set<Role> roles, LocalDate birthDate, Gender gender, String city,
                          String governorate, String nationalId, Long favouriteClubId, String language,
                          boolean marketingConsent, Instant marketingConsentAt, Instant emailConfirmedAt,
                          Instant lockedUntil, Instant createdAt, Instant erasedAt, long version) {

    static ProfileView of(User u) {
        Profile p = u.getProfile();
        return new ProfileView(u.getId(), u.getUsername(), u.getEmail(), u.getPhone(), u.getDisplayName(),
                u.getStatus(), u.getRoles(), p.getBirthDate(), p.getGender(), p.getCity(), p.getGovernorate(),
                p.getNationalId(), p.getFavouriteClubId(), p.getLanguage(), p.isMarketingConsent(),
                p.getMarketingConsentAt(), u.getEmailConfirmedAt(), u.getLockedUntil(), u.getCreatedAt(),
                u.getErasedAt(), u.getVersion());
    }
}
