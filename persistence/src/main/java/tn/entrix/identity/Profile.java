package tn.entrix.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a fan tells about themselves. Everything is optional except the language; marketing consent keeps the date it
 * was last given or withdrawn, which is what a regulator asks for.
 */
@Embeddable
public class Profile {

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Gender gender;

    @Column(length = 64)
    private String city;

    @Column(length = 32)
    private String governorate;

    /** The Tunisian national identity card (CIN) number, 8 digits; used by the blacklist. */
    @Column(name = "national_id", length = 16)
    private String nationalId;

    @Column(name = "favourite_club_id")
    private Long favouriteClubId;

    @Column(length = 2, nullable = false)
    private String language = "fr";

    @Column(name = "marketing_consent", nullable = false)
    private boolean marketingConsent;

    @Column(name = "marketing_consent_at")
    private Instant marketingConsentAt;

    public void update(LocalDate birthDate, Gender gender, String city, String governorate, String nationalId,
                       Long favouriteClubId, String language) {
        this.birthDate = birthDate;
        this.gender = gender;
        this.city = city;
        this.governorate = governorate;
        this.nationalId = nationalId;
        this.favouriteClubId = favouriteClubId;
        this.language = language == null ? "fr" : language;
    }

    /** Records a change of consent with its date; the same answer again keeps the original date. */
    public boolean consent(boolean given, Instant at) {
        if (given == marketingConsent && marketingConsentAt != null) {
            return false;
        }
        marketingConsent = given;
        marketingConsentAt = at;
        return true;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public String getCity() {
        return city;
    }

    public String getGovernorate() {
        return governorate;
    }

    public String getNationalId() {
        return nationalId;
    }

    public Long getFavouriteClubId() {
        return favouriteClubId;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public Instant getMarketingConsentAt() {
        return marketingConsentAt;
    }
}
