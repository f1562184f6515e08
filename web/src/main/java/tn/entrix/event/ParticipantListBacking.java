package tn.entrix.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.Page;

/** The participants page: filtered by kind and text, paged and sorted by {@link ParticipantService#search}. */
@Named
@ViewScoped
public class ParticipantListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "participants:table";

    static final Map<String, ParticipantOrder> ORDERS = Map.of("name", ParticipantOrder.NAME,
            "code", ParticipantOrder.CODE, "kind", ParticipantOrder.KIND, "category", ParticipantOrder.CATEGORY,
            "nationality", ParticipantOrder.NATIONALITY);

    @Inject
    ParticipantService participants;

    private String text;
    private ParticipantKind kind;

    private final LazyDataModel<ParticipantView> model = new Participants();

    public void search() {
        ConsolePages.firstPage(TABLE);
    }

    public SortMeta getDefaultSort() {
        return SortMeta.builder().field("name").order(SortOrder.ASCENDING).build();
    }

    public LazyDataModel<ParticipantView> getModel() {
        return model;
    }

    public ParticipantKind[] getKinds() {
        return ParticipantKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public void setKind(ParticipantKind kind) {
        this.kind = kind;
    }

    private class Participants extends LazyDataModel<ParticipantView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) participants.search(text, kind, ParticipantOrder.NAME, false, 0, 1).total();
        }

        @Override
        public List<ParticipantView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                          Map<String, FilterMeta> filters) {
            SortMeta meta = sort.values().stream().findFirst().orElse(null);
            ParticipantOrder order = meta == null ? ParticipantOrder.NAME
                    : ORDERS.getOrDefault(meta.getField(), ParticipantOrder.NAME);
            boolean descending = meta != null && meta.getOrder() == SortOrder.DESCENDING;
            Page<ParticipantView> page = participants.search(text, kind, order, descending, first / pageSize,
                    pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ParticipantView participant) {
            return String.valueOf(participant.id());
        }

        @Override
        public ParticipantView getRowData(String rowKey) {
            return participants.find(Long.parseLong(rowKey));
        }
    }
}
