package tn.entrix.payment;

import tn.entrix.platform.Public;
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
import java.time.Duration;
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

/** Flouci's webhook, and the back office's view of payments and of every call made to Flouci. */
@Path("payments")
@RequestScoped
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    @Inject
    PaymentService payments;

    @Context
    UriInfo uri;

    /**
     * Called by Flouci, unauthenticated: the secret path segment is the only proof it is Flouci's (the body is not
     * signed), and even then the body only names a payment to verify. 200 once the payment is settled, already
     * settled, still pending or unknown; 404 for a wrong secret; 503 when Flouci's verify does not answer (Flouci
     * delivers again, the reconciliation catches up).
     */
    @POST
    @Path("flouci/webhook/{secret}")
    @Public
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Flouci's webhook (called by Flouci): verifies the payment with Flouci and settles it once")
    @APIResponse(responseCode = "200", description = "Processed or ignored: SETTLED, ALREADY_SETTLED, STILL_PENDING, "
            + "UNKNOWN_PAYMENT")
    @APIResponse(responseCode = "400", description = "PAYMENT_ID_INVALID")
    @APIResponse(responseCode = "404", description = "WEBHOOK_NOT_FOUND (wrong secret)")
    @APIResponse(responseCode = "503", description = "PAYMENT_PROVIDER_UNAVAILABLE")
    public SettlementView webhook(@PathParam("secret") String secret, String body) {
        String paymentId;
        try {
            paymentId = FlouciProtocol.webhookPaymentId(body);
        } catch (IllegalArgumentException e) {
            paymentId = null;
        }
        String fromQuery = uri.getQueryParameters().getFirst("payment_id");
        return payments.confirm(paymentId != null ? paymentId : fromQuery, secret);
    }

    @GET
    @Allowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "Payments, newest first, optionally of one status")
    public Page<PaymentView> list(@QueryParam("status") PaymentStatus status, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        return payments.list(status, page, size);
    }

    @GET
    @Path("{id}")
    @Allowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "One payment")
    public PaymentView find(@PathParam("id") long id) {
        return payments.find(id);
    }

    @GET
    @Path("{id}/attempts")
    @Allowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "Every call made to Flouci for this payment (request summary, HTTP status, latency, outcome)")
    public List<PaymentAttemptView> attempts(@PathParam("id") long id) {
        return payments.attempts(id);
    }

    /**
     * A back-office test payment: finance or an administrator checks the Flouci configuration end to end (keys,
     * webhook, return links) without an order. The answer's {@code link} is Flouci's payment page.
     */
    @POST
    @Path("test")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Start a test payment (amount in millimes + label) to check the Flouci configuration")
    @APIResponse(responseCode = "201", description = "Started; follow 'link' to pay or fail it")
    @APIResponse(responseCode = "502", description = "PAYMENT_PROVIDER_ERROR (Flouci refused: keys?)")
    @APIResponse(responseCode = "503", description = "PAYMENT_PROVIDER_UNAVAILABLE or _NOT_CONFIGURED")
    @ResponseView(PaymentView.class)
    public Response test(@Valid @RequiredBody TestPaymentRequest request) {
        PaymentView started = payments.startTest(request);
        return Response.created(uri.getBaseUriBuilder().path("payments").path(Long.toString(started.id())).build())
                .entity(started).build();
    }

    /** Reconciliation on demand (it also runs every few minutes): verifies pending payments with Flouci. */
    @POST
    @Path("reconcile")
    @Allowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "Verify with Flouci the payments still pending after 'olderThan' (ISO-8601, default PT10M)")
    public ReconciliationView reconcile(@QueryParam("olderThan") String olderThan) {
        Duration threshold;
        try {
            threshold = olderThan == null || olderThan.isBlank() ? Duration.ofMinutes(10) : Duration.parse(olderThan);
        } catch (DateTimeParseException e) {
            throw new EntrixException(EntrixException.Kind.BAD_REQUEST, "DURATION_INVALID",
                    "olderThan must be an ISO-8601 duration such as PT10M");
        }
        if (threshold.isNegative()) {
            throw new EntrixException(EntrixException.Kind.BAD_REQUEST, "DURATION_INVALID",
                    "olderThan must not be negative");
        }
        return payments.reconcile(threshold);
    }
}
