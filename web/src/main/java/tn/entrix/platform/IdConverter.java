package tn.entrix.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The id in a console page's address ({@code venue.xhtml?id=42}). Anything that is not a positive number becomes an
 * id that names nothing, so the page answers 404 as it does for a deleted venue. A failed conversion instead would
 * skip the page's view action and render the page without its data.
 */
@FacesConverter("entrix.Id")
public class IdConverter implements Converter<Long> {

    /** No row has this id: sequences start at 1. */
    static final long NOTHING = -1L;

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : NOTHING;
        } catch (NumberFormatException e) {
            return NOTHING;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
