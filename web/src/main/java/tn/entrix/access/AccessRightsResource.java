package tn.entrix.access;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.RequiredBody;

/** A holder's access rights, their QR codes and PDF tickets (a holder only ever sees their own), and revocation. */
@Path("access-rights")
@RequestScoped
@Tag(name = "Access")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessRightsResource {

    @Inject
    AccessRightService rights;

    @Context
    SecurityContext security;

    @GET
    @Allowed(Role.Names.USER)
    @Operation(summary = "My access rights (tickets), newest first, with their QR token")
    public List<AccessRightView> mine() {
        return rights.mine(me());
    }

    @GET
    @Path("{id}")
    @Allowed(Role.Names.USER)
    @Operation(summary = "One of my access rights")
    @APIResponse(responseCode = "404", description = "ACCESSRIGHT_NOT_FOUND (also for someone else's right)")
    public AccessRightView find(@PathParam("id") long id) {
        return rights.findOwn(me(), id);
    }

    @GET
    @Path("{id}/qr.png")
    @Produces("image/png")
    @Allowed(Role.Names.USER)
    @Operation(summary = "The QR code of one of my access rights, as PNG")
    @APIResponse(responseCode = "404", description = "ACCESSRIGHT_NOT_FOUND (also for someone else's right)")
    @APIResponse(responseCode = "409", description = "ACCESS_RIGHT_NOT_VALID (revoked, refunded, transferred)")
    public Response qr(@PathParam("id") long id) {
        return Response.ok(rights.qrOwn(me(), id), "image/png").header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("{id}/ticket.pdf")
    @Produces("application/pdf")
    @Allowed(Role.Names.USER)
    @Operation(summary = "The PDF ticket of one of my access rights")
    @APIResponse(responseCode = "404", description = "ACCESSRIGHT_NOT_FOUND (also for someone else's right)")
    @APIResponse(responseCode = "409", description = "ACCESS_RIGHT_NOT_VALID (revoked, refunded, transferred)")
    public Response ticket(@PathParam("id") long id) {
        return Response.ok(rights.ticketOwn(me(), id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"ticket-" + id + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("{id}/revoke")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Revoke a VALID access right: its code stops opening the gates (audited, HIGH)")
    @APIResponse(responseCode = "404", description = "ACCESSRIGHT_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ACCESS_RIGHT_NOT_VALID")
    public AccessRightView revoke(@PathParam("id") long id, @Valid @RequiredBody RevokeRequest request) {
        return rights.revoke(id, request.reason());
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}
