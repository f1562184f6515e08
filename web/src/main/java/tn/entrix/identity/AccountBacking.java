package tn.entrix.identity;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.TableExport;

/**
 * "Mon compte" ({@code account/index.xhtml}): a logged-in user's profile, password, sessions, personal data and
 * account deletion. Everything goes through {@link AccountService} and {@link SessionService} with the caller's name.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PROFILE_FORM = "profileForm";
    static final String PASSWORD_FORM = "passwordForm";
    static final String ERASE_FORM = "eraseForm";

    static final Map<String, String> PROFILE_FIELDS = Map.of("displayName", "profileForm:displayName",
            "phone", "profileForm:phone", "birthDate", "profileForm:birthDate", "city", "profileForm:city",
            "governorate", "profileForm:governorate", "nationalId", "profileForm:nationalId",
            "language", "profileForm:language");
    static final Map<String, String> PASSWORD_FIELDS = Map.of("currentPassword", "passwordForm:currentPassword",
            "newPassword", "passwordForm:newPassword", "password", "passwordForm:newPassword");

    @Inject
    AccountService accounts;

    @Inject
    SessionService sessionService;

    @Inject
    FormValidation validation;

    private String username;
    private String email;
    private String status;
    private String displayName;
    private String phone;
    private LocalDate birthDate;
    private Gender gender;
    private String city;
    private String governorate;
    private String nationalId;
    private Long favouriteClubId;
    private String language;
    private boolean marketingConsent;
    private Instant marketingConsentAt;
    private Instant createdAt;

    private String currentPassword;
    private String newPassword;
    private String erasePassword;

    private transient List<SessionView> sessions;

    public void load() {
        show(accounts.profile(FacesCaller.name()));
    }

    public void save() {
        ProfileRequest request = new ProfileRequest(displayName, phone, birthDate, gender, city, governorate,
                nationalId, favouriteClubId, language, marketingConsent);
        if (!validation.check(request, PROFILE_FORM, PROFILE_FIELDS)) {
            return;
        }
        try {
            show(accounts.updateProfile(FacesCaller.name(), request));
            ConsoleMessages.info("account.profile.saved");
        } catch (EntrixException e) {
            ConsoleMessages.error(PROFILE_FORM, e, PROFILE_FIELDS);
        }
    }

    public void changePassword() {
        PasswordChangeRequest request = new PasswordChangeRequest(currentPassword, newPassword);
        if (!validation.check(request, PASSWORD_FORM, PASSWORD_FIELDS)) {
            return;
        }
        try {
            accounts.changePassword(FacesCaller.name(), currentPassword, newPassword, FacesCaller.sessionId());
            currentPassword = null;
            newPassword = null;
            sessions = null;
            ConsoleMessages.info("account.password.changed");
        } catch (EntrixException e) {
            ConsoleMessages.error(PASSWORD_FORM, e, PASSWORD_FIELDS);
        }
    }

    /** "Log out everywhere": every other login ends; this browser stays logged in. */
    public void logoutEverywhere() {
        int ended = sessionService.revokeAllOwn(FacesCaller.name(), FacesCaller.sessionId());
        sessions = null;
        ConsoleMessages.info("account.sessions.ended", ended);
    }

    public StreamedContent getPersonalData() {
        PersonalData data = accounts.exportOwn(FacesCaller.name());
        return TableExport.json(data, "entrix-personal-data.json");
    }

    /** Deletes the account (the password confirms it), then ends this login and says goodbye on the login page. */
    public void erase() throws ServletException, IOException {
        if (!validation.check(new ErasureRequest(erasePassword), ERASE_FORM,
                Map.of("password", "eraseForm:erasePassword"))) {
            return;
        }
        try {
            accounts.eraseOwn(FacesCaller.name(), erasePassword);
        } catch (EntrixException e) {
            ConsoleMessages.error(ERASE_FORM, e, Map.of("password", "eraseForm:erasePassword"));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String lang = faces.getViewRoot().getLocale().getLanguage();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + EntrixAuthenticationMechanism.LOGIN_PAGE + "?lang="
                + lang + "&erased=true");
        faces.responseComplete();
    }

    private void show(ProfileView p) {
        username = p.username();
        email = p.email();
        status = p.status().name();
        displayName = p.displayName();
        phone = p.phone();
        birthDate = p.birthDate();
        gender = p.gender();
        city = p.city();
        governorate = p.governorate();
        nationalId = p.nationalId();
        favouriteClubId = p.favouriteClubId();
        language = p.language();
        marketingConsent = p.marketingConsent();
        marketingConsentAt = p.marketingConsentAt();
        createdAt = p.createdAt();
    }

    public List<SessionView> getSessions() {
        if (sessions == null) {
            sessions = sessionService.sessionsOf(FacesCaller.name(), FacesCaller.sessionId());
        }
        return sessions;
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public List<String> getGovernorates() {
        return Governorates.ALL;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getMarketingConsentAt() {
        return marketingConsentAt;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public void setMarketingConsent(boolean marketingConsent) {
        this.marketingConsent = marketingConsent;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getErasePassword() {
        return erasePassword;
    }

    public void setErasePassword(String erasePassword) {
        this.erasePassword = erasePassword;
    }
}
