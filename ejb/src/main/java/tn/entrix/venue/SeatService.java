package tn.entrix.venue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.platform.ConflictException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.Page;
import tn.entrix.platform.RuleViolationException;

/** Seats: bulk generation into a seated zone, listing, and blocking/killing single seats. */
@Stateless
public class SeatService {

    static final String ENTITY = "Seat";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    VenueRepository repository;

    /**
     * Creates every seat of the block in one transaction. The zone must be a seated leaf; a reference that exists
     * already in the mapping refuses the whole block (409), so a generation is never half-applied.
     */
    public SeatGenerationView generate(long zoneId, SeatGenerationRequest request) {
        long started = System.nanoTime();
        Zone zone = repository.zone(zoneId);
        Mapping mapping = repository.lockMapping(zone.getMapping().getId());
        if (zone.getSeating() != Seating.SEATED) {
            throw new RuleViolationException("ZONE_NOT_SEATED", "Zone " + zone.getCode() + " is a standing zone");
        }
        long children = em.createQuery("select count(z) from Zone z where z.parent = :z", Long.class)
                .setParameter("z", zone).getSingleResult();
        if (children > 0) {
            throw new RuleViolationException("ZONE_NOT_LEAF", "Zone " + zone.getCode()
                    + " has sub-zones; generate the seats in them");
        }
        List<SeatLayout.PlannedSeat> planned = SeatLayout.plan(zone.getCode(), request);
        List<String> references = planned.stream().map(SeatLayout.PlannedSeat::reference).toList();
        long clashes = countExisting(mapping.getId(), references);
        if (clashes > 0) {
            throw new ConflictException("SEATS_EXIST", clashes + " of these seats exist already in the mapping",
                    Map.of("existing", clashes));
        }
        int created = SeatWriter.insert(em, mapping.getId(), planned.stream()
                .map(p -> new SeatWriter.Row(zoneId, p.reference(), p.rowLabel(), p.number(), p.x(), p.y(),
                        SeatStatus.AVAILABLE))
                .toList());
        int total = repository.rollUpCapacity(mapping);
        audit.record("SEATS_GENERATED", ZoneService.ENTITY, zoneId, Severity.LOW, created + " seats, rows "
                + request.rowFrom() + "-" + request.rowTo() + ", seats " + request.seatFrom() + "-" + request.seatTo()
                + ", " + request.numberingOrDefault());
        return new SeatGenerationView(zoneId, created, zone.getCapacity(), total,
                (System.nanoTime() - started) / 1_000_000);
    }

    public Page<SeatView> listOfZone(long zoneId, int page, int size) {
        repository.zone(zoneId);
        List<SeatView> seats = em.createQuery("select s from Seat s where s.zone.id = :z order by s.y, s.x, s.id",
                        Seat.class).setParameter("z", zoneId).setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(SeatService::view).toList();
        long total = em.createQuery("select count(s) from Seat s where s.zone.id = :z", Long.class)
                .setParameter("z", zoneId).getSingleResult();
        return new Page<>(seats, page, size, total);
    }

    public SeatView changeStatus(long seatId, SeatStatus status) {
        Seat seat = em.find(Seat.class, seatId);
        if (seat == null) {
            throw new NotFoundException(ENTITY, seatId);
        }
        Mapping mapping = repository.lockMapping(seat.getMapping().getId());
        SeatStatus before = seat.getStatus();
        seat.changeStatus(status);
        repository.rollUpCapacity(mapping);
        audit.record("SEAT_STATUS_CHANGED", ENTITY, seatId, Severity.LOW, seat.getReference() + ": " + before + " -> "
                + status);
        return view(seat);
    }

    private long countExisting(long mappingId, List<String> references) {
        long found = 0;
        for (int from = 0; from < references.size(); from += 10_000) {
            List<String> chunk = references.subList(from, Math.min(references.size(), from + 10_000));
            found += em.createQuery("select count(s) from Seat s where s.mapping.id = :m and s.reference in :refs",
                    Long.class).setParameter("m", mappingId).setParameter("refs", chunk).getSingleResult();
        }
        return found;
    }

    static SeatView view(Seat s) {
        return new SeatView(s.getId(), s.getZone().getId(), s.getReference(), s.getRowLabel(), s.getNumber(), s.getX(),
                s.getY(), s.getStatus());
    }
}
