package tn.entrix.venue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;
import tn.entrix.platform.NotFoundException;

/** Creates a venue ({@code edit.xhtml}) or edits one ({@code edit.xhtml?id=}). */
@Named
@ViewScoped
public class VenueEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "venueForm";

    /**
     * Request component → input id. The slug is derived from the name, so a slug clash is shown on the name.
     */
    static final Map<String, String> FIELDS = Map.of("name", "name", "slug", "name", "city", "city",
            "address", "address", "maxCapacity", "maxCapacity", "latitude", "latitude", "longitude", "longitude");

    @Inject
    VenueService venues;

    @Inject
    FormValidation validation;

    private Long id;
    private String name;
    private String city;
    private String address;
    private Integer maxCapacity;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Long version;
    // media and metadata are not edited here but must survive an update (the request replaces them); kept as text
    // because the JSON-P values are not serializable and a view-scoped bean may be
    private String media;
    private String metadata;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            VenueView venue = venues.find(id);
            name = venue.name();
            city = venue.city();
            address = venue.address();
            maxCapacity = venue.maxCapacity();
            latitude = venue.latitude();
            longitude = venue.longitude();
            version = venue.version();
            media = venue.media() == null ? null : venue.media().toString();
            metadata = venue.metadata() == null ? null : venue.metadata().toString();
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    public String save() {
        VenueRequest request = new VenueRequest(name, null, address, city, latitude, longitude, maxCapacity,
                media == null ? null : read(media).asJsonArray(), metadata == null ? null : read(metadata).asJsonObject(),
                version);
        if (!validation.check(request, FORM, FIELDS)) {
            return null;
        }
        try {
            VenueView saved = id == null ? venues.create(request) : venues.update(id, request);
            ConsoleMessages.info(id == null ? "venue.created" : "venue.updated", saved.name());
            ConsoleMessages.keepForRedirect();
            return "/console/venues/venue?faces-redirect=true&id=" + saved.id();
        } catch (EntrixException e) {
            ConsoleMessages.error(FORM, e, FIELDS);
            return null;
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    private static jakarta.json.JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getMaxCapacity() {
        return maxCapacity;
    }

    public void setMaxCapacity(Integer maxCapacity) {
        this.maxCapacity = maxCapacity;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public Long getVersion() {
        return version;
    }
}
