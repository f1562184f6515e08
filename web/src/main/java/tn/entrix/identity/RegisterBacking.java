package tn.entrix.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.LocaleBacking;

/** A fan signs up ({@code register.xhtml}); the page then says to follow the link sent by email. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "registerForm";

    /** Request component (and service error field) → input id. */
    static final Map<String, String> FIELDS = Map.of("username", "username", "email", "email", "phone", "phone",
            "password", "password", "displayName", "displayName", "language", "language");

    @Inject
    RegistrationService registration;

    @Inject
    FormValidation validation;

    @Inject
    LocaleBacking locale;

    private String username;
    private String email;
    private String phone;
    private String password;
    private String displayName;
    private String language;
    private boolean marketingConsent;
    private boolean registered;

    public void register() {
        RegistrationRequest request = new RegistrationRequest(username, email, phone, password, displayName,
                language == null ? locale.getLanguage() : language, marketingConsent);
        if (!validation.check(request, FORM, FIELDS)) {
            return;
        }
        try {
            registration.register(request);
            registered = true;
            password = null;
        } catch (EntrixException e) {
            ConsoleMessages.error(FORM, e, FIELDS);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language == null ? locale.getLanguage() : language;
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

    public boolean isRegistered() {
        return registered;
    }
}
