package tn.entrix.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TicketRenderingTest {

    private final String token = TokenVerifierTest.signer(3).sign(new AccessToken(3, 99, 42, 1001, 7,
            Instant.parse("2027-03-14T13:00:00Z"), Instant.parse("2027-03-14T19:00:00Z")));

    @Test
    void theQrPngDecodesToTheToken() throws Exception {
        byte[] png = QrCodes.png(token, QrCodes.SIZE);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(QrCodes.SIZE, image.getWidth());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertEquals(token, decoded);
    }

    @Test
    void theTicketIsAPdfInTheHoldersLanguage() throws Exception {
        for (boolean english : List.of(false, true)) {
            byte[] pdf = TicketPdf.render(new TicketDocument(99, "Espérance – Club Africain",
                    Instant.parse("2027-03-14T15:00:00Z"), Instant.parse("2027-03-14T13:00:00Z"), "Stade Radès",
                    "Radès", "Tribune Nord", "C", 12, List.of("Porte 3 (P3)"), "Amira Ben Salah", "ETX-2027-000001",
                    20_000, token, english));
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf))
                    .getTextFromPage(1);
            assertTrue(text.contains("Espérance"), text);
            assertTrue(text.contains("16:00"), "15:00 UTC is 16:00 in Tunis: " + text);
            assertTrue(text.contains("Porte 3 (P3)"), text);
            assertTrue(text.contains("Amira Ben Salah"), text);
            assertTrue(text.contains("20.000 TND"), text);
            assertTrue(text.contains(english ? "Row C, seat 12" : "Rang C, place 12"), text);
            assertTrue(text.contains(english ? "Sunday 14 March 2027" : "Dimanche 14 mars 2027"), text);
        }
    }
}
