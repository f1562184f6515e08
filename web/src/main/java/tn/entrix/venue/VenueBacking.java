package tn.entrix.venue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.NotFoundException;

/** One venue ({@code venue.xhtml?id=}): its description and its mappings, created, copied, exported, deleted here. */
@Named
@ViewScoped
public class VenueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MAPPING_FORM = "mappingForm";
    static final String COPY_FORM = "copyForm";

    @Inject
    VenueService venues;

    @Inject
    MappingService mappings;

    @Inject
    MappingTransferService transfers;

    @Inject
    FormValidation validation;

    private Long id;
    // views are re-read, not serialized with the view state (records holding JSON-P values are not serializable)
    private transient VenueView venue;
    private transient List<MappingView> mappingList;
    private String newMappingName;
    private Long copySourceId;
    private String copySourceName;
    private String copyName;

    public void load() {
        if (id == null) {
            ConsolePages.notFound();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    /** A new, empty mapping; the user goes on to its zones at once. */
    public String createMapping() {
        MappingRequest request = new MappingRequest(newMappingName, null, null, null, null);
        if (!validation.check(request, MAPPING_FORM, Map.of("name", MAPPING_FORM + ":mappingName"))) {
            return null;
        }
        try {
            MappingView created = mappings.create(id, request);
            ConsoleMessages.info("mapping.created", created.name());
            ConsoleMessages.keepForRedirect();
            return "/console/venues/mapping?faces-redirect=true&id=" + created.id();
        } catch (EntrixException e) {
            ConsoleMessages.error(MAPPING_FORM, e, Map.of("name", MAPPING_FORM + ":mappingName"));
            return null;
        }
    }

    public void prepareCopy(MappingView source) {
        copySourceId = source.id();
        copySourceName = source.name();
        copyName = ConsoleMessages.text("mapping.copy.defaultName", source.name());
    }

    /** Copy = export then import under the new name, all or nothing (see MappingTransferService). */
    public void copy() {
        if (copySourceId == null) {
            return;
        }
        Map<String, String> fields = Map.of("name", COPY_FORM + ":copyName");
        if (!validation.check(new MappingRequest(copyName, null, null, null, null), COPY_FORM, fields)) {
            return;
        }
        try {
            MappingView copy = transfers.copy(copySourceId, copyName);
            ConsoleMessages.info("mapping.copied", copySourceName, copy.name());
            refresh();
            PrimeFaces.current().executeScript("PF('copyDialog').hide()");
        } catch (EntrixException e) {
            ConsoleMessages.error(COPY_FORM, e, fields);
        }
    }

    public void deleteMapping(MappingView mapping) {
        try {
            mappings.delete(mapping.id());
            ConsoleMessages.info("mapping.deleted", mapping.name());
            refresh();
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    public String deleteVenue() {
        try {
            venues.delete(id);
            ConsoleMessages.info("venue.deleted", getVenue().name());
            ConsoleMessages.keepForRedirect();
            return "/console/venues/list?faces-redirect=true";
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
            return null;
        }
    }

    /** The mapping as the JSON document that the import endpoint takes back (format 1). */
    public StreamedContent export(MappingView mapping) {
        MappingDocument document = transfers.export(mapping.id());
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(document).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write mapping " + mapping.id() + " as JSON", e);
        }
        return DefaultStreamedContent.builder()
                .name(fileName(getVenue().slug() + "-" + mapping.name()) + ".json")
                .contentType("application/json")
                .contentEncoding(StandardCharsets.UTF_8.name())
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    /** A file name any system accepts: ASCII letters, digits and dashes. */
    static String fileName(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String name = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return name.isEmpty() ? "mapping" : name;
    }

    private void refresh() {
        venue = venues.find(id);
        mappingList = mappings.listOfVenue(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VenueView getVenue() {
        if (venue == null) {
            refresh();
        }
        return venue;
    }

    public List<MappingView> getMappings() {
        if (mappingList == null) {
            refresh();
        }
        return mappingList;
    }

    public String getNewMappingName() {
        return newMappingName;
    }

    public void setNewMappingName(String newMappingName) {
        this.newMappingName = newMappingName;
    }

    public String getCopySourceName() {
        return copySourceName;
    }

    public String getCopyName() {
        return copyName;
    }

    public void setCopyName(String copyName) {
        this.copyName = copyName;
    }
}
