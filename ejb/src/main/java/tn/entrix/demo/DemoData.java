package tn.entrix.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import tn.entrix.event.EventGroupKind;
import tn.entrix.event.EventGroupRequest;
import tn.entrix.event.EventGroupService;
import tn.entrix.event.EventKind;
import tn.entrix.event.EventRequest;
import tn.entrix.event.EventService;
import tn.entrix.event.EventStatus;
import tn.entrix.event.EventView;
import tn.entrix.event.LineupEntry;
import tn.entrix.event.LineupRole;
import tn.entrix.event.ParticipantKind;
import tn.entrix.event.ParticipantRequest;
import tn.entrix.event.ParticipantService;
import tn.entrix.event.ParticipantView;
import tn.entrix.event.RelationKind;
import tn.entrix.event.RelationRequest;
import tn.entrix.identity.Role;
import tn.entrix.identity.UserService;
import tn.entrix.platform.ClockProducer;
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
 * Demo data for the dev run (entrix.demo-data=true), built through the real services so it obeys every rule and
 * leaves an audit trail: users of every role, a 60,000-place stadium modelled on Radès with a Football mapping (54,240
 * seats, gates) and a 40,000-place Concert mapping (standing pit, stands, VIP boxes), a smaller indoor arena, the
 * Ligue 1 2026-27 season ({@link DemoSeason}: 16 clubs, rivalries, the home club's 15 home matches at Radès with the
 * Tunis derby) and a summer concert.
 * <p>
 * Idempotent part by part: each part is created only when its marker (a username, the stadium's slug, the season's
 * code, the concert's code...) is missing, so a database loaded by an older version gains the new parts and a second
 * start adds nothing. All of it is one transaction: a failure leaves no half-loaded demo behind.
 */
@Stateless
public class DemoData {

    public static final String STADIUM_SLUG = "stade-olympique-de-rades";
    public static final String ARENA_SLUG = "salle-omnisport-de-rades";
    public static final String CONCERT_CODE = "CONCERT-RADES-2027";
    static final String FOOTBALL = "Football";
    static final String CONCERT = "Concert";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** A demo account; the README and the launcher's summary list them. */
    record Account(String username, String password, String name, Role role) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("fan", "fan12345", "Yassine Fan", Role.USER),
            new Account("steward", "steward12345", "Sami Steward", Role.BADGECHECKER),
            new Account("clubadmin", "admin12345", "Club Administrateur", Role.ADMIN),
            new Account("authority", "authority12345", "Préfecture de Ben Arous", Role.AUTHORITY),
            new Account("finance", "finance12345", "Direction financière", Role.FINANCE),
            new Account("amine.trabelsi", "fan12345", "Amine Trabelsi", Role.USER),
            new Account("mariem.jebali", "fan12345", "Mariem Jebali", Role.USER),
            new Account("oussama.bouazizi", "fan12345", "Oussama Bouazizi", Role.USER),
            new Account("hedi.gharbi", "steward12345", "Hédi Gharbi", Role.BADGECHECKER),
            new Account("salma.mansouri", "steward12345", "Salma Mansouri", Role.BADGECHECKER),
            // banned by a court order from every event (by account and CIN): never buys in the demo or the tests
            new Account(DemoBans.BANNED, "fan12345", "Karim Bannani", Role.USER));

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

    @Inject
    ParticipantService participants;

    @Inject
    EventGroupService groups;

    @Inject
    EventService events;

    @Inject
    Clock clock;

    @Inject
    DemoSales sales;

    @Inject
    DemoBans bans;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load() {
        long started = System.nanoTime();
        List<String> loaded = new ArrayList<>();
        List<Account> missing = ACCOUNTS.stream().filter(a -> users.findByUsername(a.username()).isEmpty()).toList();
        if (!missing.isEmpty()) {
            timed(loaded, missing.size() + " users", () -> missing.forEach(a -> users.create(a.username(),
                    a.username() + "@demo.entrix.tn", a.name(), a.password(), Set.of(a.role()))));
        }
        if (venues.findBySlug(STADIUM_SLUG).isEmpty()) {
            timed(loaded, "stadium with its football mapping", this::stadium);
        }
        long stadium = venues.findBySlug(STADIUM_SLUG).orElseThrow().id();
        boolean concertMissing = events.findByCode(CONCERT_CODE).isEmpty();
        // mappings are looked up only when something is missing: a start with the demo in place stays cheap
        if (concertMissing && mapping(stadium, CONCERT).isEmpty()) {
            timed(loaded, "concert mapping", () -> concertMapping(stadium));
        }
        if (venues.findBySlug(ARENA_SLUG).isEmpty()) {
            timed(loaded, "arena", this::arena);
        }
        if (groups.findByCode(DemoSeason.SEASON).isEmpty()) {
            long football = mapping(stadium, FOOTBALL).orElseThrow(() -> new IllegalStateException(
                    "The demo stadium has no Football mapping"));
            timed(loaded, "season (" + DemoSeason.CLUBS.size() + " clubs, " + DemoSeason.RIVALRIES.size()
                    + " rivalries, " + DemoSeason.HOME_FIXTURES.size() + " home matches)", () -> season(football));
        }
        if (concertMissing) {
            long concert = mapping(stadium, CONCERT).orElseThrow();
            timed(loaded, "concert", () -> concert(concert));
        }
        if (!sales.present()) {
            timed(loaded, "groups, contracts and the ticket configuration of the events on sale",
                    () -> sales.load(clock.instant()));
        }
        if (!bans.present()) {
            timed(loaded, "blacklist (2 bans)", bans::load);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> loaded.isEmpty() ? "Demo data present already (checked in " + millis + " ms)"
                : "Demo data loaded in " + millis + " ms: " + String.join(", ", loaded));
    }

    /** Runs one part of the demo and notes what it made and how long it took. */
    private static void timed(List<String> loaded, String part, Runnable work) {
        long started = System.nanoTime();
        work.run();
        loaded.add(part + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }

    private Optional<Long> mapping(long venue, String name) {
        return mappings.listOfVenue(venue).stream().filter(m -> m.name().equalsIgnoreCase(name)).map(MappingView::id)
                .findFirst();
    }

    private void stadium() {
        long venue = venues.create(new VenueRequest("Stade Olympique de Radès", STADIUM_SLUG,
                "Cité olympique, Route de Radès", "Radès", new BigDecimal("36.748600"), new BigDecimal("10.271600"),
                60_000, Json.createArrayBuilder().add("https://media.entrix.tn/rades/aerial.jpg").build(),
                Json.createObjectBuilder().add("amenities", Json.createArrayBuilder().add("parking").add("buvettes")
                        .add("infirmerie").add("wifi-presse")).add("governorate", "Ben Arous").build(), null)).id();

        MappingView football = mappings.create(venue, new MappingRequest(FOOTBALL, null, null, null, null));
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
    }

    /**
     * The concert configuration of the product description, 40,000 places: the stage in front of the south end, a
     * standing pit on the pitch (12,000), the east and west stands (14,000 and 11,200 seats), VIP boxes above the
     * west stand (240), and the north end facing the stage (2,560 seats).
     */
    private void concertMapping(long venue) {
        MappingView concert = mappings.create(venue, new MappingRequest(CONCERT, null, null,
                Json.createObjectBuilder().add("stage", "Virage Sud").add("amenities", Json.createArrayBuilder()
                        .add("bars").add("merchandising").add("vestiaire")).build(), null));
        long pit = zones.create(concert.id(), new ZoneRequest(null, "FOSSE", "Fosse (pelouse)", ZoneKind.PIT,
                Seating.STANDING, 12_000, 1, null, null)).id();
        long est = stand(concert.id(), "TE", "Gradins Est", 2);
        long ouest = stand(concert.id(), "TO", "Gradins Ouest", 3);
        long nord = stand(concert.id(), "VN", "Virage Nord (face à la scène)", 4);
        List<Long> estSectors = seatedSectors(concert.id(), est, "TE", 5, 35, 80);
        List<Long> ouestSectors = seatedSectors(concert.id(), ouest, "TO", 4, 35, 80);
        List<Long> nordSectors = seatedSectors(concert.id(), nord, "VN", 2, 16, 80);
        ZoneView balconies = zones.create(concert.id(), new ZoneRequest(ouest, "BALCONS", "Balcons VIP (loges)",
                ZoneKind.BOX, Seating.SEATED, null, 9, null, null));
        seats.generate(balconies.id(), new SeatGenerationRequest(1, 20, 1, 12, Numbering.LEFT_TO_RIGHT, null, "L"));
        gate(concert.id(), "P1", "Porte 1 — Fosse", List.of(pit));
        gate(concert.id(), "P2", "Porte 2 — Virage Nord", nordSectors);
        gate(concert.id(), "P3", "Porte 3 — Gradins Est", estSectors);
        List<Long> west = new ArrayList<>(ouestSectors);
        west.add(balconies.id());
        gate(concert.id(), "P6", "Porte 6 — Gradins Ouest et balcons", west);
    }

    /**
     * The season, its two halves, the clubs and their rivalries, and the home club's home matches, each moved along
     * its life cycle to where it stands today ({@link DemoSeason#statusAt}).
     */
    private void season(long footballMapping) {
        Map<String, Long> clubs = new HashMap<>();
        for (DemoSeason.Club club : DemoSeason.CLUBS) {
            clubs.put(club.code(), participant(club.code(), club.name(), ParticipantKind.TEAM, DemoSeason.CATEGORY,
                    club.logoUrl()));
        }
        for (DemoSeason.Rivalry rivalry : DemoSeason.RIVALRIES) {
            participants.relate(clubs.get(rivalry.first()), new RelationRequest(clubs.get(rivalry.second()),
                    RelationKind.RIVALRY, rivalry.level()));
        }
        long season = groups.create(new EventGroupRequest(DemoSeason.SEASON, "Ligue 1 2026-27", EventGroupKind.SEASON,
                null, DemoSeason.SEASON_START, DemoSeason.SEASON_END, null)).id();
        long firstHalf = groups.create(new EventGroupRequest(DemoSeason.FIRST_HALF, "Phase aller",
                EventGroupKind.PHASE, season, DemoSeason.SEASON_START, DemoSeason.FIRST_HALF_END, null)).id();
        long secondHalf = groups.create(new EventGroupRequest(DemoSeason.SECOND_HALF, "Phase retour",
                EventGroupKind.PHASE, season, DemoSeason.SECOND_HALF_START, DemoSeason.SEASON_END, null)).id();

        Instant now = clock.instant();
        long home = clubs.get(DemoSeason.HOME_CLUB);
        for (DemoSeason.Fixture fixture : DemoSeason.HOME_FIXTURES) {
            int rivalry = DemoSeason.rivalry(DemoSeason.HOME_CLUB, fixture.opponent());
            boolean derby = rivalry >= EventService.DERBY_LEVEL;
            JsonObjectBuilder metadata = Json.createObjectBuilder().add("round", fixture.round())
                    .add("phase", fixture.firstHalf() ? "aller" : "retour")
                    .add("security_level", derby ? 5 : rivalry > 0 ? 3 : 2);
            if (rivalry > 0) {
                metadata.add("rivalry", rivalry);
            }
            EventView event = events.create(new EventRequest(fixture.code(),
                    DemoSeason.club(DemoSeason.HOME_CLUB).name() + " – " + DemoSeason.club(fixture.opponent()).name(),
                    EventKind.FOOTBALL, DemoSeason.CATEGORY, fixture.firstHalf() ? firstHalf : secondHalf,
                    footballMapping, fixture.startsAt(), fixture.endsAt(),
                    derby ? fixture.startsAt().minus(DemoSeason.DERBY_DOORS) : null,
                    List.of(new LineupEntry(home, LineupRole.HOME),
                            new LineupEntry(clubs.get(fixture.opponent()), LineupRole.AWAY)),
                    metadata.build(), null, null));
            moveTo(event.id(), DemoSeason.statusAt(fixture.startsAt(), fixture.endsAt(), now));
        }
    }

    /** A summer night at Radès in the concert mapping: a headliner and a support act; on sale until it is over. */
    private void concert(long concertMapping) {
        long headliner = participant("SABER-REBAI", "Saber Rebaï", ParticipantKind.ARTIST, "Chanson tunisienne",
                null);
        long support = participant("EMEL-MATHLOUTHI", "Emel Mathlouthi", ParticipantKind.ARTIST, "Chanson tunisienne",
                null);
        Instant start = LocalDateTime.of(2027, 7, 10, 21, 30).atZone(ClockProducer.DISPLAY_ZONE).toInstant();
        Instant end = start.plus(Duration.ofHours(3));
        EventView concert = events.create(new EventRequest(CONCERT_CODE, "Saber Rebaï — une nuit à Radès",
                EventKind.CONCERT, "Concert", null, concertMapping, start, end, start.minus(Duration.ofHours(3)),
                List.of(new LineupEntry(headliner, LineupRole.HEADLINER), new LineupEntry(support, LineupRole.SUPPORT)),
                Json.createObjectBuilder().add("stage", "Virage Sud").add("age_limit", 0).build(), null, null));
        Instant now = clock.instant();
        moveTo(concert.id(), now.isBefore(start) ? EventStatus.ON_SALE : DemoSeason.statusAt(start, end, now));
    }

    private long participant(String code, String name, ParticipantKind kind, String category, String logoUrl) {
        return participants.findByCode(code).map(ParticipantView::id).orElseGet(() -> participants.create(
                new ParticipantRequest(code, name, kind, category, "TN", logoUrl, null)).id());
    }

    private void moveTo(long event, EventStatus target) {
        for (EventStatus step : DemoSeason.path(target)) {
            events.changeStatus(event, step);
        }
    }

    private void arena() {
        long venue = venues.create(new VenueRequest("Salle omnisport de Radès", ARENA_SLUG,
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
