package tn.entrix.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import tn.entrix.event.EventStatus;
import tn.entrix.platform.ClockProducer;

/**
 * The demo's football season as plain data, so that it is unit-tested without a container: the sixteen clubs of a
 * Tunisian Ligue 1 2026-27, their rivalries, and the fifteen home matches of the home club (Club Africain, at Radès).
 * <p>
 * The calendar is a double round robin of thirty rounds: the home club meets opponent {@code k} in round {@code k}
 * (at home when {@code k} is odd) and again in round {@code 15 + k} (at home when {@code k} is even), hence eight home
 * matches in the first half and seven in the second. Kick-offs are local Tunis time (UTC+1 all year): Saturday or
 * Sunday, evenings in August's heat and after the fast-breaking meal during Ramadan (February–March 2027).
 */
final class DemoSeason {

    static final String SEASON = "L1-2026-27";
    static final String FIRST_HALF = "L1-2026-27-ALLER";
    static final String SECOND_HALF = "L1-2026-27-RETOUR";
    static final LocalDate SEASON_START = LocalDate.of(2026, 8, 1);
    static final LocalDate SEASON_END = LocalDate.of(2027, 5, 31);
    static final LocalDate FIRST_HALF_END = LocalDate.of(2026, 12, 6);
    static final LocalDate SECOND_HALF_START = LocalDate.of(2026, 12, 13);
    static final int ROUNDS_PER_HALF = 15;
    static final String HOME_CLUB = "CA";
    static final String CATEGORY = "Ligue 1";
    static final Duration MATCH_LENGTH = Duration.ofHours(2);
    /** Doors open earlier for a derby: reinforced checks at the gates. */
    static final Duration DERBY_DOORS = Duration.ofHours(3);
    /** Ticket sales open thirty days before a match ("J-30"), the match is announced thirty days before that. */
    static final Duration SALES_OPEN = Duration.ofDays(30);
    static final Duration ANNOUNCED = Duration.ofDays(60);

    /** A club of the league. */
    record Club(String code, String name) {
        String logoUrl() {
            return "https://media.entrix.tn/clubs/" + code.toLowerCase() + ".png";
        }
    }

    /** A rivalry between two clubs; level 3 and above makes their matches derbies (EventService.DERBY_LEVEL). */
    record Rivalry(String first, String second, int level, String label) {
        boolean between(String a, String b) {
            return first.equals(a) && second.equals(b) || first.equals(b) && second.equals(a);
        }
    }

    /** A home match of the home club. */
    record Fixture(int round, String opponent, LocalDateTime kickOff) {
        boolean firstHalf() {
            return round <= ROUNDS_PER_HALF;
        }

        String code() {
            return String.format("L1-2627-J%02d-%s-%s", round, HOME_CLUB, opponent);
        }

        Instant startsAt() {
            return kickOff.atZone(ClockProducer.DISPLAY_ZONE).toInstant();
        }

        Instant endsAt() {
            return startsAt().plus(MATCH_LENGTH);
        }
    }

    static final List<Club> CLUBS = List.of(
            new Club("EST", "Espérance de Tunis"),
            new Club("CA", "Club Africain"),
            new Club("ESS", "Étoile du Sahel"),
            new Club("CSS", "CS Sfaxien"),
            new Club("USM", "US Monastir"),
            new Club("ST", "Stade Tunisien"),
            new Club("CAB", "CA Bizertin"),
            new Club("USBG", "US Ben Guerdane"),
            new Club("JSK", "JS Kairouan"),
            new Club("ESM", "ES Métlaoui"),
            new Club("ASM", "AS Marsa"),
            new Club("OB", "Olympique Béja"),
            new Club("ESZ", "ES Zarzis"),
            new Club("JSO", "JS Omrane"),
            new Club("ASS", "AS Soliman"),
            new Club("EGSG", "EGS Gafsa"));

    static final List<Rivalry> RIVALRIES = List.of(
            new Rivalry("CA", "EST", 5, "Derby de Tunis"),
            new Rivalry("EST", "ESS", 4, "Classico"),
            new Rivalry("ESS", "CSS", 4, "Sahel contre Sfax"),
            new Rivalry("EST", "CSS", 3, "Choc des grands"),
            new Rivalry("ESS", "USM", 4, "Derby du Sahel"),
            new Rivalry("USBG", "ESZ", 3, "Derby du Sud"),
            new Rivalry("ESM", "EGSG", 3, "Derby du bassin minier"),
            // the home club's other big matches: sold out, but no derby
            new Rivalry("CA", "ESS", 2, "Choc des grands"),
            new Rivalry("CA", "CSS", 2, "Choc des grands"),
            new Rivalry("CA", "ST", 2, "Rivalité tunisoise"),
            new Rivalry("EST", "ST", 2, "Rivalité tunisoise"));

    static final List<Fixture> HOME_FIXTURES = List.of(
            new Fixture(1, "USBG", LocalDateTime.of(2026, 8, 9, 20, 0)),
            new Fixture(3, "JSO", LocalDateTime.of(2026, 8, 22, 20, 0)),
            new Fixture(5, "ESM", LocalDateTime.of(2026, 9, 13, 17, 0)),
            new Fixture(7, "OB", LocalDateTime.of(2026, 9, 27, 16, 0)),
            new Fixture(9, "USM", LocalDateTime.of(2026, 10, 17, 15, 0)),
            new Fixture(11, "ESZ", LocalDateTime.of(2026, 11, 1, 14, 30)),
            new Fixture(13, "EGSG", LocalDateTime.of(2026, 11, 22, 14, 30)),
            new Fixture(15, "EST", LocalDateTime.of(2026, 12, 6, 15, 0)),
            new Fixture(17, "ASS", LocalDateTime.of(2026, 12, 20, 14, 30)),
            new Fixture(19, "ST", LocalDateTime.of(2027, 1, 10, 14, 30)),
            new Fixture(21, "ESS", LocalDateTime.of(2027, 1, 23, 15, 0)),
            new Fixture(23, "CAB", LocalDateTime.of(2027, 2, 21, 21, 30)),
            new Fixture(25, "JSK", LocalDateTime.of(2027, 3, 7, 21, 30)),
            new Fixture(27, "CSS", LocalDateTime.of(2027, 4, 4, 16, 0)),
            new Fixture(29, "ASM", LocalDateTime.of(2027, 4, 25, 16, 0)));

    private DemoSeason() {
    }

    static Club club(String code) {
        return CLUBS.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo club " + code));
    }

    /** The rivalry level between two clubs, 0 when they have none. */
    static int rivalry(String a, String b) {
        return RIVALRIES.stream().filter(r -> r.between(a, b)).mapToInt(Rivalry::level).findFirst().orElse(0);
    }

    /**
     * Where a match stands at {@code now}, so that the demo looks alive whenever it is loaded: over → DONE, under way
     * → CLOSED, within thirty days → ON_SALE, within sixty → PUBLISHED, later → DRAFT.
     */
    static EventStatus statusAt(Instant startsAt, Instant endsAt, Instant now) {
        if (!now.isBefore(endsAt)) {
            return EventStatus.DONE;
        }
        if (!now.isBefore(startsAt)) {
            return EventStatus.CLOSED;
        }
        if (!now.plus(SALES_OPEN).isBefore(startsAt)) {
            return EventStatus.ON_SALE;
        }
        if (!now.plus(ANNOUNCED).isBefore(startsAt)) {
            return EventStatus.PUBLISHED;
        }
        return EventStatus.DRAFT;
    }

    /** The status changes that take a new (DRAFT) event to {@code target} along the normal life cycle. */
    static List<EventStatus> path(EventStatus target) {
        List<EventStatus> normal = List.of(EventStatus.PUBLISHED, EventStatus.ON_SALE, EventStatus.CLOSED,
                EventStatus.DONE);
        if (target == EventStatus.DRAFT) {
            return List.of();
        }
        int index = normal.indexOf(target);
        if (index < 0) {
            throw new IllegalArgumentException("The demo does not take an event to " + target);
        }
        return new ArrayList<>(normal.subList(0, index + 1));
    }
}
