package tn.entrix.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.NotFoundException;

/** One group ({@code console/groups/group.xhtml?id=}): its members, added by hand or by CSV, removed; its rule run. */
@Named
@ViewScoped
public class GroupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MEMBER_FORM = "memberForm";
    static final String IMPORT_FORM = "importForm";

    @Inject
    GroupService groups;

    private Long id;
    private transient GroupView group;
    private String newMember;
    private transient UploadedFile file;

    private final LazyDataModel<MemberView> members = new Members();

    public void load() {
        if (id == null) {
            ConsolePages.notFound();
            return;
        }
        try {
            group = groups.find(id);
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    public void addMember() {
        if (newMember == null || newMember.isBlank()) {
            ConsoleMessages.fieldError(MEMBER_FORM + ":newMember", ConsoleMessages.text("group.member.required"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            MemberView added = groups.addMember(id, newMember);
            ConsoleMessages.info("group.member.added", added.username());
            newMember = null;
            group = null;
        } catch (EntrixException e) {
            ConsoleMessages.error(MEMBER_FORM, e, Map.of("user", MEMBER_FORM + ":newMember"));
        }
    }

    public void removeMember(MemberView member) {
        try {
            groups.removeMember(id, member.userId());
            ConsoleMessages.info("group.member.removed", member.username());
            group = null;
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    /** All or nothing: on IMPORT_INVALID every bad line is listed and no one was added. */
    public void importMembers() {
        if (file == null || file.getSize() == 0) {
            ConsoleMessages.error(IMPORT_FORM, ConsoleMessages.text("group.import.noFile"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            String csv = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (csv.startsWith("\uFEFF")) {
                csv = csv.substring(1);
            }
            MemberImportView result = groups.importMembers(id, csv);
            ConsoleMessages.info("group.import.done", result.added(), result.alreadyMembers());
            group = null;
        } catch (EntrixException e) {
            ConsoleMessages.error(IMPORT_FORM, ConsoleMessages.describe(e));
            if (e.details().get("errors") instanceof List<?> errors) {
                for (Object error : errors) {
                    if (error instanceof Map<?, ?> line) {
                        ConsoleMessages.error(IMPORT_FORM, ConsoleMessages.text("group.import.line", line.get("line"),
                                line.get("value")));
                    }
                }
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void refreshRule() {
        try {
            group = groups.refresh(id);
            ConsoleMessages.info("group.refreshed", group.members());
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GroupView getGroup() {
        if (group == null) {
            group = groups.find(id);
        }
        return group;
    }

    public LazyDataModel<MemberView> getMembers() {
        return members;
    }

    public String getNewMember() {
        return newMember;
    }

    public void setNewMember(String newMember) {
        this.newMember = newMember;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    private class Members extends LazyDataModel<MemberView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) groups.members(id, 0, 1).total();
        }

        @Override
        public List<MemberView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                     Map<String, FilterMeta> filters) {
            return groups.members(id, first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(MemberView member) {
            return String.valueOf(member.userId());
        }

        @Override
        public MemberView getRowData(String rowKey) {
            return null; // rows are not selected
        }
    }
}
