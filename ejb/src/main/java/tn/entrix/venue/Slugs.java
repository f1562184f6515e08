package tn.entrix.venue;

import java.text.Normalizer;
import java.util.Locale;

/** "Stade Olympique Hammadi-Agrebi de Radès" → "stade-olympique-hammadi-agrebi-de-rades". */
final class Slugs {

    private Slugs() {
    }

    static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (slug.length() > tn.entrix.venue.Venue.SLUG_LENGTH) {
            slug = slug.substring(0, tn.entrix.venue.Venue.SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "venue" : slug;
    }
}
