package tn.entrix.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.NotFoundException;

/** Creates a group ({@code edit.xhtml}, {@code ?parent=} for a phase) or edits one ({@code edit.xhtml?id=}). */
@Named
@ViewScoped
public class EventGroupEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "groupForm";
    static final Map<String, String> FIELDS = Map.of("code", "code", "name", "name", "kind", "kind",
            "parentId", "parent", "startsOn", "startsOn", "endsOn", "endsOn");

    @Inject
    EventGroupService groups;

    @Inject
    FormValidation validation;

    private Long id;
    private Long version;
    private String code;
    private String name;
    private EventGroupKind kind = EventGroupKind.SEASON;
    private Long parentId;
    private LocalDate startsOn;
    private LocalDate endsOn;

    private transient List<GroupOptions.Option> parentOptions;

    public void load() {
        if (id == null) {
            if (parentId != null) {
                kind = EventGroupKind.PHASE; // "add a phase" from the tree
            }
            return;
        }
        try {
            EventGroupView group = groups.find(id);
            version = group.version();
            code = group.code();
            name = group.name();
            kind = group.kind();
            parentId = group.parentId();
            startsOn = group.startsOn();
            endsOn = group.endsOn();
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    public String save() {
        EventGroupRequest request = new EventGroupRequest(code == null ? null : code.strip(), name, kind, parentId,
                startsOn, endsOn, version);
        if (!validation.check(request, FORM, FIELDS)) {
            return null;
        }
        try {
            EventGroupView saved = id == null ? groups.create(request) : groups.update(id, request);
            ConsoleMessages.info(id == null ? "competition.created" : "competition.updated", saved.name());
            ConsoleMessages.keepForRedirect();
            return "/console/competitions/list?faces-redirect=true";
        } catch (EntrixException e) {
            ConsoleMessages.error(FORM, e, FIELDS);
            return null;
        }
    }

    /** Every group but this one and its sub-groups (a group cannot sit under itself). */
    public List<GroupOptions.Option> getParentOptions() {
        if (parentOptions == null) {
            parentOptions = GroupOptions.of(groups.list(), id);
        }
        return parentOptions;
    }

    public boolean isCreating() {
        return id == null;
    }

    public EventGroupKind[] getKinds() {
        return EventGroupKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public EventGroupKind getKind() {
        return kind;
    }

    public void setKind(EventGroupKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
