package tn.entrix.gate;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import tn.entrix.platform.RequiredBody;

/** Scanner devices, for admins: enrol (the credential is shown once), re-assign, new secret, revoke. */
@Path("devices")
@ApplicationScoped
@Tag(name = "Gate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevicesResource {

    @Inject
    DeviceService devices;

    @POST
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Enrol a device for access points and events; the answer holds its credential, shown once")
    @APIResponse(responseCode = "201", description = "Enrolled")
    @APIResponse(responseCode = "422", description = "ACCESS_POINT_UNKNOWN, EVENT_NOT_AT_ACCESS_POINTS")
    public Response enrol(@Valid @RequiredBody DeviceRequest request) {
        return Response.status(Response.Status.CREATED).entity(devices.enrol(request)).build();
    }

    @GET
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Every device, active first")
    public List<DeviceView> list() {
        return devices.list();
    }

    @GET
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @APIResponse(responseCode = "404", description = "DEVICE_NOT_FOUND")
    public DeviceView get(@PathParam("id") long id) {
        return devices.get(id);
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Rename or re-assign a device")
    @APIResponse(responseCode = "409", description = "DEVICE_REVOKED")
    public DeviceView update(@PathParam("id") long id, @Valid @RequiredBody DeviceRequest request) {
        return devices.update(id, request);
    }

    @POST
    @Path("{id}/credential")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "A new secret for the device (the old one stops working at once), shown once")
    public DeviceEnrolment newCredential(@PathParam("id") long id) {
        return devices.newCredential(id);
    }

    @POST
    @Path("{id}/revoke")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Revoke a lost or stolen device: its next scan is refused")
    public DeviceView revoke(@PathParam("id") long id) {
        return devices.revoke(id);
    }
}
