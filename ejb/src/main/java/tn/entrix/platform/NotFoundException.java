package tn.entrix.platform;

/** An id that names nothing (or nothing the caller may see). Codes look like VENUE_NOT_FOUND. */
public class NotFoundException extends EntrixException {

    public NotFoundException(String entity, Object id) {
        super(Kind.NOT_FOUND, entity.toUpperCase() + "_NOT_FOUND", entity + " " + id + " does not exist");
    }
}
