package tn.entrix.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
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
import tn.entrix.platform.TableExport;

/** The users page ({@code console/users/list.xhtml}): filtered, sorted, paged by {@link UserService#list}; exports. */
@Named
@ViewScoped
public class UserListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "users:table";

    /** An export holds at most this many rows (the filters narrow a larger list). */
    static final int EXPORT_LIMIT = 50_000;

    @Inject
    UserService users;

    @Inject
    ConsoleFormat fmt;

    private String text;
    private UserStatus status;
    private Role role;
    private String sortField;
    private boolean descending;

    private final LazyDataModel<ProfileView> model = new Users();

    /** A new filter shows its first page. */
    public void search() {
        ConsolePages.firstPage(TABLE);
    }

    public StreamedContent getCsv() {
        return TableExport.csv("entrix-users.csv", headers(), rows());
    }

    public StreamedContent getXlsx() {
        return TableExport.xlsx("entrix-users.xlsx", ConsoleMessages.text("users.title"), headers(), rows());
    }

    private List<String> headers() {
        return List.of("id", ConsoleMessages.text("user.username"), ConsoleMessages.text("user.email"),
                ConsoleMessages.text("user.displayName"), ConsoleMessages.text("user.phone"),
                ConsoleMessages.text("user.status"), ConsoleMessages.text("user.roles"),
                ConsoleMessages.text("user.city"), ConsoleMessages.text("user.governorate"),
                ConsoleMessages.text("user.marketingConsent"), ConsoleMessages.text("user.createdAt"));
    }

    /** Every row of the filtered list in the table's order, page by page. */
    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; rows.size() < EXPORT_LIMIT; page++) {
            Page<ProfileView> chunk = users.list(text, status, role, sortField, descending, page, Page.MAX_SIZE);
            for (ProfileView u : chunk.items()) {
                rows.add(java.util.Arrays.asList(String.valueOf(u.id()), u.username(), u.email(), u.displayName(),
                        u.phone(), ConsoleMessages.text("user.status." + u.status()),
                        u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")), u.city(),
                        u.governorate(), ConsoleMessages.text(u.marketingConsent() ? "answer.yes" : "answer.no"),
                        fmt.dateTime(u.createdAt())));
            }
            if (chunk.items().size() < Page.MAX_SIZE) {
                break;
            }
        }
        return rows;
    }

    public UserStatus[] getStatuses() {
        return UserStatus.values();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public LazyDataModel<ProfileView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UserStatus getStatus() {
        return status;
    }

    public void setStatus(UserStatus status) {
        this.status = status;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    private class Users extends LazyDataModel<ProfileView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) users.list(text, status, role, null, false, 0, 1).total();
        }

        @Override
        public List<ProfileView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                      Map<String, FilterMeta> filters) {
            SortMeta by = sort == null ? null : sort.values().stream()
                    .filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
            sortField = by == null ? null : by.getField();
            descending = by != null && by.getOrder() == SortOrder.DESCENDING;
            return users.list(text, status, role, sortField, descending, first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(ProfileView user) {
            return String.valueOf(user.id());
        }

        @Override
        public ProfileView getRowData(String rowKey) {
            return users.find(Long.parseLong(rowKey));
        }
    }
}
