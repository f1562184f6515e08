package tn.entrix.access;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import tn.entrix.identity.User;
import tn.entrix.platform.MailMessage;

/**
 * The tickets email: one per order, its PDF tickets attached, in the holder's language (French unless they chose
 * English); queued to go out when the paying (or postponing) transaction commits.
 */
@Dependent
public class TicketMails {

    @Inject
    Event<MailMessage> mails;

    public void tickets(User holder, String orderNumber, List<TicketDocument> tickets, boolean updated) {
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
        String subject;
        String text;
        if (en) {
            subject = (updated ? "New date, new tickets: " : "Your tickets: ") + event;
            text = """
                    Hello %s,

                    %s
                    %d ticket(s) attached%s, one PDF each. Show its QR code at the gate, printed or on your phone.
                    %s
                    See you at the stadium,
                    Entrix
                    """.formatted(AccessRightService.name(holder), updated
                    ? "The event " + event + " has a new date. Your tickets were issued again for it: only these "
                            + "new codes open the gates."
                    : "Thank you for your order. Here are your tickets for " + event + ".",
                    tickets.size(), order.isEmpty() ? "" : " for order " + order,
                    "The PDF says which gates serve your zone.\n");
        } else {
            subject = (updated ? "Nouvelle date, nouveaux billets : " : "Vos billets : ") + event;
            text = """
                    Bonjour %s,

                    %s
                    %d billet(s) en pièce jointe%s, un PDF par billet. Présentez son QR code à l'entrée, imprimé ou sur votre téléphone.
                    %s
                    À bientôt au stade,
                    Entrix
                    """.formatted(AccessRightService.name(holder), updated
                    ? "L'événement " + event + " change de date. Vos billets ont été réémis : seuls ces nouveaux "
                            + "codes ouvrent les portes."
                    : "Merci pour votre commande. Voici vos billets pour " + event + ".",
                    tickets.size(), order.isEmpty() ? "" : " pour la commande " + order,
                    "Le PDF indique les portes d'accès qui desservent votre zone.\n");
        }
        mails.fire(new MailMessage(holder.getEmail(), subject, text, attachments));
    }
}
