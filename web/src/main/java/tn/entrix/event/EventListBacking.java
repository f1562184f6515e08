package tn.entrix.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import tn.entrix.platform.ConsoleFormat;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.Page;
import tn.entrix.platform.PagedExport;

/**
 * The events page: filters (status, kind, group, dates, text), a lazy table paged and sorted by
 * {@link EventService#search}, and the same list as CSV or Excel. {@code list.xhtml?group=} opens it on a group.
 */
@Named
@ViewScoped
public class EventListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "events:table";

    /** Table column (its sortBy property) → service order. */
    static final Map<String, EventOrder> ORDERS = Map.of("startsAt", EventOrder.STARTS_AT, "code", EventOrder.CODE,
            "name", EventOrder.NAME, "kind", EventOrder.KIND, "status", EventOrder.STATUS,
            "venueName", EventOrder.VENUE);

    @Inject
    EventService events;

    @Inject
    EventGroupService groups;

    private EventStatus status;
    private EventKind kind;
    private Long groupId;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String text;
    // the table's order, kept for the export
    private EventOrder order = EventOrder.STARTS_AT;
    private boolean descending;

    private transient List<GroupOptions.Option> groupOptions;
    private transient Map<Long, String> groupNames;

    private final LazyDataModel<EventView> model = new Events();

    /** New filters show their first page. */
    public void search() {
        ConsolePages.firstPage(TABLE);
    }

    public void clear() {
        status = null;
        kind = null;
        groupId = null;
        fromDate = null;
        toDate = null;
        text = null;
        search();
    }

    EventFilter filter() {
        return new EventFilter(status, kind, groupId, ConsoleFormat.startOf(fromDate),
                ConsoleFormat.startOf(toDate == null ? null : toDate.plusDays(1)), text);
    }

    public StreamedContent exportCsv() {
        return export(PagedExport.Format.CSV);
    }

    public StreamedContent exportXlsx() {
        return export(PagedExport.Format.XLSX);
    }

    private StreamedContent export(PagedExport.Format format) {
        EventFilter filter = filter();
        EventOrder by = order;
        boolean desc = descending;
        Map<Long, String> names = getGroupNames();
        String yes = ConsoleMessages.text("app.yes");
        String no = ConsoleMessages.text("app.no");
        Map<EventStatus, String> statuses = labels(EventStatus.values(), "event.status.");
        Map<EventKind, String> kinds = labels(EventKind.values(), "event.kind.");
        Map<LineupRole, String> roles = labels(LineupRole.values(), "lineup.role.");
        List<PagedExport.Column<EventView>> columns = List.of(
                column("event.code", EventView::code),
                column("event.name", EventView::name),
                column("event.kind", e -> kinds.get(e.kind())),
                column("event.category", EventView::category),
                column("event.status", e -> statuses.get(e.status())),
                column("event.startsAt", EventView::startsAt),
                column("event.endsAt", EventView::endsAt),
                column("event.doorsOpenAt", EventView::doorsOpenAt),
                column("event.venue", EventView::venueName),
                column("event.mapping", EventView::mappingName),
                column("event.group", e -> e.groupId() == null ? null : names.get(e.groupId())),
                column("event.participants", e -> e.participants().stream()
                        .map(p -> p.name() + " (" + roles.get(p.role()) + ")").collect(Collectors.joining(", "))),
                column("event.derby", e -> e.derby() ? yes : no));
        return PagedExport.download(format, ConsoleMessages.text("events.file"), columns,
                (page, size) -> events.search(filter, by, desc, page, size));
    }

    private static PagedExport.Column<EventView> column(String key, java.util.function.Function<EventView, Object> v) {
        return new PagedExport.Column<>(ConsoleMessages.text(key), v);
    }

    private static <E extends Enum<E>> Map<E, String> labels(E[] values, String prefix) {
        return java.util.Arrays.stream(values).collect(Collectors.toMap(v -> v, v -> ConsoleMessages.text(prefix + v)));
    }

    /** The table's first order: by start, soonest first. */
    public SortMeta getDefaultSort() {
        return SortMeta.builder().field("startsAt").order(SortOrder.ASCENDING).build();
    }

    public LazyDataModel<EventView> getModel() {
        return model;
    }

    public List<GroupOptions.Option> getGroupOptions() {
        if (groupOptions == null) {
            groupOptions = GroupOptions.of(groups.list());
        }
        return groupOptions;
    }

    /** Group names by id, for the table's group column. */
    public Map<Long, String> getGroupNames() {
        if (groupNames == null) {
            groupNames = groups.list().stream().collect(Collectors.toMap(EventGroupView::id, EventGroupView::name));
        }
        return groupNames;
    }

    public EventStatus[] getStatuses() {
        return EventStatus.values();
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public boolean isFiltered() {
        return status != null || kind != null || groupId != null || fromDate != null || toDate != null
                || text != null && !text.isBlank();
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** One page per request, filtered and sorted by the database. */
    private class Events extends LazyDataModel<EventView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) events.search(filter(), order, descending, 0, 1).total();
        }

        @Override
        public List<EventView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                    Map<String, FilterMeta> filters) {
            SortMeta meta = sort.values().stream().findFirst().orElse(null);
            order = meta == null ? EventOrder.STARTS_AT : ORDERS.getOrDefault(meta.getField(), EventOrder.STARTS_AT);
            descending = meta != null && meta.getOrder() == SortOrder.DESCENDING;
            Page<EventView> page = events.search(filter(), order, descending, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(EventView event) {
            return String.valueOf(event.id());
        }

        @Override
        public EventView getRowData(String rowKey) {
            return events.find(Long.parseLong(rowKey));
        }
    }
}
