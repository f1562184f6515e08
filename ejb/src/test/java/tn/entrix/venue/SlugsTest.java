package tn.entrix.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void accentsAndPunctuationBecomeDashes() {
        assertEquals("stade-olympique-hammadi-agrebi-de-rades", Slugs.of("Stade Olympique Hammadi-Agrebi de Radès"));
        assertEquals("tribune-d-honneur", Slugs.of("  Tribune d'honneur!  "));
        assertEquals("venue", Slugs.of("ملعب"));
    }
}
