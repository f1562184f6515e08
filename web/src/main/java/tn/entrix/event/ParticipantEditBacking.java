package tn.entrix.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.NotFoundException;

/** Creates a participant ({@code edit.xhtml}) or edits one ({@code edit.xhtml?id=}). */
@Named
@ViewScoped
public class ParticipantEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "participantForm";
    static final Map<String, String> FIELDS = Map.of("code", "code", "name", "name", "kind", "kind",
            "category", "category", "nationality", "nationality", "logoUrl", "logoUrl");

    @Inject
    ParticipantService participants;

    @Inject
    FormValidation validation;

    private Long id;
    private Long version;
    private String code;
    private String name;
    private ParticipantKind kind = ParticipantKind.TEAM;
    private String category;
    private String nationality = "TN";
    private String logoUrl;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            ParticipantView p = participants.find(id);
            version = p.version();
            code = p.code();
            name = p.name();
            kind = p.kind();
            category = p.category();
            nationality = p.nationality();
            logoUrl = p.logoUrl();
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    public String save() {
        ParticipantRequest request = new ParticipantRequest(strip(code), name, kind, strip(category),
                nationality == null || nationality.isBlank() ? null : nationality.strip().toUpperCase(Locale.ROOT),
                strip(logoUrl), version);
        if (!validation.check(request, FORM, FIELDS)) {
            return null;
        }
        try {
            ParticipantView saved = id == null ? participants.create(request) : participants.update(id, request);
            ConsoleMessages.info(id == null ? "participant.created" : "participant.updated", saved.name());
            ConsoleMessages.keepForRedirect();
            return "/console/participants/participant?faces-redirect=true&id=" + saved.id();
        } catch (EntrixException e) {
            ConsoleMessages.error(FORM, e, FIELDS);
            return null;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isCreating() {
        return id == null;
    }

    public ParticipantKind[] getKinds() {
        return ParticipantKind.values();
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

    public ParticipantKind getKind() {
        return kind;
    }

    public void setKind(ParticipantKind kind) {
        this.kind = kind;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String logoUrl) {
        this.logoUrl = logoUrl;
    }
}
