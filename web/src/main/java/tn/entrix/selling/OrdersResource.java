package tn.entrix.selling;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import tn.entrix.platform.ResponseView;

/** A fan's orders: made from a hold, then paid with Flouci. A fan only ever sees their own. */
@Path("orders")
@ApplicationScoped
@Tag(name = "Selling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

    @Inject
    OrderService orders;

    @Inject
    StockAdmission admission;

    @POST
    @Allowed(Role.Names.USER)
    @Operation(summary = "Order the seats of my hold (holdId), or tickets of a type straight away (ticketTypeId with "
            + "quantity or seatIds: held and ordered in one step); optional promo code; pay within 15 minutes")
    @APIResponse(responseCode = "201", description = "Ordered, PENDING_PAYMENT")
    @APIResponse(responseCode = "403", description = "SALE_RESTRICTED, BANNED")
    @APIResponse(responseCode = "409", description = "HOLD_EXPIRED, PROMO_CODE_EXHAUSTED, SOLD_OUT, SEAT_UNAVAILABLE, "
            + "EVENT_NOT_ON_SALE, SALE_CLOSED")
    @APIResponse(responseCode = "422", description = "PROMO_CODE_UNKNOWN, ORDER_SOURCE_INVALID, ORDER_LIMIT, "
            + "USER_LIMIT, QUANTITY_REQUIRED")
    @APIResponse(responseCode = "503", description = "SALE_BUSY: too many buyers at once, try again")
    @ResponseView(OrderView.class)
    public Response create(@Context SecurityContext security, @Valid @RequiredBody OrderRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(admission.admit(() -> orders.create(security.getUserPrincipal().getName(), request)))
                .build();
    }

    @GET
    @Allowed(Role.Names.USER)
    @Operation(summary = "My orders, newest first")
    public List<OrderView> mine(@Context SecurityContext security) {
        return orders.listOwn(security.getUserPrincipal().getName());
    }

    @GET
    @Path("{id}")
    @Allowed(Role.Names.USER)
    @Operation(summary = "One of my orders")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also for someone else's order)")
    public OrderView find(@Context SecurityContext security, @PathParam("id") long id) {
        return orders.findOwn(security.getUserPrincipal().getName(), id);
    }

    @POST
    @Path("{id}/payment")
    @Allowed(Role.Names.USER)
    @Operation(summary = "Pay my pending order with Flouci: follow the returned link; the order is PAID once Flouci "
            + "confirms (webhook, verified)")
    @APIResponse(responseCode = "200", description = "The Flouci payment page to open")
    @APIResponse(responseCode = "409", description = "ORDER_NOT_PENDING")
    @APIResponse(responseCode = "503", description = "PAYMENT_PROVIDER_UNAVAILABLE (Flouci did not answer)")
    public OrderPaymentView pay(@Context SecurityContext security, @PathParam("id") long id) {
        return orders.pay(security.getUserPrincipal().getName(), id);
    }

    @POST
    @Path("{id}/refund")
    @Allowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "Refund a paid order (staff): REFUNDED, its tickets stop opening the gate, its seats go back on "
            + "sale, its commission is reversed, a Flouci payment is marked REFUND_DUE; repeating it changes nothing")
    @APIResponse(responseCode = "200", description = "The order, REFUNDED")
    @APIResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ORDER_NOT_REFUNDABLE (not paid, or a ticket already used)")
    @APIResponse(responseCode = "422", description = "The reason is missing or too long")
    public OrderView refund(@PathParam("id") long id, @Valid @RequiredBody RefundRequest request) {
        return orders.refund(id, request.reason());
    }

    @POST
    @Path("{id}/cancel")
    @Allowed(Role.Names.USER)
    @Operation(summary = "Give up an unpaid order; its seats go back on sale")
    @APIResponse(responseCode = "409", description = "ORDER_NOT_PENDING")
    public OrderView cancel(@Context SecurityContext security, @PathParam("id") long id) {
        return orders.cancelOwn(security.getUserPrincipal().getName(), id);
    }
}
