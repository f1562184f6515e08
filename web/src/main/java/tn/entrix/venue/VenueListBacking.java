package tn.entrix.venue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;

/** The venues page: a filtered, paged list read page by page from {@link VenueService#list}. */
@Named
@ViewScoped
public class VenueListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "venues:table";

    @Inject
    VenueService venues;

    private String text;

    private final LazyDataModel<VenueView> model = new Venues();

    /** A new filter text shows its first page, not the page the previous filter was on. */
    public void search() {
        ConsolePages.firstPage(TABLE);
    }

    public void delete(VenueView venue) {
        try {
            venues.delete(venue.id());
            ConsoleMessages.info("venue.deleted", venue.name());
        } catch (EntrixException e) {
            // VENUE_IN_USE: the venue still has mappings; the message says so in the user's language
            ConsoleMessages.error(null, e);
        }
    }

    public LazyDataModel<VenueView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** One page of venues per request; the service orders them by name. */
    private class Venues extends LazyDataModel<VenueView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) venues.list(text, 0, 1).total();
        }

        @Override
        public List<VenueView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                    Map<String, FilterMeta> filters) {
            return venues.list(text, first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(VenueView venue) {
            return String.valueOf(venue.id());
        }

        @Override
        public VenueView getRowData(String rowKey) {
            return venues.find(Long.parseLong(rowKey));
        }
    }
}
