package tn.entrix.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the consoles for this session: French first (our users are in Tunisia), English on demand. The
 * templates apply it with {@code <f:view locale="#{localeBacking.locale}">}.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Locale locale = Locale.FRENCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** The {@code lang} parameter of the login page (the logout keeps the language across the new session). */
    public String getLang() {
        return getLanguage();
    }

    public void setLang(String language) {
        SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().ifPresent(l -> locale = l);
    }

    /**
     * Switches the language and shows the same page again through a redirect (with its view parameters, e.g. the
     * venue id), so that the address bar stays a bookmarkable GET.
     */
    public String switchTo(String language) {
        setLang(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
