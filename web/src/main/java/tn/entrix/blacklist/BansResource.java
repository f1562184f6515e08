package tn.entrix.blacklist;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.Page;
import tn.entrix.platform.RequiredBody;
import tn.entrix.platform.ResponseView;

/** The blacklist: bans by account and/or CIN. Club staff (ADMIN) manage it; the prefecture (AUTHORITY) reads it. */
@Path("bans")
@RequestScoped
@Tag(name = "Blacklist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BansResource {

    @Inject
    BlacklistService blacklist;

    @Inject
    Bans bans;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Allowed({Role.Names.ADMIN, Role.Names.AUTHORITY})
    @Operation(summary = "Bans, newest first: in force now (active=true) or not, hitting a user (by account or CIN) "
            + "or a CIN, covering an event, by source or scope, or matching a username/CIN (q)")
    @APIResponse(responseCode = "400", description = "NATIONAL_ID_INVALID")
    public Page<BanView> list(@QueryParam("active") Boolean active, @QueryParam("userId") Long userId,
                              @QueryParam("nationalId") String nationalId, @QueryParam("eventId") Long eventId,
                              @QueryParam("source") BanSource source, @QueryParam("scope") BanScope scope,
                              @QueryParam("q") String text, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size) {
        return blacklist.list(new BanFilter(active, userId, nationalId, eventId, source, scope, text),
                Page.page(page), Page.size(size));
    }

    @POST
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Ban a person (account and/or CIN) from all events, a club's events or one event")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "BAN_IDENTITY_REQUIRED, BAN_IDENTITY_AMBIGUOUS, "
            + "BAN_SCOPE_TARGET, BAN_DATES_INVALID, NATIONAL_ID_INVALID")
    @APIResponse(responseCode = "422", description = "VALIDATION_FAILED, USER_UNKNOWN, CLUB_UNKNOWN, EVENT_UNKNOWN")
    @ResponseView(BanView.class)
    public Response create(@Valid @RequiredBody BanRequest request) {
        BanView created = blacklist.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.ADMIN, Role.Names.AUTHORITY})
    @Operation(summary = "A ban, lifted or not")
    @APIResponse(responseCode = "404", description = "BAN_NOT_FOUND")
    public BanView find(@PathParam("id") long id) {
        return blacklist.find(id);
    }

    @GET
    @Path("check")
    @Allowed({Role.Names.ADMIN, Role.Names.AUTHORITY})
    @Operation(summary = "Whether a user is banned from an event (now, or at 'at'), as the gate and the sale ask it; "
            + "a check by staff is not a hit and is not audited")
    @APIResponse(responseCode = "400", description = "CHECK_PARAMS_REQUIRED, INVALID_INSTANT")
    public BanCheckView check(@QueryParam("userId") Long userId, @QueryParam("eventId") Long eventId,
                              @QueryParam("at") String at) {
        if (userId == null || eventId == null) {
            throw bad("CHECK_PARAMS_REQUIRED", "userId and eventId are required");
        }
        Instant when = instant(at);
        return bans.match(userId, eventId, when).map(m -> new BanCheckView(userId, eventId, true, m))
                .orElseGet(() -> new BanCheckView(userId, eventId, false, null));
    }

    @GET
    @Path("banned-users")
    @Allowed({Role.Names.ADMIN, Role.Names.AUTHORITY})
    @Operation(summary = "The ids of the users banned from an event (now, or at 'at'), by account or by CIN: what "
            + "the scanners' offline package carries")
    @APIResponse(responseCode = "400", description = "CHECK_PARAMS_REQUIRED, INVALID_INSTANT")
    public List<Long> bannedUsers(@QueryParam("eventId") Long eventId, @QueryParam("at") String at) {
        if (eventId == null) {
            throw bad("CHECK_PARAMS_REQUIRED", "eventId is required");
        }
        return bans.bannedUserIds(eventId, instant(at));
    }

    private Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw bad("INVALID_INSTANT", "'at' must be an ISO-8601 instant, e.g. 2027-03-14T15:00:00Z");
        }
    }

    private static EntrixException bad(String code, String message) {
        return new EntrixException(EntrixException.Kind.BAD_REQUEST, code, message);
    }

    @POST
    @Path("{id}/lift")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Lift a ban, with the reason; it stays on record")
    @APIResponse(responseCode = "404", description = "BAN_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "BAN_ALREADY_LIFTED")
    public BanView lift(@PathParam("id") long id, @Valid @RequiredBody LiftRequest request) {
        return blacklist.lift(id, request);
    }
}
