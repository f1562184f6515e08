package tn.entrix.selling;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.Page;
import tn.entrix.platform.RequiredBody;
import tn.entrix.platform.ResponseView;

/**
 * The ticket configuration of an event under /events/{id}/sale: ticket types, pricing rules, sale restrictions, and
 * its orders for staff. (A root resource of its own with a literal tail, so that it never shadows EventsResource.)
 */
@Path("events/{eventId}/sale")
@ApplicationScoped
@Tag(name = "Selling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SaleConfigurationResource {

    @Inject
    TicketTypeService ticketTypes;

    @Inject
    PricingRuleService pricing;

    @Inject
    OrderService orders;

    @GET
    @Path("ticket-types")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "The event's ticket types with their price in millimes and what is left")
    public List<TicketTypeView> ticketTypes(@PathParam("eventId") long eventId) {
        return ticketTypes.list(eventId);
    }

    @GET
    @Path("ticket-types/{typeId}/seats")
    @Allowed(Role.Names.USER)
    @Operation(summary = "The seats of a seated ticket type still free, for choosing them (none for a standing type)")
    public List<FreeSeatView> freeSeats(@PathParam("eventId") long eventId, @PathParam("typeId") long typeId) {
        return ticketTypes.freeSeats(eventId, typeId);
    }

    @POST
    @Path("ticket-types")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Add a ticket type on zones of the event's mapping (a seated type puts their seats on sale)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "TICKET_TYPE_CODE_TAKEN, EVENT_NOT_SELLABLE")
    @APIResponse(responseCode = "422", description = "ZONE_NOT_IN_MAPPING, QUOTA_ABOVE_CAPACITY, ZONE_ALREADY_SOLD")
    @ResponseView(TicketTypeView.class)
    public Response createTicketType(@PathParam("eventId") long eventId,
                                     @Valid @RequiredBody TicketTypeRequest request) {
        return Response.status(Response.Status.CREATED).entity(ticketTypes.create(eventId, request)).build();
    }

    @GET
    @Path("pricing-rules")
    @Allowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "The event's pricing rules in the order they apply")
    public List<PricingRuleView> pricingRules(@PathParam("eventId") long eventId) {
        return pricing.list(eventId);
    }

    @POST
    @Path("pricing-rules")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Add a pricing rule (early bird, group size, member/VIP price, promo code)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "RULE_EFFECT, RULE_CONDITION")
    @ResponseView(PricingRuleView.class)
    public Response createPricingRule(@PathParam("eventId") long eventId,
                                      @Valid @RequiredBody PricingRuleRequest request) {
        return Response.status(Response.Status.CREATED).entity(pricing.create(eventId, request)).build();
    }

    @DELETE
    @Path("pricing-rules/{ruleId}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Remove a pricing rule")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deletePricingRule(@PathParam("eventId") long eventId, @PathParam("ruleId") long ruleId) {
        pricing.delete(ruleId);
    }

    @GET
    @Path("policy")
    @Allowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "Who may buy (reserved groups) and how many tickets each")
    public SalePolicyView salePolicy(@PathParam("eventId") long eventId) {
        return pricing.salePolicy(eventId);
    }

    @PUT
    @Path("policy")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Reserve the sale to groups (e.g. residents for a derby) and cap the tickets per buyer")
    public SalePolicyView setSalePolicy(@PathParam("eventId") long eventId,
                                        @Valid @RequiredBody SalePolicyRequest request) {
        return pricing.setSalePolicy(eventId, request);
    }

    @POST
    @Path("orders/{orderId}/box-office-payment")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Record that a pending order was paid at the box office (cash or the club's terminal)")
    @APIResponse(responseCode = "409", description = "ORDER_NOT_PENDING")
    public OrderView payAtBoxOffice(@PathParam("eventId") long eventId, @PathParam("orderId") long orderId,
                                    @QueryParam("receipt") String receipt) {
        String reference = receipt == null || receipt.isBlank() ? "CASH" : receipt.strip();
        return orders.payAtBoxOffice(eventId, orderId,
                reference.length() > 48 ? reference.substring(0, 48) : reference);
    }

    @GET
    @Path("orders")
    @Allowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "The event's orders, newest first, by status")
    public Page<OrderView> orders(@PathParam("eventId") long eventId, @QueryParam("status") OrderStatus status,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return orders.list(eventId, status, Page.page(page), Page.size(size));
    }
}
