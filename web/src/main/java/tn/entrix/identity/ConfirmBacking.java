package tn.entrix.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;

/**
 * The emailed confirmation link ({@code account/confirm.xhtml?token=}): confirms on arrival; a bad link (unknown,
 * used or expired) offers to send a new one.
 */
@Named
@ViewScoped
public class ConfirmBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "resendForm";

    @Inject
    RegistrationService registration;

    @Inject
    FormValidation validation;

    private String token;
    private String username;
    private String failure;
    private String email;
    private boolean resent;

    /** The view action: runs on the GET of the link only, not on the resend form's postback. */
    public void confirm() {
        try {
            username = registration.confirm(token).username();
        } catch (EntrixException e) {
            failure = ConsoleMessages.describe(e);
        }
    }

    public void resend() {
        if (!validation.check(new PasswordResetRequest(email), FORM, Map.of("email", "email"))) {
            return;
        }
        registration.resend(email);
        resent = true; // the same answer whether or not the address has a pending account
    }

    public boolean isConfirmed() {
        return username != null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public String getFailure() {
        return failure;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isResent() {
        return resent;
    }
}
