package tn.entrix.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tn.entrix.platform.NotFoundException;

/**
 * A participant chosen in an autocomplete travels as its id and comes back as the service's view. A CDI bean used as
 * {@code converter="#{participantConverter}"}: a {@code @FacesConverter} is not a bean under annotated discovery, so
 * nothing would be injected into it.
 */
@Named
@ApplicationScoped
public class ParticipantConverter implements Converter<ParticipantView> {

    @Inject
    ParticipantService participants;

    @Override
    public ParticipantView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return participants.find(Long.parseLong(value.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            return null; // typed text that names no participant: nothing chosen
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ParticipantView value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
