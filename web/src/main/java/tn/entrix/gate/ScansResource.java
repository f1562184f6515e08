package tn.entrix.gate;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.RequiredBody;

/**
 * The scanners' API. Every call carries the steward's token (role BADGECHECKER) and the device's credential in the
 * {@code Entrix-Device} header. A scan always gets a decision (200), admitted or denied with its reason; problem
 * documents are for malformed requests, bad credentials, and access points the device does not serve.
 */
@Path("scans")
@ApplicationScoped
@Tag(name = "Gate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScansResource {

    /** Offline scans uploaded in one call. */
    public record Upload(@NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull ScanRequest> scans) {

        public Upload(List<ScanRequest> scans) {
            this.scans = scans == null ? null : List.copyOf(scans);
        }
    }

    /** Online scans sent together (a gate's edge node). */
    public record Batch(@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull ScanRequest> scans) {

        public Batch(List<ScanRequest> scans) {
            this.scans = scans == null ? null : List.copyOf(scans);
        }
    }

    @Inject
    ScanService scans;

    @Inject
    ScanBatcher batcher;

    @Inject
    DeviceCredentials devices;

    @Inject
    OfflinePackageService packages;

    @POST
    @Allowed(Role.Names.BADGECHECKER)
    @Operation(summary = "Decide a scan: ADMITTED or DENIED with a reason code; the same nonce again returns the "
            + "first decision and admits no one twice")
    @APIResponse(responseCode = "200", description = "The decision (a denial is a normal answer)")
    @APIResponse(responseCode = "401", description = "DEVICE_CREDENTIAL_MISSING, DEVICE_CREDENTIAL_INVALID")
    @APIResponse(responseCode = "403", description = "DEVICE_REVOKED, ACCESS_POINT_NOT_ASSIGNED")
    @APIResponse(responseCode = "503", description = "SCAN_BUSY: scan again (the same nonce gets the decision "
            + "if one was taken)")
    public ScanDecision scan(@HeaderParam(DeviceCredentials.HEADER) String device,
                             @Valid @RequiredBody ScanRequest request, @Context SecurityContext caller) {
        return batcher.scan(devices.authenticate(device), ScanRequest.online(request.code(), request.accessPointId(),
                request.direction(), request.nonce()), caller.getUserPrincipal().getName());
    }

    @POST
    @Path("batch")
    @Allowed(Role.Names.BADGECHECKER)
    @Operation(summary = "Decide up to 100 online scans sent together by one device (a gate's edge node forwarding "
            + "its readers): entries decided together, then exits, each as if sent alone; one decision per scan, in "
            + "the order sent")
    @APIResponse(responseCode = "200", description = "One decision per scan, in the order sent")
    @APIResponse(responseCode = "403", description = "DEVICE_REVOKED, ACCESS_POINT_NOT_ASSIGNED (nothing decided)")
    public List<ScanDecision> scanAll(@HeaderParam(DeviceCredentials.HEADER) String device,
                                      @Valid @RequiredBody Batch batch, @Context SecurityContext caller) {
        return batcher.scanAll(devices.authenticate(device), batch.scans().stream().map(request -> ScanRequest.online(
                request.code(), request.accessPointId(), request.direction(), request.nonce())).toList(),
                caller.getUserPrincipal().getName());
    }

    @POST
    @Path("offline")
    @Allowed(Role.Names.BADGECHECKER)
    @Operation(summary = "Upload scans decided offline (each with scannedAt and offlineDecision); conflicts are "
            + "flagged for supervisors")
    @APIResponse(responseCode = "200", description = "One decision per scan, in the order sent")
    @APIResponse(responseCode = "422", description = "OFFLINE_SCAN_INCOMPLETE, OFFLINE_SCAN_IN_FUTURE, "
            + "OFFLINE_NONCE_REPEATED")
    public List<ScanDecision> upload(@HeaderParam(DeviceCredentials.HEADER) String device,
                                     @Valid @RequiredBody Upload upload) {
        return scans.upload(devices.authenticate(device), upload.scans());
    }

    @GET
    @Path("offline-package")
    @Allowed(Role.Names.BADGECHECKER)
    @Operation(summary = "The signed offline package of an event this device is enrolled for")
    @APIResponse(responseCode = "403", description = "EVENT_NOT_ASSIGNED")
    public OfflinePackage offlinePackage(@HeaderParam(DeviceCredentials.HEADER) String device,
                                         @QueryParam("eventId") long eventId) {
        return packages.build(devices.authenticate(device), eventId);
    }

    @GET
    @Path("device")
    @Allowed(Role.Names.BADGECHECKER)
    @Operation(summary = "Which device this credential is, and what it may scan (the scanner's sign-in check)")
    public Device device(@HeaderParam(DeviceCredentials.HEADER) String device) {
        return devices.authenticate(device);
    }
}
