package tn.entrix.access;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.ResponseView;

/**
 * The public keys that verify an event's QR tokens, for the scanners to download before the doors open (they verify
 * offline), and key rotation. Private keys never leave the server.
 */
@Path("events/{eventId}/keys")
@ApplicationScoped
@Tag(name = "Access")
@Produces(MediaType.APPLICATION_JSON)
public class EventKeysResource {

    @Inject
    AccessRightService rights;

    @GET
    @Allowed({Role.Names.BADGECHECKER, Role.Names.ADMIN})
    @Operation(summary = "The event's public keys (Ed25519, raw 32 bytes as base64url) by key id; rotated ones "
            + "still verify the tokens they signed")
    @APIResponse(responseCode = "404", description = "EVENT_NOT_FOUND")
    public List<EventKeyView> keys(@PathParam("eventId") long eventId) {
        return rights.keys(eventId);
    }

    @POST
    @Path("rotate")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Rotate the event's signing key: rights issued from now on use the new key (audited, HIGH)")
    @APIResponse(responseCode = "201", description = "The new active key")
    @APIResponse(responseCode = "404", description = "EVENT_NOT_FOUND")
    @ResponseView(EventKeyView.class)
    public Response rotate(@PathParam("eventId") long eventId) {
        return Response.status(Response.Status.CREATED).entity(rights.rotateKey(eventId)).build();
    }
}
