package tn.entrix.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tn.entrix.event.EventService;
import tn.entrix.event.EventStatus;
import tn.entrix.event.EventView;
import tn.entrix.event.ParticipantService;
import tn.entrix.finance.CommissionService;
import tn.entrix.finance.ContractKind;
import tn.entrix.finance.ContractRequest;
import tn.entrix.identity.AssignmentRuleRequest;
import tn.entrix.identity.AssignmentService;
import tn.entrix.identity.GroupKind;
import tn.entrix.identity.GroupRequest;
import tn.entrix.identity.GroupRuleField;
import tn.entrix.identity.GroupService;
import tn.entrix.identity.PurchaseType;
import tn.entrix.selling.PricingKind;
import tn.entrix.selling.PricingRuleRequest;
import tn.entrix.selling.PricingRuleService;
import tn.entrix.selling.TicketTypeRequest;
import tn.entrix.selling.TicketTypeService;
import tn.entrix.selling.Visibility;

/**
 * The selling side of the demo: supporters' and geographic groups, assignment rules, club contracts, and the ticket
 * configuration of the events on sale (the next home matches, the derby with its away sector reserved to the away
 * club's supporters, the concert with an early bird and a promo code). Runs once (the group "supporters-ca" marks it).
 */
@Dependent
class DemoSales {

    static final String MARKER_GROUP = "supporters-ca";

    @PersistenceContext(unitName = "entrix")
    EntityManager em;

    @Inject
    GroupService groups;

    @Inject
    AssignmentService assignments;

    @Inject
    CommissionService commissions;

    @Inject
    ParticipantService participants;

    @Inject
    EventService events;

    @Inject
    TicketTypeService ticketTypes;

    @Inject
    PricingRuleService pricing;

    @Inject
    tn.entrix.gate.GatePolicyService gatePolicy;

    boolean present() {
        return groups.list(GroupKind.ACCESS, MARKER_GROUP, 0, 5).items().stream()
                .anyMatch(g -> g.code().equals(MARKER_GROUP));
    }

    void load(Instant now) {
        long supporters = group(MARKER_GROUP, "Supporters du Club Africain", GroupKind.ACCESS, null, null);
        long visitors = group("visiteurs-est", "Supporters visiteurs (EST)", GroupKind.ACCESS, null, null);
        group("presse", "Presse accréditée", GroupKind.ACCESS, null, null);
        long tunis = group("gouv-tunis", "Résidents du gouvernorat de Tunis", GroupKind.GEOGRAPHIC,
                GroupRuleField.GOVERNORATE, "Tunis");
        group("consentement-marketing", "Fans ayant accepté les offres", GroupKind.MARKETING,
                GroupRuleField.MARKETING_CONSENT, "true");
        groups.addMember(supporters, "fan");
        groups.addMember(supporters, "amine.trabelsi");
        groups.addMember(visitors, "oussama.bouazizi");
        assignments.create(new AssignmentRuleRequest(PurchaseType.SEASON_PASS, "abonnes-{season}",
                "Abonnés {season}", GroupKind.ACCESS, null, true));
        assignments.create(new AssignmentRuleRequest(PurchaseType.TICKET, "spectateurs-{season}",
                "Spectateurs {season}", GroupKind.MARKETING, null, true));

        long ca = participants.findByCode(DemoSeason.HOME_CLUB).orElseThrow().id();
        commissions.create(new ContractRequest(ca, ContractKind.TIERED, null, null, List.of(
                new ContractRequest.TierRequest(0L, 800), new ContractRequest.TierRequest(10_000L, 600),
                new ContractRequest.TierRequest(50_000L, 400)), LocalDate.of(2026, 7, 1)));
        participants.findByCode("SABER-REBAI").ifPresent(artist -> commissions.create(new ContractRequest(
                artist.id(), ContractKind.PERCENT, null, 1_000, null, LocalDate.of(2026, 7, 1))));

        for (DemoSeason.Fixture fixture : DemoSeason.HOME_FIXTURES) {
            events.findByCode(fixture.code()).filter(e -> e.status() == EventStatus.ON_SALE)
                    .ifPresent(match -> match(match, visitors, tunis));
        }
        events.findByCode(DemoData.CONCERT_CODE).filter(e -> e.status() == EventStatus.ON_SALE)
                .ifPresent(this::concert);
    }

    /** A home match: both ends, the east stand, the honour stand and the boxes; the derby's away end is reserved. */
    private void match(EventView match, long visitors, long tunis) {
        long mapping = match.mappingId();
        boolean derby = match.derby();
        type(match, "VIRAGE-NORD", "Virage Nord", 10_000, zones(mapping, "VN"), 4, Visibility.PUBLIC, null);
        type(match, "VIRAGE-SUD", derby ? "Virage Sud (visiteurs)" : "Virage Sud", derby ? 12_000 : 10_000,
                zones(mapping, "VS"), 4, derby ? Visibility.GROUPS : Visibility.PUBLIC,
                derby ? List.of(visitors) : null);
        type(match, "TRIBUNE-EST", "Tribune Est", 20_000, zones(mapping, "TE"), 6, Visibility.PUBLIC, null);
        type(match, "HONNEUR", "Tribune d'honneur", 35_000, sectorsOf(mapping, "TO"), 6, Visibility.PUBLIC, null);
        type(match, "LOGE-VIP", "Loge VIP", 150_000, zones(mapping, "LOGES"), 12, Visibility.PUBLIC, null);
        pricing.create(match.id(), new PricingRuleRequest(PricingKind.MEMBER, "Tarif résidents Tunis", null, 20,
                false, null, 2_000L, null, null, null, null, tunis, null, null));
        pricing.create(match.id(), new PricingRuleRequest(PricingKind.GROUP_SIZE, "Groupe de 4 et plus", null, 30,
                false, 10, null, null, null, null, 4, null, null, null));
        if (derby) {
            // the away supporters only through the Virage Sud gates, only into the Virage Sud; those gates refuse the rest
            List<Long> awayGates = em.createNativeQuery("select id from access_point where mapping_id = :m "
                            + "and code in ('P4', 'P5') order by code").setParameter("m", mapping).getResultStream()
                    .map(o -> ((Number) o).longValue()).toList();
            gatePolicy.addSegregation(match.id(), new tn.entrix.gate.SegregationRequest(visitors,
                    "Visiteurs EST — Virage Sud", java.util.Set.copyOf(zones(mapping, "VS")),
                    java.util.Set.copyOf(awayGates)));
        }
    }

    private void concert(EventView concert) {
        long mapping = concert.mappingId();
        type(concert, "FOSSE", "Fosse", 60_000, zones(mapping, "FOSSE"), 6, Visibility.PUBLIC, null);
        type(concert, "GRADINS-EST", "Gradins Est", 45_000, zones(mapping, "TE"), 6, Visibility.PUBLIC, null);
        type(concert, "BALCON-VIP", "Balcon VIP", 250_000, zones(mapping, "BALCONS"), 4, Visibility.PUBLIC, null);
        pricing.create(concert.id(), new PricingRuleRequest(PricingKind.EARLY_BIRD, "1 000 premiers billets", null,
                10, false, null, 10_000L, null, null, 1_000, null, null, null, null));
        pricing.create(concert.id(), new PricingRuleRequest(PricingKind.PROMO_CODE, "Code RADES10", null, 20,
                false, 10, null, null, null, null, null, null, "RADES10", 500));
    }

    private void type(EventView event, String code, String name, long price, List<Long> zones, int maxPerOrder,
                      Visibility visibility, List<Long> groupIds) {
        boolean seated = !"FOSSE".equals(code);
        ticketTypes.create(event.id(), new TicketTypeRequest(code, name, seated, price, null, null, null, maxPerOrder,
                null, visibility, zones, groupIds));
    }

    private long group(String code, String name, GroupKind kind, GroupRuleField field, String value) {
        return groups.create(new GroupRequest(code, name, kind, null, field, value, null)).id();
    }

    private List<Long> zones(long mapping, String code) {
        return ids("select id from venue_zone where mapping_id = :m and code = :c", mapping, code);
    }

    /** The sectors of a stand, without the boxes hanging under it (they are sold on their own). */
    private List<Long> sectorsOf(long mapping, String standCode) {
        return ids("select z.id from venue_zone z join venue_zone s on s.id = z.parent_id where z.mapping_id = :m "
                + "and s.code = :c and z.code <> 'LOGES'", mapping, standCode);
    }

    private List<Long> ids(String sql, long mapping, String code) {
        return em.createNativeQuery(sql).setParameter("m", mapping).setParameter("c", code).getResultStream()
                .map(o -> ((Number) o).longValue()).toList();
    }
}
