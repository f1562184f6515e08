package tn.entrix.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import tn.entrix.platform.FormValidation;

/** "Mot de passe oublié ?" ({@code account/forgot.xhtml}): always the same answer, known address or not. */
@Named
@ViewScoped
public class ForgotBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResetService resets;

    @Inject
    FormValidation validation;

    private String email;
    private boolean sent;

    public void send() {
        if (!validation.check(new PasswordResetRequest(email), "forgotForm", Map.of("email", "email"))) {
            return;
        }
        resets.request(email);
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
