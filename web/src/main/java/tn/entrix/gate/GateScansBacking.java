package tn.entrix.gate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import tn.entrix.event.EventService;
import tn.entrix.event.EventView;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.NotFoundException;

/**
 * The access control log of an event ({@code gate/scans.xhtml?event=}), for supervisors and the authorities: every
 * scan newest first, or only the denials, or what a supervisor must look at (offline conflicts and flagged scans).
 * Read-only; paged in the database by {@link ScanLogService}, as the REST log is.
 */
@Named
@ViewScoped
public class GateScansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "scans:table";

    @Inject
    ScanLogService scanLog;

    @Inject
    EventService events;

    private Long eventId;
    private ScanLogService.Filter filter = ScanLogService.Filter.ALL;
    private transient EventView event;

    private final LazyDataModel<ScanView> model = new Scans();

    public void load() {
        if (eventId == null) {
            ConsolePages.notFound();
            return;
        }
        try {
            event = events.find(eventId);
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    /** A new filter starts again at the first page. */
    public void search() {
        ConsolePages.firstPage(TABLE);
    }

    public ScanLogService.Filter[] getFilters() {
        return ScanLogService.Filter.values();
    }

    public EventView getEvent() {
        if (event == null && eventId != null) {
            event = events.find(eventId);
        }
        return event;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public ScanLogService.Filter getFilter() {
        return filter;
    }

    public void setFilter(ScanLogService.Filter filter) {
        this.filter = filter == null ? ScanLogService.Filter.ALL : filter;
    }

    public LazyDataModel<ScanView> getModel() {
        return model;
    }

    private class Scans extends LazyDataModel<ScanView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return eventId == null ? 0 : (int) scanLog.count(eventId, filter);
        }

        @Override
        public List<ScanView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                   Map<String, FilterMeta> filters) {
            return eventId == null ? List.of() : scanLog.items(eventId, filter, first / pageSize, pageSize);
        }

        @Override
        public String getRowKey(ScanView scan) {
            return String.valueOf(scan.id());
        }
    }
}
