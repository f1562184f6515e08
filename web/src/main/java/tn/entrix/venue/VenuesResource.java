package tn.entrix.venue;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tn.entrix.platform.ResponseView;
import tn.entrix.platform.RequiredBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.Page;

/** Venues and the mappings of each. Reading needs a login; changing needs ADMIN. */
@Path("venues")
@RequestScoped
@Tag(name = "Venues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
public class VenuesResource {

    @Inject
    VenueService venues;

    @Inject
    MappingService mappings;

    @Inject
    MappingTransferService transfers;

    @Context
    UriInfo uri;

    @GET
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "List venues by name, filtered by a text on name or city")
    public Page<VenueView> list(@QueryParam("q") String text, @QueryParam("page") Integer page,
                                @QueryParam("size") Integer size) {
        return venues.list(text, Page.page(page), Page.size(size));
    }

    @POST
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Create a venue")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "409", description = "Slug taken (VENUE_SLUG_TAKEN)")
    @APIResponse(responseCode = "422", description = "Invalid field (VALIDATION_FAILED)")
    @ResponseView(VenueView.class)
    public Response create(@Valid @RequiredBody VenueRequest request) {
        VenueView created = venues.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "One venue")
    @APIResponse(responseCode = "404", description = "No such venue (VENUE_NOT_FOUND)")
    public VenueView find(@PathParam("id") long id) {
        return venues.find(id);
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Update a venue; 'version' must be the version read")
    @APIResponse(responseCode = "409", description = "Edited a stale version (STALE_VERSION) or slug taken")
    public VenueView update(@PathParam("id") long id, @Valid @RequiredBody VenueRequest request) {
        return venues.update(id, request);
    }

    @DELETE
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Delete a venue that has no mappings")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The venue still has mappings (VENUE_IN_USE)")
    public void delete(@PathParam("id") long id) {
        venues.delete(id);
    }

    @GET
    @Path("{id}/mappings")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "The mappings (configurations) of a venue")
    public List<MappingView> mappings(@PathParam("id") long id) {
        return mappings.listOfVenue(id);
    }

    @POST
    @Path("{id}/mappings")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Create an empty mapping")
    @APIResponse(responseCode = "201", description = "Created")
    @ResponseView(MappingView.class)
    public Response createMapping(@PathParam("id") long id, @Valid @RequiredBody MappingRequest request) {
        MappingView created = mappings.create(id, request);
        return Response.created(uri.getBaseUriBuilder().path("mappings").path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{id}/mappings/import")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Import a whole mapping (zones, seats, gates) from its JSON document")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "422", description = "The document is inconsistent (INVALID_MAPPING_DOCUMENT)")
    @ResponseView(MappingView.class)
    public Response importMapping(@PathParam("id") long id, @RequiredBody MappingDocument document) {
        MappingView created = transfers.importInto(id, document);
        return Response.created(uri.getBaseUriBuilder().path("mappings").path(Long.toString(created.id())).build())
                .entity(created).build();
    }
}
