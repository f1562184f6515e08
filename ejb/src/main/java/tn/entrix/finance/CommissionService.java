package tn.entrix.finance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import tn.entrix.audit.AuditService;
import tn.entrix.audit.Severity;
import tn.entrix.event.Event;
import tn.entrix.event.Lineup;
import tn.entrix.event.LineupRole;
import tn.entrix.event.Participant;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.RuleViolationException;
import tn.entrix.platform.SqlValues;
import tn.entrix.selling.TicketOrder;

/**
 * Club contracts and the commission of each paid order. The club of an event is its HOME participant (a match) or
 * its HEADLINER (a concert); the contract in force on the day of payment (Tunis) applies.
 */
@Stateless
public class CommissionService {

    private static final Logger LOG = Logger.getLogger(CommissionService.class.getName());
    static final String ENTITY = "CommissionContract";
    static final ZoneId TUNIS = ZoneId.of("Africa/Tunis");

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public ContractView create(ContractRequest r) {
        if (em.find(Participant.class, r.clubId()) == null) {
            throw new NotFoundException("Participant", r.clubId());
        }
        String tiers = null;
        switch (r.kind()) {
            case FIXED -> require(r.fixedPerTicket() != null, "fixedPerTicket", "A FIXED contract needs fixedPerTicket");
            case PERCENT -> require(r.percentBps() != null, "percentBps", "A PERCENT contract needs percentBps");
            case TIERED -> {
                require(r.tiers() != null && r.tiers().stream().anyMatch(t -> t.from() == 0), "tiers",
                        "A TIERED contract needs tiers, one of them from 0 tickets");
                JsonArrayBuilder array = Json.createArrayBuilder();
                r.tiers().forEach(t -> array.add(Json.createObjectBuilder().add("from", t.from()).add("bps", t.bps())));
                tiers = array.build().toString();
            }
        }
        CommissionContract contract = new CommissionContract(r.clubId(), r.kind(),
                r.kind() == ContractKind.FIXED ? r.fixedPerTicket() : null,
                r.kind() == ContractKind.PERCENT ? r.percentBps() : null, tiers, r.validFrom(), clock.instant());
        em.persist(contract);
        em.flush();
        audit.record("CONTRACT_CREATED", ENTITY, contract.getId(), Severity.HIGH, "club " + r.clubId() + " "
                + r.kind() + " from " + r.validFrom());
        return view(contract);
    }

    public List<ContractView> contractsOf(long clubId) {
        return em.createQuery("select c from CommissionContract c where c.clubId = :c order by c.validFrom desc",
                CommissionContract.class).setParameter("c", clubId).getResultStream().map(this::view).toList();
    }

    /**
     * Computes and stores the commission of a paid order (selling's OrderPaid, in the paying transaction). Once per
     * order (unique index). An event without a club, or a club without a contract, owes no commission: logged.
     */
    public void onOrderPaid(long orderId) {
        TicketOrder order = em.find(TicketOrder.class, orderId);
        Event event = em.find(Event.class, order.getEventId());
        Participant club = clubOf(event);
        if (club == null) {
            LOG.info("Order " + order.getNumber() + ": event " + event.getCode() + " has no club, no commission");
            return;
        }
        LocalDate day = clock.instant().atZone(TUNIS).toLocalDate();
        CommissionContract contract = em.createQuery("select c from CommissionContract c where c.clubId = :c "
                        + "and c.validFrom <= :d order by c.validFrom desc", CommissionContract.class)
                .setParameter("c", club.getId()).setParameter("d", day).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
        if (contract == null) {
            LOG.warning("Order " + order.getNumber() + ": club " + club.getCode() + " has no contract in force");
            return;
        }
        long soldBefore = ((Number) em.createNativeQuery("select coalesce(sum(tickets), 0) from club_commission "
                + "where club_id = :c and refunded_at is null").setParameter("c", club.getId()).getSingleResult())
                .longValue(); // refunded tickets do not count towards a tier
        int tickets = order.getItems().size();
        CommissionCalculator.Result result = CommissionCalculator.commission(contract.getKind(),
                contract.getFixedPerTicket(), contract.getPercentBps(), tiers(contract.getTiers()), order.getTotal(),
                tickets, soldBefore);
        em.persist(new ClubCommission(orderId, club.getId(), contract.getId(), tickets, order.getTotal(),
                result.commission(), result.rate(), clock.instant()));
        audit.record("COMMISSION_COMPUTED", "Order", orderId, Severity.LOW, order.getNumber() + " gross "
                + order.getTotal() + " commission " + result.commission() + " (" + result.rate() + ")");
    }

    /**
     * A refunded order owes no commission: its row stays (what was computed, and when it stopped counting) but is
     * marked refunded, and every total counts only rows that are not. Once; an order without a commission row
     * (no club or no contract) has nothing to reverse.
     */
    public void onOrderRefunded(long orderId, String number) {
        ClubCommission row = em.createQuery("select c from ClubCommission c where c.orderId = :o", ClubCommission.class)
                .setParameter("o", orderId).getResultStream().findFirst().orElse(null);
        if (row == null || row.getRefundedAt() != null) {
            return;
        }
        row.refunded(clock.instant());
        audit.record("COMMISSION_REVERSED", "Order", orderId, Severity.HIGH, number + " refunded: commission "
                + row.getCommission() + " of gross " + row.getGross() + " no longer due");
    }

    @SuppressWarnings("unchecked")
    public List<CommissionView> ofEvent(long eventId) {
        List<Object[]> rows = em.createNativeQuery("select c.order_id, o.number, c.club_id, p.name, c.tickets, c.gross, "
                        + "c.commission, c.net, c.rate, c.computed_at, c.refunded_at from club_commission c "
                        + "join ticket_order o on o.id = c.order_id join participant p on p.id = c.club_id "
                        + "where o.event_id = :e order by c.computed_at, c.id")
                .setParameter("e", eventId).getResultList();
        return rows.stream().map(r -> new CommissionView(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), (String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), (String) r[8],
                SqlValues.instant(r[9]), r[10] == null ? null : SqlValues.instant(r[10]))).toList();
    }

    static Participant clubOf(Event event) {
        Participant headliner = null;
        for (Lineup entry : event.getLineup()) {
            if (entry.getRole() == LineupRole.HOME) {
                return entry.getParticipant();
            }
            if (entry.getRole() == LineupRole.HEADLINER) {
                headliner = entry.getParticipant();
            }
        }
        return headliner;
    }

    static List<CommissionCalculator.Tier> tiers(String json) {
        if (json == null) {
            return List.of();
        }
        return Json.createReader(new StringReader(json)).readArray().getValuesAs(JsonObject.class).stream()
                .map(o -> new CommissionCalculator.Tier(o.getJsonNumber("from").longValue(), o.getInt("bps")))
                .toList();
    }

    private ContractView view(CommissionContract c) {
        return new ContractView(c.getId(), c.getClubId(), c.getKind(), c.getFixedPerTicket(), c.getPercentBps(),
                tiers(c.getTiers()), c.getValidFrom());
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw RuleViolationException.field("CONTRACT_TERMS", field, message);
        }
    }
}
