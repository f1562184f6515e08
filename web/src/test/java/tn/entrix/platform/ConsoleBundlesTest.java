package tn.entrix.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tn.entrix.event.EventGroupKind;
import tn.entrix.event.EventKind;
import tn.entrix.event.EventStatus;
import tn.entrix.event.LineupRole;
import tn.entrix.event.ParticipantKind;
import tn.entrix.event.RelationKind;
import tn.entrix.gate.ScanReason;

/** French and English say the same things, and every text a page names exists in both. */
class ConsoleBundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Properties fr = bundle("messages.properties");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page));
                while (m.find()) {
                    if (!fr.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }

    @Test
    void everyValueThePagesTranslateByNameExists() throws IOException {
        Properties fr = bundle("messages.properties");
        List<String> keys = new ArrayList<>();
        for (EventStatus s : EventStatus.values()) {
            keys.add("event.status." + s);
            keys.add("event.status." + s + ".hint");
            for (EventStatus target : s.changes()) {
                keys.add("event.action." + target);
                keys.add("event.action." + target + ".icon");
                keys.add("event.changed." + target);
            }
        }
        Stream.of(EventKind.values()).forEach(k -> keys.add("event.kind." + k));
        Stream.of(LineupRole.values()).forEach(r -> keys.add("lineup.role." + r));
        Stream.of(ParticipantKind.values()).forEach(k -> {
            keys.add("participant.kind." + k);
            keys.add("participant.kinds." + k);
        });
        Stream.of(RelationKind.values()).forEach(k -> keys.add("relation.kind." + k));
        Stream.of(EventGroupKind.values()).forEach(k -> keys.add("competition.kind." + k));
        Stream.of(ScanReason.values()).forEach(r -> keys.add("scan.reason." + r));
        List<String> missing = keys.stream().filter(k -> !fr.containsKey(k)).toList();
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/tn/entrix/i18n", name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
