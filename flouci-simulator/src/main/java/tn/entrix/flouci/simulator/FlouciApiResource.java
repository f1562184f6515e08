package tn.entrix.flouci.simulator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;

/** Flouci's API v2, the two calls Entrix makes, with Flouci's JSON shapes and its Bearer PUBLIC:PRIVATE header. */
@RequestScoped
@Path("api/v2")
@Produces(MediaType.APPLICATION_JSON)
public class FlouciApiResource {

    @Inject
    Simulator simulator;

    @Context
    UriInfo uri;

    @POST
    @Path("generate_payment")
    @Consumes(MediaType.WILDCARD)
    public Response generate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        Response refused = guard(authorization);
        if (refused != null) {
            return refused;
        }
        JsonObject request;
        try {
            request = Json.createReader(new StringReader(body == null ? "" : body)).readObject();
        } catch (RuntimeException e) {
            return error(400, "Invalid JSON body");
        }
        Long amount = amount(request.get("amount"));
        String successLink = text(request, "success_link");
        String failLink = text(request, "fail_link");
        if (amount == null || amount <= 0 || successLink == null || failLink == null) {
            return error(400, "amount (millimes), success_link and fail_link are required");
        }
        long timeout = request.get("session_timeout_secs") instanceof JsonNumber n ? n.longValue() : 1200;
        SimulatedPayment payment = simulator.create(amount, successLink, failLink, text(request, "webhook"),
                text(request, "developer_tracking_id"), timeout <= 0 ? 1200 : timeout);
        String link = uri.getBaseUriBuilder().path("pay").path(payment.id).build().toString();
        JsonObjectBuilder result = Json.createObjectBuilder()
                .add("success", true)
                .add("payment_id", payment.id)
                .add("link", link);
        if (payment.trackingId != null) {
            result.add("developer_tracking_id", payment.trackingId);
        }
        return Response.ok(envelope().add("result", result).build().toString()).build();
    }

    @GET
    @Path("verify_payment/{id}")
    public Response verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @PathParam("id") String id) {
        Response refused = guard(authorization);
        if (refused != null) {
            return refused;
        }
        SimulatedPayment payment = simulator.find(id).orElse(null);
        if (payment == null) {
            return error(404, "Payment not found");
        }
        JsonObjectBuilder result = Json.createObjectBuilder()
                .add("_id", payment.id)
                .add("status", payment.status(Instant.now()))
                .add("amount", simulator.reportedAmount(payment))
                .add("type", "simulated")
                .add("details", Json.createObjectBuilder().add("simulator", true));
        if (payment.trackingId != null) {
            result.add("developer_tracking_id", payment.trackingId);
        }
        return Response.ok(envelope().add("success", true).add("result", result).build().toString()).build();
    }

    /** Faults first (a slow or failing Flouci fails whatever the caller sends), then the keys. */
    private Response guard(String authorization) {
        if (simulator.misbehave()) {
            return error(500, "Simulated server error");
        }
        if (!simulator.authorized(authorization)) {
            return error(401, "Invalid credentials: expected Authorization: Bearer <public>:<private>");
        }
        return null;
    }

    private static JsonObjectBuilder envelope() {
        return Json.createObjectBuilder().add("name", "developers").add("code", 0).add("version", "1.0.0");
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("success", false).add("code", 1).add("message", message)
                        .build().toString()).build();
    }

    private static Long amount(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        if (value instanceof JsonString string) {
            try {
                return Long.parseLong(string.getString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }
}
