package tn.entrix.flouci.simulator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The payment page at {@code result.link}: the amount in TND and two buttons. The choice records the status, sends
 * the webhook (as the faults say) and redirects the browser to success_link or fail_link with
 * {@code ?payment_id=...}, as Flouci does.
 */
@RequestScoped
@Path("pay/{id}")
public class PaymentPageResource {

    @Inject
    Simulator simulator;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") String id) {
        SimulatedPayment payment = simulator.find(id).orElse(null);
        if (payment == null) {
            return Response.status(404).type(MediaType.TEXT_HTML).entity(html("Paiement introuvable",
                    "<p>Ce lien de paiement n'existe pas.</p>")).build();
        }
        String status = payment.status(Instant.now());
        if (!status.equals("PENDING")) {
            return Response.ok(html("Paiement " + status.toLowerCase(),
                    "<p>Ce paiement est terminé : <strong id=\"status\">" + status + "</strong>.</p>"
                            + "<p><a href=\"" + escape(withPaymentId(status.equals("SUCCESS") ? payment.successLink
                            : payment.failLink, payment.id)) + "\">Retour au marchand</a></p>")).build();
        }
        return Response.ok(html("Payer " + tnd(payment.amountMillimes),
                "<p class=\"amount\" id=\"amount\">" + tnd(payment.amountMillimes) + "</p>"
                        + (payment.trackingId == null ? "" : "<p class=\"ref\">Référence : "
                        + escape(payment.trackingId) + "</p>")
                        + "<form method=\"post\">"
                        + "<button type=\"submit\" name=\"choice\" value=\"pay\" id=\"pay\">Payer</button> "
                        + "<button type=\"submit\" name=\"choice\" value=\"fail\" id=\"fail\">Échec</button>"
                        + "</form><p class=\"note\">Simulateur Flouci : aucun argent ne circule.</p>")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response choose(@PathParam("id") String id, @FormParam("choice") String choice) {
        SimulatedPayment payment = simulator.find(id).orElse(null);
        if (payment == null) {
            return Response.status(404).type(MediaType.TEXT_HTML).entity(html("Paiement introuvable",
                    "<p>Ce lien de paiement n'existe pas.</p>")).build();
        }
        boolean pay = "pay".equals(choice);
        if (!payment.choose(pay, Instant.now())) {
            return page(id); // expired or already chosen: the page says so
        }
        simulator.deliverWebhook(payment, pay ? "SUCCESS" : "FAILURE");
        return Response.seeOther(URI.create(withPaymentId(pay ? payment.successLink : payment.failLink, payment.id)))
                .build();
    }

    static String withPaymentId(String link, String paymentId) {
        return link + (link.contains("?") ? "&" : "?") + "payment_id="
                + URLEncoder.encode(paymentId, StandardCharsets.UTF_8);
    }

    /** 12500 millimes → "12.500 TND", in whole numbers only. */
    static String tnd(long millimes) {
        return String.format("%d.%03d TND", millimes / 1000, millimes % 1000);
    }

    private static String html(String title, String body) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(title) + " · Flouci (simulateur)</title><style>"
                + "body{font-family:Arial,sans-serif;max-width:420px;margin:60px auto;padding:0 20px;color:#222}"
                + ".amount{font-size:32px;font-weight:bold}.ref,.note{color:#666}"
                + "button{font-size:18px;padding:10px 24px;margin-right:8px}#pay{background:#2e7d32;color:#fff}"
                + "#fail{background:#c62828;color:#fff}</style></head><body><h1>Flouci</h1>" + body
                + "</body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
