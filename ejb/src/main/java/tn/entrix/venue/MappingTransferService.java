package tn.entrix.venue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.Json;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.venue.MappingDocument.AccessPointDocument;
import tn.entrix.venue.MappingDocument.SeatDocument;
import tn.entrix.venue.MappingDocument.ZoneDocument;

/**
 * A whole mapping in and out as one {@link MappingDocument}: export, import into a venue, and copy (export, rename,
 * import). Import is all or nothing: one bad zone, seat or gate and nothing is created.
 */
@Stateless
public class MappingTransferService {

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    MappingService mappings;

    @Inject
    VenueRepository repository;

    public MappingDocument export(long mappingId) {
        Mapping mapping = repository.mapping(mappingId);
        List<Zone> zones = em.createQuery("select z from Zone z where z.mapping = :m", Zone.class)
                .setParameter("m", mapping).getResultList();
        Map<Long, List<SeatDocument>> seatsByZone = new HashMap<>();
        em.createQuery("select s.zone.id, s.reference, s.rowLabel, s.number, s.x, s.y, s.status from Seat s "
                        + "where s.mapping = :m order by s.id", Object[].class)
                .setParameter("m", mapping).getResultStream()
                .forEach(r -> seatsByZone.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new SeatDocument(
                        (String) r[1], (String) r[2], (Integer) r[3], (Integer) r[4], (Integer) r[5],
                        (SeatStatus) r[6])));
        Map<Long, List<Zone>> children = new HashMap<>();
        zones.forEach(z -> children.computeIfAbsent(z.getParentId(), k -> new ArrayList<>()).add(z));
        List<AccessPointDocument> gates = em.createQuery("select a from AccessPoint a where a.mapping = :m "
                        + "order by a.code", AccessPoint.class).setParameter("m", mapping).getResultStream()
                .map(a -> new AccessPointDocument(a.getCode(), a.getName(), a.getKind(),
                        a.getZones().stream().map(Zone::getCode).sorted().toList(), Json.object(a.getMetadata())))
                .toList();
        return new MappingDocument(MappingDocument.FORMAT, mapping.getName(), mapping.getValidFrom(),
                mapping.getValidUntil(), Json.object(mapping.getMetadata()),
                zoneDocuments(null, children, seatsByZone), gates);
    }

    public MappingView importInto(long venueId, MappingDocument document) {
        validate(document);
        Venue venue = repository.venue(venueId);
        MappingView created = mappings.create(venueId, new MappingRequest(document.name(), document.validFrom(),
                document.validUntil(), document.metadata(), null));
        Mapping mapping = repository.lockMapping(created.id());
        Map<String, Zone> zonesByCode = new HashMap<>();
        List<ZoneSeat> seats = new ArrayList<>();
        createZones(mapping, null, document.zones(), zonesByCode, seats);
        em.flush(); // zone ids exist from here on
        SeatWriter.insert(em, mapping.getId(), seats.stream().map(s -> new SeatWriter.Row(s.zone().getId(),
                s.seat().reference(), s.seat().row(), s.seat().number(), s.seat().x(), s.seat().y(),
                s.seat().status() == null ? SeatStatus.AVAILABLE : s.seat().status())).toList());
        for (AccessPointDocument gate : nullSafe(document.accessPoints())) {
            AccessPoint point = new AccessPoint(mapping);
            Set<Zone> served = new HashSet<>();
            nullSafe(gate.zones()).forEach(code -> served.add(zonesByCode.get(code)));
            point.describe(gate.code(), gate.name(), gate.kind(), served, Json.text(gate.metadata(), "{}"));
            em.persist(point);
        }
        repository.rollUpCapacity(mapping);
        audit.record("MAPPING_IMPORTED", MappingService.ENTITY, mapping.getId(), Severity.LOW, venue.getName() + " / "
                + mapping.getName() + ": " + zonesByCode.size() + " zones, " + seats.size() + " seats");
        return repository.view(mapping);
    }

    /** A seat of the document and the (not yet flushed) zone it goes into. */
    private record ZoneSeat(Zone zone, SeatDocument seat) {
    }

    /** A new mapping of the same venue, identical but for its name. */
    public MappingView copy(long mappingId, String newName) {
        Mapping source = repository.mapping(mappingId);
        MappingView copy = importInto(source.getVenue().getId(), export(mappingId).named(newName));
        audit.record("MAPPING_COPIED", MappingService.ENTITY, copy.id(), Severity.LOW, "from mapping " + mappingId);
        return copy;
    }

    private List<ZoneDocument> zoneDocuments(Long parentId, Map<Long, List<Zone>> children,
                                             Map<Long, List<SeatDocument>> seats) {
        return children.getOrDefault(parentId, List.of()).stream()
                .sorted(Comparator.comparingInt(Zone::getSortOrder).thenComparing(Zone::getCode))
                .map(z -> new ZoneDocument(z.getCode(), z.getName(), z.getKind(), z.getSeating(), z.getCapacity(),
                        z.getSortOrder(), Json.object(z.getMetadata()), seats.getOrDefault(z.getId(), List.of()),
                        zoneDocuments(z.getId(), children, seats)))
                .toList();
    }

    private void createZones(Mapping mapping, Zone parent, List<ZoneDocument> documents, Map<String, Zone> byCode,
                             List<ZoneSeat> seats) {
        for (ZoneDocument doc : nullSafe(documents)) {
            Zone zone = new Zone(mapping, parent);
            zone.describe(doc.code(), doc.name(), doc.kind(), doc.seating(), doc.capacity(), doc.sortOrder(),
                    Json.text(doc.metadata(), "{}"));
            em.persist(zone);
            byCode.put(doc.code(), zone);
            nullSafe(doc.seats()).forEach(seat -> seats.add(new ZoneSeat(zone, seat)));
            createZones(mapping, zone, doc.children(), byCode, seats);
        }
    }

    /** Checks the whole document before anything is written, naming the first problem. */
    static void validate(MappingDocument document) {
        if (document == null || document.name() == null || document.name().isBlank()) {
            throw RuleViolationException.field("INVALID_MAPPING_DOCUMENT", "name", "The document needs a name");
        }
        if (document.format() != MappingDocument.FORMAT) {
            throw RuleViolationException.field("UNSUPPORTED_MAPPING_FORMAT", "format",
                    "Only format " + MappingDocument.FORMAT + " is understood");
        }
        Set<String> codes = new HashSet<>();
        Set<String> references = new HashSet<>();
        validateZones(nullSafe(document.zones()), codes, references, "zones");
        Set<String> gateCodes = new HashSet<>();
        for (AccessPointDocument gate : nullSafe(document.accessPoints())) {
            if (gate.code() == null || gate.name() == null || gate.kind() == null || !gateCodes.add(gate.code())) {
                throw RuleViolationException.field("INVALID_MAPPING_DOCUMENT", "accessPoints",
                        "Gate '" + gate.code() + "' needs a unique code, a name and a kind");
            }
            for (String zone : nullSafe(gate.zones())) {
                if (!codes.contains(zone)) {
                    throw RuleViolationException.field("INVALID_MAPPING_DOCUMENT", "accessPoints",
                            "Gate '" + gate.code() + "' serves unknown zone '" + zone + "'");
                }
            }
        }
    }

    private static void validateZones(List<ZoneDocument> zones, Set<String> codes, Set<String> references,
                                      String path) {
        for (ZoneDocument zone : zones) {
            if (zone.code() == null || zone.code().isBlank() || zone.name() == null || zone.kind() == null
                    || zone.seating() == null || zone.capacity() < 0) {
                throw RuleViolationException.field("INVALID_MAPPING_DOCUMENT", path,
                        "Zone '" + zone.code() + "' needs a code, a name, a kind, a seating and a capacity >= 0");
            }
            if (!codes.add(zone.code())) {
                throw RuleViolationException.field("INVALID_MAPPING_DOCUMENT", path,
                        "Zone code '" + zone.code() + "' appears twice");
            }
            for (SeatDocument seat : nullSafe(zone.seats())) {
                if (seat.reference() == null || seat.row() == null || !references.add(seat.reference())) {
                    throw RuleViolationException.field("INVALID_MAPPING_DOCUMENT", path,
                            "Seat '" + seat.reference() + "' in zone '" + zone.code()
                                    + "' needs a unique reference and a row");
                }
            }
            validateZones(nullSafe(zone.children()), codes, references, path);
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
