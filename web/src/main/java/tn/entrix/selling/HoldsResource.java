package tn.entrix.selling;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.RequiredBody;
import tn.entrix.platform.ResponseView;

/** A fan's seat holds: best available or chosen seats, kept for a few minutes while they pay. */
@Path("holds")
@ApplicationScoped
@Tag(name = "Selling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoldsResource {

    @Inject
    HoldService holds;

    @Inject
    StockAdmission admission;

    @POST
    @Allowed(Role.Names.USER)
    @Operation(summary = "Hold best available seats (quantity) or chosen seats (seatIds); expires in 10 minutes")
    @APIResponse(responseCode = "201", description = "Held, with the price breakdown")
    @APIResponse(responseCode = "403", description = "SALE_RESTRICTED (event reserved to groups)")
    @APIResponse(responseCode = "409", description = "SOLD_OUT, SEAT_UNAVAILABLE, EVENT_NOT_ON_SALE, SALE_CLOSED")
    @APIResponse(responseCode = "422", description = "ORDER_LIMIT, USER_LIMIT, QUANTITY_REQUIRED")
    @APIResponse(responseCode = "503", description = "SALE_BUSY: too many buyers at once, try again")
    @ResponseView(HoldView.class)
    public Response hold(@Context SecurityContext security, @Valid @RequiredBody HoldRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(admission.admit(() -> holds.hold(security.getUserPrincipal().getName(), request))).build();
    }

    @GET
    @Path("{id}")
    @Allowed(Role.Names.USER)
    @Operation(summary = "One of my holds, priced now (with an optional promo code)")
    public HoldView find(@Context SecurityContext security, @PathParam("id") long id,
                         @QueryParam("promoCode") String promoCode) {
        return holds.find(security.getUserPrincipal().getName(), id, promoCode);
    }

    @DELETE
    @Path("{id}")
    @Allowed(Role.Names.USER)
    @Operation(summary = "Give the seats back")
    @APIResponse(responseCode = "204", description = "Released")
    public void release(@Context SecurityContext security, @PathParam("id") long id) {
        holds.release(security.getUserPrincipal().getName(), id);
    }

    @GET
    @Path("quote")
    @Allowed(Role.Names.USER)
    @Operation(summary = "What tickets of a type would cost me now, rule by rule, without holding anything")
    public QuoteView quote(@Context SecurityContext security, @QueryParam("ticketTypeId") long ticketTypeId,
                           @QueryParam("quantity") int quantity, @QueryParam("promoCode") String promoCode) {
        return holds.quote(security.getUserPrincipal().getName(), ticketTypeId, quantity, promoCode);
    }
}
