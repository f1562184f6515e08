package tn.entrix.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Logout is a POST (a link or an image cannot log anyone out) that ends the login and the whole session. */
@Named
@RequestScoped
public class LogoutBacking {

    public void logout() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        // the language outlives the session: the login page comes back in the language the user chose
        String language = faces.getViewRoot().getLocale().getLanguage();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + EntrixAuthenticationMechanism.LOGIN_PAGE + "?lang="
                + language);
        faces.responseComplete();
    }
}
