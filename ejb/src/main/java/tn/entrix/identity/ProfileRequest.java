package tn.entrix.identity;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The editable part of an account: contact and profile. The email changes through its own confirmation (later). */
public record ProfileRequest(
        @Size(max = 128) String displayName,
        @Size(max = 32) String phone,
        @Past LocalDate birthDate,
        Gender gender,
        @Size(max = 64) String city,
        @Size(max = 32) String governorate,
        @Pattern(regexp = "\\d{8}", message = "must be the 8 digits of a CIN") String nationalId,
        Long favouriteClubId,
        @Pattern(regexp = "fr|en|ar", message = "must be fr, en or ar") String language,
        Boolean marketingConsent) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public ProfileRequest(String displayName, String phone, LocalDate birthDate, Gender gender, String city,
                          String governorate, String nationalId, Long favouriteClubId, String language,
                          Boolean marketingConsent) {
        this.displayName = displayName;
        this.phone = phone;
        this.birthDate = birthDate;
        this.gender = gender;
        this.city = city;
        this.governorate = governorate;
        this.nationalId = nationalId;
        this.favouriteClubId = favouriteClubId;
        this.language = language;
        this.marketingConsent = marketingConsent;
    }
}
