package tn.entrix.flouci.simulator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * Switches faults at run time: {@code PUT /simulator/faults} with e.g.
 * {@code {"slow":true,"slowMillis":1500,"error500":true,"doubleWebhook":true,"noWebhook":true,
 * "webhookBeforeRedirect":true,"amountMismatch":true}} (members left out are off / default), {@code DELETE} to reset.
 * No authentication: the simulator only ever runs on a developer's machine or in the tests.
 */
@RequestScoped
@Path("simulator/faults")
@Produces(MediaType.APPLICATION_JSON)
public class FaultsResource {

    @Inject
    Simulator simulator;

    @GET
    public String get() {
        return json(simulator.faults());
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(String body) {
        JsonObject o;
        try {
            o = Json.createReader(new StringReader(body == null || body.isBlank() ? "{}" : body)).readObject();
        } catch (RuntimeException e) {
            return Response.status(400).entity("{\"message\":\"invalid JSON\"}").build();
        }
        Faults d = Faults.NONE;
        simulator.faults(new Faults(flag(o, "slow"), number(o, "slowMillis", d.slowMillis()), flag(o, "error500"),
                (int) number(o, "error500Count", d.error500Count()), flag(o, "doubleWebhook"), flag(o, "noWebhook"),
                flag(o, "webhookBeforeRedirect"), number(o, "webhookDelayMillis", d.webhookDelayMillis()),
                flag(o, "amountMismatch"), number(o, "amountDelta", d.amountDelta())));
        return Response.ok(json(simulator.faults())).build();
    }

    @DELETE
    public String reset() {
        simulator.faults(Faults.NONE);
        return json(simulator.faults());
    }

    private static boolean flag(JsonObject o, String name) {
        return o.get(name) == JsonValue.TRUE;
    }

    private static long number(JsonObject o, String name, long fallback) {
        return o.get(name) instanceof JsonNumber n ? n.longValue() : fallback;
    }

    static String json(Faults f) {
        return Json.createObjectBuilder()
                .add("slow", f.slow()).add("slowMillis", f.slowMillis())
                .add("error500", f.error500()).add("error500Count", f.error500Count())
                .add("doubleWebhook", f.doubleWebhook()).add("noWebhook", f.noWebhook())
                .add("webhookBeforeRedirect", f.webhookBeforeRedirect())
                .add("webhookDelayMillis", f.webhookDelayMillis())
                .add("amountMismatch", f.amountMismatch()).add("amountDelta", f.amountDelta())
                .build().toString();
    }
}
