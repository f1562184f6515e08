package tn.entrix.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import tn.entrix.identity.Role;
import tn.entrix.identity.UserService;
import tn.entrix.venue.AccessPointKind;
import tn.entrix.venue.AccessPointRequest;
import tn.entrix.venue.AccessPointService;
import tn.entrix.venue.MappingRequest;
import tn.entrix.venue.MappingService;
import tn.entrix.venue.MappingView;
import tn.entrix.venue.Numbering;
import tn.entrix.venue.SeatGenerationRequest;
import tn.entrix.venue.SeatService;
import tn.entrix.venue.Seating;
import tn.entrix.venue.VenueRequest;
import tn.entrix.venue.VenueService;
import tn.entrix.venue.ZoneKind;
import tn.entrix.venue.ZoneRequest;
import tn.entrix.venue.ZoneService;
import tn.entrix.venue.ZoneView;

/**
 * Demo data for the dev run (entrix.demo-data=true), built through the real services so it obeys every rule: a user
 * per role, a 60,000-place stadium modelled on Radès with Football and Concert mappings, gates and generated seats,
 * and a smaller indoor arena. Runs once: it stops if the demo stadium exists. All of it is one transaction, so a
 * failure leaves no half-loaded demo behind.
 */
@Stateless
public class DemoData {

    public static final String STADIUM_SLUG = "stade-olympique-de-rades";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    UserService users;

    @Inject
    VenueService venues;

    @Inject
    MappingService mappings;

    @Inject
    ZoneService zones;

    @Inject
    SeatService seats;

    @Inject
    AccessPointService gates;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load() {
        if (venues.findBySlug(STADIUM_SLUG).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        demoUser("fan", "fan12345", "Yassine Fan", Role.USER);
        demoUser("steward", "steward12345", "Sami Steward", Role.BADGECHECKER);
        demoUser("clubadmin", "admin12345", "Club Administrateur", Role.ADMIN);
        demoUser("authority", "authority12345", "Préfecture de Ben Arous", Role.AUTHORITY);
        demoUser("finance", "finance12345", "Direction financière", Role.FINANCE);
        stadium();
        arena();
        LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private void demoUser(String username, String password, String name, Role role) {
        if (users.findByUsername(username).isEmpty()) {
            users.create(username, username + "@demo.entrix.tn", name, password, Set.of(role));
        }
    }

    private void stadium() {
        long venue = venues.create(new VenueRequest("Stade Olympique de Radès", STADIUM_SLUG,
                "Cité olympique, Route de Radès", "Radès", new BigDecimal("36.748600"), new BigDecimal("10.271600"),
                60_000, Json.createArrayBuilder().add("https://media.entrix.tn/rades/aerial.jpg").build(),
                Json.createObjectBuilder().add("amenities", Json.createArrayBuilder().add("parking").add("buvettes")
                        .add("infirmerie").add("wifi-presse")).add("governorate", "Ben Arous").build(), null)).id();

        MappingView football = mappings.create(venue, new MappingRequest("Football", null, null, null, null));
        long nord = stand(football.id(), "VN", "Virage Nord", 1);
        long sud = stand(football.id(), "VS", "Virage Sud", 2);
        long est = stand(football.id(), "TE", "Tribune Est", 3);
        long ouest = stand(football.id(), "TO", "Tribune d'honneur (Ouest)", 4);
        List<Long> nordSectors = seatedSectors(football.id(), nord, "VN", 4, 40, 90);
        List<Long> sudSectors = seatedSectors(football.id(), sud, "VS", 4, 40, 90);
        List<Long> estSectors = seatedSectors(football.id(), est, "TE", 5, 35, 80);
        List<Long> ouestSectors = seatedSectors(football.id(), ouest, "TO", 4, 35, 80);
        ZoneView boxes = zones.create(football.id(), new ZoneRequest(ouest, "LOGES", "Loges VIP", ZoneKind.BOX,
                Seating.SEATED, null, 9, null, null));
        seats.generate(boxes.id(), new SeatGenerationRequest(1, 20, 1, 12, Numbering.LEFT_TO_RIGHT, null, "L"));
        gate(football.id(), "P1", "Porte 1 — Virage Nord", nordSectors.subList(0, 2));
        gate(football.id(), "P2", "Porte 2 — Virage Nord", nordSectors.subList(2, 4));
        gate(football.id(), "P3", "Porte 3 — Tribune Est", estSectors);
        gate(football.id(), "P4", "Porte 4 — Virage Sud (visiteurs)", sudSectors.subList(3, 4));
        gate(football.id(), "P5", "Porte 5 — Virage Sud", sudSectors.subList(0, 3));
        List<Long> honour = new ArrayList<>(ouestSectors);
        honour.add(boxes.id());
        gate(football.id(), "P6", "Porte 6 — Tribune d'honneur", honour);

        MappingView concert = mappings.create(venue, new MappingRequest("Concert", null, null, null, null));
        zones.create(concert.id(), new ZoneRequest(null, "FOSSE", "Fosse (pelouse)", ZoneKind.PIT, Seating.STANDING,
                20_000, 1, null, null));
        long concertEst = stand(concert.id(), "TE", "Tribune Est", 2);
        long concertOuest = stand(concert.id(), "TO", "Tribune Ouest", 3);
        List<Long> ce = seatedSectors(concert.id(), concertEst, "TE", 5, 35, 80);
        List<Long> co = seatedSectors(concert.id(), concertOuest, "TO", 4, 35, 80);
        long pit = zones.tree(concert.id()).stream().filter(z -> z.code().equals("FOSSE")).findFirst().orElseThrow()
                .id();
        gate(concert.id(), "P1", "Porte 1 — Fosse", List.of(pit));
        gate(concert.id(), "P3", "Porte 3 — Tribune Est", ce);
        gate(concert.id(), "P6", "Porte 6 — Tribune Ouest", co);
    }

    private void arena() {
        long venue = venues.create(new VenueRequest("Salle omnisport de Radès", "salle-omnisport-de-rades",
                "Cité olympique", "Radès", new BigDecimal("36.750300"), new BigDecimal("10.274900"), 17_000, null,
                Json.createObjectBuilder().add("amenities", Json.createArrayBuilder().add("parking")).add("indoor", true)
                        .build(), null)).id();
        MappingView basket = mappings.create(venue, new MappingRequest("Basketball", null, null, null, null));
        List<Long> all = new ArrayList<>();
        String[] sides = {"NORD", "SUD", "EST", "OUEST"};
        for (int i = 0; i < sides.length; i++) {
            long stand = stand(basket.id(), sides[i], "Tribune " + sides[i].charAt(0) + sides[i].substring(1)
                    .toLowerCase(), i + 1);
            all.addAll(seatedSectors(basket.id(), stand, sides[i], 2, 20, 50));
        }
        gate(basket.id(), "A", "Entrée A", all.subList(0, 4));
        gate(basket.id(), "B", "Entrée B", all.subList(4, 8));
    }

    private long stand(long mapping, String code, String name, int order) {
        return zones.create(mapping, new ZoneRequest(null, code, name, ZoneKind.STAND, Seating.SEATED, null, order,
                null, null)).id();
    }

    private List<Long> seatedSectors(long mapping, long stand, String prefix, int count, int rows, int perRow) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ZoneView sector = zones.create(mapping, new ZoneRequest(stand, prefix + i, "Secteur " + prefix + i,
                    ZoneKind.SECTOR, Seating.SEATED, null, i, null, null));
            seats.generate(sector.id(), new SeatGenerationRequest(1, rows, 1, perRow,
                    i % 2 == 0 ? Numbering.ODD_EVEN : Numbering.LEFT_TO_RIGHT, null, null));
            ids.add(sector.id());
        }
        return ids;
    }

    private void gate(long mapping, String code, String name, List<Long> zoneIds) {
        gates.create(mapping, new AccessPointRequest(code, name, AccessPointKind.BOTH, zoneIds, null, null));
    }
}
