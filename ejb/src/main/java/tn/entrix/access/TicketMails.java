package tn.entrix.access;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tn.entrix.identity.User;
import tn.entrix.platform.MailMessage;

/**
 * The tickets emails, in the holder's language (French unless they chose English), queued to go out when the
 * transaction commits: after payment, one per order with its PDF tickets attached; after a postponement, one per
 * order saying the tickets were issued again.
 */
@Dependent
public class TicketMails {

    @Inject
    Event<MailMessage> mails;

    /** After payment: the order's tickets as PDF attachments. */
    public void tickets(User holder, String orderNumber, List<TicketDocument> tickets) {
        if (tickets.isEmpty() || holder.getEmail() == null) {
            return;
        }
        boolean en = AccessRightService.english(holder);
        String event = tickets.get(0).eventName();
        List<MailMessage.Attachment> attachments = new ArrayList<>();
        for (TicketDocument ticket : tickets) {
            attachments.add(new MailMessage.Attachment((en ? "ticket-" : "billet-") + ticket.accessRightId()
                    + ".pdf", "application/pdf", TicketPdf.render(ticket)));
        }
        String order = orderNumber == null ? "" : orderNumber;
        if (en) {
            mails.fire(new MailMessage(holder.getEmail(), "Your tickets: " + event, """
                    Hello %s,

                    Thank you for your order%s. Here are your tickets for %s: %d PDF file(s) attached, one per ticket.
                    Show its QR code at the gate, printed or on your phone. The PDF says which gates serve your zone.

                    See you at the stadium,
                    Entrix
                    """.formatted(AccessRightService.name(holder), order.isEmpty() ? "" : " " + order, event,
                    tickets.size()), attachments));
        } else {
            mails.fire(new MailMessage(holder.getEmail(), "Vos billets : " + event, """
                    Bonjour %s,

                    Merci pour votre commande%s. Voici vos billets pour %s : %d fichier(s) PDF en pièce jointe, un par billet.
                    Présentez son QR code à l'entrée, imprimé ou sur votre téléphone. Le PDF indique les portes d'accès qui desservent votre zone.

                    À bientôt au stade,
                    Entrix
                    """.formatted(AccessRightService.name(holder), order.isEmpty() ? "" : " " + order, event,
                    tickets.size()), attachments));
        }
    }

    /**
     * After a postponement: the tickets were signed again for the new date; only the new codes open the gates. No
     * attachment (a whole stadium is re-signed in one transaction): the holder downloads them from their account.
     */
    public void reissued(User holder, String orderNumber, String event, Instant startsAt, List<Long> rightIds) {
        if (holder.getEmail() == null) {
            return;
        }
        boolean en = AccessRightService.english(holder);
        String when = DateTimeFormatter.ofPattern(en ? "EEEE d MMMM yyyy, HH:mm" : "EEEE d MMMM yyyy 'à' HH:mm",
                en ? Locale.ENGLISH : Locale.FRENCH).format(startsAt.atZone(TicketPdf.TUNIS));
        String ids = rightIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String order = orderNumber == null ? "" : orderNumber;
        if (en) {
            mails.fire(new MailMessage(holder.getEmail(), "New date, new tickets: " + event, """
                    Hello %s,

                    %s now takes place on %s (Tunis time). Your tickets%s (%s) were issued again for the new date:
                    only the new QR codes open the gates. Download them from your account (My tickets); the codes you
                    printed or saved before no longer work.

                    Entrix
                    """.formatted(AccessRightService.name(holder), event, when,
                    order.isEmpty() ? "" : " of order " + order, ids)));
        } else {
            mails.fire(new MailMessage(holder.getEmail(), "Nouvelle date, nouveaux billets : " + event, """
                    Bonjour %s,

                    %s aura lieu le %s (heure de Tunis). Vos billets%s (%s) ont été réémis pour cette date :
                    seuls les nouveaux QR codes ouvrent les portes. Téléchargez-les depuis votre compte (Mes billets) ;
                    les codes imprimés ou enregistrés auparavant ne fonctionnent plus.

                    Entrix
                    """.formatted(AccessRightService.name(holder), event, when,
                    order.isEmpty() ? "" : " de la commande " + order, ids)));
        }
    }
}
