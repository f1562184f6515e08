package tn.entrix.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import tn.entrix.blacklist.BanFilter;
import tn.entrix.blacklist.BanLevel;
import tn.entrix.blacklist.BanRequest;
import tn.entrix.blacklist.BanScope;
import tn.entrix.blacklist.BanSource;
import tn.entrix.blacklist.BlacklistService;
import tn.entrix.event.EventService;
import tn.entrix.event.EventView;
import tn.entrix.identity.AccountService;
import tn.entrix.identity.ProfileRequest;

/**
 * The demo blacklist: {@value #BANNED} (CIN {@value #BANNED_CIN} on his profile) banned from every event by a court
 * order, by account and CIN; and mariem.jebali banned by the club from the Tunis derby at the REINFORCED level, which
 * applies because a derby's reinforced blacklist is on. Neither account buys in the demo sales or the tests.
 */
@Stateless
public class DemoBans {

    public static final String BANNED = "karim.bannani";
    static final String BANNED_CIN = "07123456";
    static final String DERBY_BANNED = "mariem.jebali";

    @Inject
    BlacklistService blacklist;

    @Inject
    AccountService accounts;

    @Inject
    EventService events;

    public boolean present() {
        return blacklist.list(new BanFilter(null, null, BANNED_CIN, null, null, null, null), 0, 1).total() > 0;
    }

    public void load() {
        accounts.updateProfile(BANNED, new ProfileRequest("Karim Bannani", null, null, null, "Tunis", "Tunis",
                BANNED_CIN, null, "fr", false));
        blacklist.create(new BanRequest(null, BANNED, BANNED_CIN, "Interdiction de stade "
                + "(violences, jugement du tribunal de première instance de Ben Arous)", BanSource.COURT_ORDER,
                BanScope.ALL_EVENTS, null, null, BanLevel.STANDARD, null, null));
        String derby = DemoSeason.HOME_FIXTURES.stream().filter(f -> f.opponent().equals("EST")).findFirst()
                .orElseThrow().code();
        EventView event = events.findByCode(derby).orElseThrow();
        blacklist.create(new BanRequest(null, DERBY_BANNED, null, "Fumigènes lors du dernier derby "
                + "(décision de la commission de discipline du club)", BanSource.CLUB_DECISION, BanScope.EVENT,
                null, event.id(), BanLevel.REINFORCED, null, null));
    }
}
