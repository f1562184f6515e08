package tn.entrix.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Page-level answers shared by the console's backing beans. */
public final class ConsolePages {

    private ConsolePages() {
    }

    /**
     * The id in the address names nothing (deleted meanwhile, or typed by hand): answer 404 so the browser shows the
     * error page, rather than a page of empty fields.
     */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
