package tn.entrix.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.primefaces.component.datatable.DataTable;

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

    /** A list's filters changed: its table shows the first page again, not the page the previous filters were on. */
    public static void firstPage(String tableId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
