package tn.entrix.access;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tn.entrix.selling.Money;

/**
 * The printable ticket (OpenPDF): an A5 page with the event, its date and time in Africa/Tunis, the venue, zone and
 * seat, the gates that serve the zone, the holder, the order and price, and the QR code. French unless the holder
 * chose English.
 */
public final class TicketPdf {

    static final ZoneId TUNIS = ZoneId.of("Africa/Tunis");

    private TicketPdf() {
    }

    public static byte[] render(TicketDocument t) {
        Locale locale = t.english() ? Locale.ENGLISH : Locale.FRENCH;
        DateTimeFormatter date = DateTimeFormatter.ofPattern(t.english() ? "EEEE d MMMM yyyy, HH:mm"
                : "EEEE d MMMM yyyy 'à' HH:mm", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(t.eventName());
            document.addCreator("Entrix");
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
            Font label = FontFactory.getFont(FontFactory.HELVETICA, 8);
            Font value = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);

            Paragraph heading = new Paragraph(t.eventName(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph when = new Paragraph(capitalise(date.format(t.startsAt().atZone(TUNIS))) + " ("
                    + (t.english() ? "Tunis time" : "heure de Tunis") + ")", value);
            when.setAlignment(Element.ALIGN_CENTER);
            document.add(when);
            document.add(Chunk.NEWLINE);

            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            cell(table, t.english() ? "Venue" : "Lieu", t.venueName() + (t.venueCity() == null ? ""
                    : ", " + t.venueCity()), label, value);
            cell(table, t.english() ? "Doors open" : "Ouverture des portes",
                    time.format(t.doorsOpenAt().atZone(TUNIS)), label, value);
            cell(table, "Zone", t.zoneName(), label, value);
            cell(table, t.english() ? "Seat" : "Place", t.seatRow() == null
                    ? (t.english() ? "Standing" : "Debout")
                    : (t.english() ? "Row " : "Rang ") + t.seatRow() + (t.english() ? ", seat " : ", place ")
                    + t.seatNumber(), label, value);
            cell(table, t.english() ? "Gates" : "Portes d'accès", t.gates().isEmpty() ? "—"
                    : String.join(", ", t.gates()), label, value);
            cell(table, t.english() ? "Holder" : "Titulaire", t.holderName(), label, value);
            cell(table, t.english() ? "Order" : "Commande", t.orderNumber() == null ? "—" : t.orderNumber(), label,
                    value);
            cell(table, t.english() ? "Price" : "Prix", Money.tnd(t.price()), label, value);
            document.add(table);

            Image qr = Image.getInstance(QrCodes.png(t.token(), QrCodes.SIZE));
            qr.scaleToFit(220, 220);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
            Paragraph note = new Paragraph(t.english()
                    ? "Ticket " + t.accessRightId() + ". Personal: show this code at the gate, on paper or on your "
                            + "phone. Only the latest code of a ticket opens the gate."
                    : "Billet " + t.accessRightId() + ". Nominatif : présentez ce code à l'entrée, imprimé ou sur "
                            + "votre téléphone. Seul le dernier code reçu pour un billet ouvre la porte.", small);
            note.setAlignment(Element.ALIGN_CENTER);
            document.add(note);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the ticket " + t.accessRightId(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void cell(PdfPTable table, String name, String text, Font label, Font value) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderWidth(0);
        cell.setPaddingBottom(6);
        cell.addElement(new Phrase(name, label));
        cell.addElement(new Phrase(text == null ? "" : text, value));
        table.addCell(cell);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
