package tn.entrix.event;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;

/**
 * The calendar import ({@code import.xhtml}): a season's CSV into a group, all or nothing. When a line is bad the
 * service imports nothing and names every bad line; this page lists them, in the user's language.
 */
@Named
@ViewScoped
public class CalendarImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "importForm";

    @Inject
    CalendarImportService calendar;

    @Inject
    EventGroupService groups;

    private Long groupId;
    private transient UploadedFile file;
    private transient List<GroupOptions.Option> groupOptions;

    private String fileName;
    private final List<LineError> errors = new ArrayList<>();
    private Integer created;
    private final List<String> createdCodes = new ArrayList<>();

    /** A bad line of the file, said in the user's language. */
    public record LineError(int line, String message) implements Serializable {
    }

    public void upload() {
        errors.clear();
        created = null;
        createdCodes.clear();
        if (groupId == null) {
            ConsoleMessages.fieldError("group", ConsoleMessages.text("calendar.groupRequired"));
        }
        if (file == null || file.getSize() == 0) {
            ConsoleMessages.fieldError("file", ConsoleMessages.text("calendar.fileRequired"));
        }
        if (groupId == null || file == null || file.getSize() == 0) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        fileName = file.getFileName();
        try {
            CalendarImportView result = calendar.importCalendar(groupId,
                    new String(file.getContent(), StandardCharsets.UTF_8));
            created = result.created();
            createdCodes.addAll(result.codes()); // the page says it in its result card
        } catch (EntrixException e) {
            if (e.details().get("lines") instanceof List<?> lines) {
                for (Object line : lines) {
                    if (line instanceof Map<?, ?> member) {
                        errors.add(new LineError(((Number) member.get("line")).intValue(), describe(member)));
                    }
                }
                ConsoleMessages.error(FORM, ConsoleMessages.text("calendar.invalid", errors.size()));
            } else {
                ConsoleMessages.error(FORM, e);
            }
        }
    }

    /** {@code calendar.line.<CODE>} with the line's values, or the service's English message for a new code. */
    private static String describe(Map<?, ?> member) {
        String key = "calendar.line." + member.get("code");
        String pattern = ConsoleMessages.text(key);
        if (pattern.equals(key)) {
            return String.valueOf(member.get("message"));
        }
        String text = pattern;
        for (Map.Entry<?, ?> value : member.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }

    public List<GroupOptions.Option> getGroupOptions() {
        if (groupOptions == null) {
            groupOptions = GroupOptions.of(groups.list());
        }
        return groupOptions;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public List<LineError> getErrors() {
        return errors;
    }

    public Integer getCreated() {
        return created;
    }

    public String getCreatedMessage() {
        return created == null ? "" : ConsoleMessages.text("calendar.created", created);
    }

    public List<String> getCreatedCodes() {
        return createdCodes;
    }
}
