package tn.entrix.selling;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

/** What the fan portal's backing beans need from Faces: the caller's name, redirects. */
final class ShopFaces {

    private ShopFaces() {
    }

    /** The logged-in fan's name, or null for a visitor. */
    static String caller() {
        Principal principal = external().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** Sends the browser to a page of this application ("/shop/checkout.xhtml?hold=3"). */
    static void redirect(String page) throws IOException {
        ExternalContext external = external();
        external.redirect(external.getRequestContextPath() + page);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Sends the browser away (Flouci's payment page). */
    static void redirectAway(String url) throws IOException {
        external().redirect(url);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** The login page, coming back to {@code page} afterwards. */
    static void login(String page) throws IOException {
        redirect("/login.xhtml?from=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
    }

    static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
