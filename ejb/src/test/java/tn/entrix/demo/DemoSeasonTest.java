package tn.entrix.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tn.entrix.event.EventService;
import tn.entrix.event.EventStatus;
import tn.entrix.identity.Role;

class DemoSeasonTest {

    @Test
    void sixteenClubsWithUniqueCodesThatFitAnEventCode() {
        assertEquals(16, DemoSeason.CLUBS.size());
        assertEquals(16, DemoSeason.CLUBS.stream().map(DemoSeason.Club::code).distinct().count());
        for (DemoSeason.Club club : DemoSeason.CLUBS) {
            assertTrue(club.code().matches("[A-Z]{2,4}"), club.code());
        }
        for (DemoSeason.Rivalry r : DemoSeason.RIVALRIES) {
            DemoSeason.club(r.first());
            DemoSeason.club(r.second());
            assertTrue(r.level() >= 1 && r.level() <= 5, r.label());
        }
        assertEquals(5, DemoSeason.rivalry("EST", "CA"), "the Tunis derby has the highest level");
    }

    @Test
    void theHomeClubMeetsEveryOtherClubOnceAtHomeAndOnlyTheDerbyIsADerby() {
        List<DemoSeason.Fixture> fixtures = DemoSeason.HOME_FIXTURES;
        assertEquals(15, fixtures.size());
        Set<String> opponents = fixtures.stream().map(DemoSeason.Fixture::opponent).collect(Collectors.toSet());
        Set<String> others = DemoSeason.CLUBS.stream().map(DemoSeason.Club::code)
                .filter(c -> !c.equals(DemoSeason.HOME_CLUB)).collect(Collectors.toSet());
        assertEquals(others, opponents);
        List<String> derbies = fixtures.stream()
                .filter(f -> DemoSeason.rivalry(DemoSeason.HOME_CLUB, f.opponent()) >= EventService.DERBY_LEVEL)
                .map(DemoSeason.Fixture::opponent).toList();
        assertEquals(List.of("EST"), derbies);
        assertEquals(8, fixtures.stream().filter(DemoSeason.Fixture::firstHalf).count());
        assertEquals(7, fixtures.stream().filter(f -> !f.firstHalf()).count());
    }

    @Test
    void theCalendarIsARoundRobinOnWeekendsInsideItsHalves() {
        Set<String> codes = new HashSet<>();
        Instant previous = Instant.MIN;
        for (DemoSeason.Fixture f : DemoSeason.HOME_FIXTURES) {
            // opponent k: round k at home when k is odd, round 15 + k at home when k is even
            int k = f.firstHalf() ? f.round() : f.round() - DemoSeason.ROUNDS_PER_HALF;
            assertEquals(f.firstHalf(), k % 2 == 1, f.code());
            assertTrue(f.round() >= 1 && f.round() <= 30, f.code());
            assertTrue(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(f.kickOff().getDayOfWeek()),
                    f.code());
            LocalDate day = f.kickOff().toLocalDate();
            LocalDate from = f.firstHalf() ? DemoSeason.SEASON_START : DemoSeason.SECOND_HALF_START;
            LocalDate to = f.firstHalf() ? DemoSeason.FIRST_HALF_END : DemoSeason.SEASON_END;
            assertTrue(!day.isBefore(from) && !day.isAfter(to), f.code() + " inside its half");
            assertTrue(f.startsAt().isAfter(previous), "rounds in date order");
            previous = f.startsAt();
            assertTrue(f.code().length() <= 32 && codes.add(f.code()), f.code());
        }
        // Tunis is UTC+1 all year: a 15:00 kick-off is 14:00 UTC
        DemoSeason.Fixture derby = DemoSeason.HOME_FIXTURES.stream().filter(f -> f.opponent().equals("EST"))
                .findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-12-06T14:00:00Z"), derby.startsAt());
        assertEquals("L1-2627-J15-CA-EST", derby.code());
    }

    @Test
    void statusFollowsTheClockAlongTheLifeCycle() {
        Instant start = Instant.parse("2026-12-06T14:00:00Z");
        Instant end = start.plusSeconds(7200);
        assertEquals(EventStatus.DONE, DemoSeason.statusAt(start, end, end));
        assertEquals(EventStatus.CLOSED, DemoSeason.statusAt(start, end, start.plusSeconds(60)));
        assertEquals(EventStatus.ON_SALE, DemoSeason.statusAt(start, end, Instant.parse("2026-11-29T00:00:00Z")));
        assertEquals(EventStatus.PUBLISHED, DemoSeason.statusAt(start, end, Instant.parse("2026-10-20T00:00:00Z")));
        assertEquals(EventStatus.DRAFT, DemoSeason.statusAt(start, end, Instant.parse("2026-08-01T00:00:00Z")));

        assertEquals(List.of(), DemoSeason.path(EventStatus.DRAFT));
        List<EventStatus> toDone = DemoSeason.path(EventStatus.DONE);
        assertEquals(List.of(EventStatus.PUBLISHED, EventStatus.ON_SALE, EventStatus.CLOSED, EventStatus.DONE),
                toDone);
        EventStatus at = EventStatus.DRAFT;
        for (EventStatus step : toDone) {
            assertTrue(at.canMoveTo(step), at + " -> " + step);
            at = step;
        }
    }

    @Test
    void everyRoleButSuperadminHasADemoAccount() {
        Set<Role> roles = DemoData.ACCOUNTS.stream().map(DemoData.Account::role).collect(Collectors.toSet());
        assertEquals(EnumSet.complementOf(EnumSet.of(Role.SUPERADMIN)), roles);
        assertEquals(DemoData.ACCOUNTS.size(), DemoData.ACCOUNTS.stream().map(DemoData.Account::username)
                .distinct().count());
        DemoData.ACCOUNTS.forEach(a -> assertTrue(a.password().length() >= 8 && a.username()
                .matches("[a-z0-9._-]+"), a.username()));
    }
}
