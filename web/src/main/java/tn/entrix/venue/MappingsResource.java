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

/** One mapping: its zone tree, its gates, copy and export. */
@Path("mappings/{id}")
@RequestScoped
@Tag(name = "Mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No or invalid bearer token")
@APIResponse(responseCode = "403", description = "Role not allowed")
@APIResponse(responseCode = "404", description = "No such mapping (MAPPING_NOT_FOUND)")
public class MappingsResource {

    @Inject
    MappingService mappings;

    @Inject
    ZoneService zones;

    @Inject
    AccessPointService gates;

    @Inject
    MappingTransferService transfers;

    @Context
    UriInfo uri;

    @PathParam("id")
    long id;

    @GET
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "One mapping with its derived capacity")
    public MappingView find() {
        return mappings.find(id);
    }

    @PUT
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Rename a mapping or change its validity; 'version' must be the version read")
    public MappingView update(@Valid @RequiredBody MappingRequest request) {
        return mappings.update(id, request);
    }

    @DELETE
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Delete a mapping with its zones, seats and gates")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete() {
        mappings.delete(id);
    }

    @POST
    @Path("copy")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Copy the mapping (zones, seats, gates) under a new name in the same venue")
    @APIResponse(responseCode = "201", description = "The copy")
    @ResponseView(MappingView.class)
    public Response copy(@Valid @RequiredBody MappingCopyRequest request) {
        MappingView copy = transfers.copy(id, request.name());
        return Response.created(uri.getBaseUriBuilder().path("mappings").path(Long.toString(copy.id())).build())
                .entity(copy).build();
    }

    @GET
    @Path("export")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "The whole mapping as one JSON document, importable into any venue")
    public MappingDocument export() {
        return transfers.export(id);
    }

    @GET
    @Path("zones")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "The zone tree with rolled-up capacities")
    public List<ZoneView> zoneTree() {
        return zones.tree(id);
    }

    @POST
    @Path("zones")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Add a zone (under parentId, or at the root)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "Code taken (ZONE_CODE_TAKEN)")
    @APIResponse(responseCode = "422", description = "Invalid, or over the venue's capacity (MAPPING_OVER_CAPACITY)")
    @ResponseView(ZoneView.class)
    public Response createZone(@Valid @RequiredBody ZoneRequest request) {
        ZoneView created = zones.create(id, request);
        return Response.created(uri.getBaseUriBuilder().path("zones").path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("access-points")
    @Allowed({Role.Names.USER, Role.Names.AUTHORITY, Role.Names.FINANCE})
    @Operation(summary = "The gates of the mapping and the zones each serves")
    public List<AccessPointView> accessPoints() {
        return gates.listOfMapping(id);
    }

    @POST
    @Path("access-points")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Add a gate serving zones of this mapping")
    @APIResponse(responseCode = "201", description = "Created")
    @ResponseView(AccessPointView.class)
    public Response createAccessPoint(@Valid @RequiredBody AccessPointRequest request) {
        AccessPointView created = gates.create(id, request);
        return Response.created(uri.getBaseUriBuilder().path("access-points").path(Long.toString(created.id()))
                .build()).entity(created).build();
    }
}
