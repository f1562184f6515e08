package tn.entrix.venue;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.venue.MappingDocument.AccessPointDocument;
import tn.entrix.venue.MappingDocument.SeatDocument;
import tn.entrix.venue.MappingDocument.ZoneDocument;

class MappingDocumentValidationTest {

    private static ZoneDocument zone(String code, List<SeatDocument> seats, List<ZoneDocument> children) {
        return new ZoneDocument(code, code, ZoneKind.SECTOR, Seating.SEATED, 0, 0, null, seats, children);
    }

    private static SeatDocument seat(String reference) {
        return new SeatDocument(reference, "1", 1, 0, 0, SeatStatus.AVAILABLE);
    }

    @Test
    void aConsistentDocumentPasses() {
        var doc = new MappingDocument(1, "Football", null, null, null,
                List.of(zone("N", List.of(), List.of(zone("N1", List.of(seat("N1-1-1")), null)))),
                List.of(new AccessPointDocument("P1", "Porte 1", AccessPointKind.ENTRY, List.of("N1"), null)));
        assertDoesNotThrow(() -> MappingTransferService.validate(doc));
    }

    @Test
    void duplicateCodesSeatsAndUnknownGateZonesAreRefused() {
        var twice = new MappingDocument(1, "X", null, null, null,
                List.of(zone("N", null, List.of(zone("N", null, null)))), null);
        assertEquals("INVALID_MAPPING_DOCUMENT",
                assertThrows(RuleViolationException.class, () -> MappingTransferService.validate(twice)).code());

        var seats = new MappingDocument(1, "X", null, null, null,
                List.of(zone("A", List.of(seat("S")), null), zone("B", List.of(seat("S")), null)), null);
        assertThrows(RuleViolationException.class, () -> MappingTransferService.validate(seats));

        var gate = new MappingDocument(1, "X", null, null, null, List.of(zone("A", null, null)),
                List.of(new AccessPointDocument("P", "P", AccessPointKind.BOTH, List.of("Z"), null)));
        assertThrows(RuleViolationException.class, () -> MappingTransferService.validate(gate));

        var format = new MappingDocument(2, "X", null, null, null, List.of(), List.of());
        assertEquals("UNSUPPORTED_MAPPING_FORMAT",
                assertThrows(RuleViolationException.class, () -> MappingTransferService.validate(format)).code());
    }
}
