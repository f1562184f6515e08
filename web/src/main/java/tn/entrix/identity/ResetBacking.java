package tn.entrix.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;

/** The emailed reset link ({@code account/reset.xhtml?token=}): a new password, typed twice. */
@Named
@ViewScoped
public class ResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "resetForm";
    static final Map<String, String> FIELDS = Map.of("newPassword", "password", "password", "password");

    @Inject
    PasswordResetService resets;

    @Inject
    FormValidation validation;

    private String token;
    private String password;
    private String confirmation;
    private boolean done;

    public void reset() {
        if (!validation.check(new NewPasswordRequest(token, password), FORM, FIELDS)) {
            return;
        }
        if (!password.equals(confirmation)) {
            ConsoleMessages.fieldError("confirmation", ConsoleMessages.text("reset.mismatch"));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            resets.reset(token, password);
            done = true;
        } catch (EntrixException e) {
            // TOKEN_INVALID goes above the form (its field, token, is not one), WEAK_PASSWORD beside the password
            ConsoleMessages.error(FORM, e, FIELDS);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isDone() {
        return done;
    }
}
