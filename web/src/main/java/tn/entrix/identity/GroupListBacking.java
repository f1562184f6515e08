package tn.entrix.identity;

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

/** The groups page ({@code console/groups/list.xhtml}): text and kind filters, paged. */
@Named
@ViewScoped
public class GroupListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "groups:table";

    @Inject
    GroupService groups;

    private String text;
    private GroupKind kind;

    private final LazyDataModel<GroupView> model = new Groups();

    public void search() {
        ConsolePages.firstPage(TABLE);
    }

    public void delete(GroupView group) {
        try {
            groups.delete(group.id());
            ConsoleMessages.info("group.deleted", group.code());
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    public GroupKind[] getKinds() {
        return GroupKind.values();
    }

    public LazyDataModel<GroupView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        this.kind = kind;
    }

    private class Groups extends LazyDataModel<GroupView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) groups.list(kind, text, 0, 1).total();
        }

        @Override
        public List<GroupView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                    Map<String, FilterMeta> filters) {
            return groups.list(kind, text, first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(GroupView group) {
            return String.valueOf(group.id());
        }

        @Override
        public GroupView getRowData(String rowKey) {
            return groups.find(Long.parseLong(rowKey));
        }
    }
}
