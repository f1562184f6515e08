package tn.entrix.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import tn.entrix.gate.GateStore;

/**
 * The gate rush: doors open at the demo stadium (Radès, Football mapping) and the scanners fire. An event happening
 * now gets one access right per seat (signed here with a key of the bench's own, registered as a retired key of the
 * event so the server verifies but never signs with it — issuing 54,000 tickets through the shop would take longer
 * than the rush), a device is enrolled for every gate, and {@code --threads} scanners send {@code --scans} scans in
 * the issue's mix: 90% valid first entries at a gate serving the seat, 5% repeats of an admitted code, 3% at a gate
 * that does not serve the seat, 2% forged (one bit flipped). Every scan is timed; the report gives decisions per
 * second, latency percentiles, decisions by reason and SQL correctness checks (admitted = distinct rights inside =
 * zone counters; no right in twice).
 *
 * <p>Then the same mix again as plain JDBC loops straight against PostgreSQL, same number of threads, each on the same
 * rights reset to never scanned, and the ratio of the server to each: what the application server, HTTP, JSON and
 * security cost on top of the database. The first loop runs the single-scan statements (GateStore's SQL: the server's
 * path for exits, offline uploads and retries), one transaction per scan; {@code --jdbc-group N} runs it with N scans
 * per transaction, each thread owning the rights whose id modulo the threads is its number. The second
 * ({@code --jdbc-set N}, default 16; 0 skips it) runs the server's own batch of N scans ({@link SetBasedScans}: the
 * {@code ScanBatchStore} calls of the server's scan writers), threads sharded by right as the writers are.
 *
 * <p>{@code --per-request N} sends the HTTP rush's scans N at a time to {@code POST /api/v1/scans/batch}, as a gate's
 * edge node forwarding its readers would: what the server decides when the request's own cost is shared.
 *
 * <p>Last, the platform floor ({@code --no-floor} skips it): as many {@code GET /api/v1/scans/device} as there were
 * scans, same threads — the steward's token, the device credential, JAX-RS and JSON, no database and no signature.
 * What a decision costs beyond that floor is the scan's own work; the floor itself bounds what any decision over
 * HTTP on this server can reach on this machine.
 */
public final class GateRush {

    static final Pattern CREDENTIAL = Pattern.compile("\"credential\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern DEVICE_ID = Pattern.compile("\"device\"\\s*:\\s*\\{[^}]*\"id\"\\s*:\\s*(\\d+)");
    static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern DECISION = Pattern.compile("\"decision\"\\s*:\\s*\"([A-Z]+)\"");

    /** One scan of the mix. */
    record Scan(String kind, long rightId, long zoneId, long pointId, String code, long userId) {
    }

    record Right(long id, long zoneId, String token, long userId) {
    }

    final OnSaleSpike http;
    final int threads;
    final int scans;
    final boolean jdbc;
    /** Scans per JDBC transaction in the plain loop: 1 is what the server does; more measures group commit. */
    final int group;
    /** Whether to measure the platform floor after the rush. */
    final boolean floor;
    /** Scans per set-based JDBC batch ({@link SetBasedScans}); 0: not measured. */
    final int set;
    /** Scans per HTTP request: 1 sends each to {@code POST /scans}; more sends them together to {@code /scans/batch}. */
    final int perRequest;

    GateRush(OnSaleSpike http, int threads, int scans, boolean jdbc, int group, boolean floor, int set,
             int perRequest) {
        this.http = http;
        this.threads = threads;
        this.scans = scans;
        this.jdbc = jdbc;
        this.group = group;
        this.floor = floor;
        this.set = set;
        this.perRequest = perRequest;
    }

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:8080";
        Path state = Path.of(".entrix");
        int dbPort = 5433;
        int threads = 32;
        int scans = 50_000;
        boolean jdbc = true;
        int group = 1;
        boolean floor = true;
        int set = 16;
        int perRequest = 1;
        Path out = Path.of("bench/target/bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base-url" -> base = args[++i];
                case "--http-port" -> base = "http://localhost:" + args[++i];
                case "--portbase" -> base = "http://localhost:" + (Integer.parseInt(args[++i]) + 80);
                case "--state" -> state = Path.of(args[++i]);
                case "--db-port" -> dbPort = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--scans" -> scans = Integer.parseInt(args[++i]);
                case "--no-jdbc" -> jdbc = false;
                case "--jdbc-group" -> group = Integer.parseInt(args[++i]);
                case "--no-floor" -> floor = false;
                case "--jdbc-set" -> set = Integer.parseInt(args[++i]);
                case "--per-request" -> perRequest = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("""
                            usage: GateRush [--portbase N | --http-port N | --base-url URL] [--db-port N] [--state DIR]
                                            [--threads 32] [--scans 50000] [--no-jdbc] [--jdbc-group 1] [--no-floor]
                                            [--jdbc-set 16] [--per-request 1] [--out DIR]
                              defaults: the dev stack (http://localhost:8080, database 5433, state .entrix)""");
                    System.exit(2);
                }
            }
        }
        OnSaleSpike client = new OnSaleSpike(base.replaceAll("/+$", ""), state, dbPort, 0, null, out, false);
        new GateRush(client, threads, scans, jdbc, Math.max(1, group), floor, Math.max(0, set),
                Math.min(100, Math.max(1, perRequest))).run();
        System.exit(0);
    }

    void run() throws Exception {
        String admin = http.token("admin", http.read("admin-password"));
        String steward = http.token("steward", "steward12345");
        String code = "GATE-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
                .format(Instant.now());
        long t0 = System.nanoTime();

        long mapping;
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Set<Long>> served = new TreeMap<>(); // entry point -> zones it serves, descendants included
        List<long[]> seats = new ArrayList<>(); // {seat id, zone id}
        try (Connection db = http.db()) {
            mapping = OnSaleSpike.single(db, "select m.id from venue_mapping m join venue v on v.id = m.venue_id "
                    + "where v.name = ? and lower(m.name) = 'football'", OnSaleSpike.STADIUM);
            query(db, "select id, parent_id from venue_zone where mapping_id = " + mapping, rs -> {
                long parent = rs.getLong(2);
                parents.put(rs.getLong(1), rs.wasNull() ? null : parent);
            });
            Map<Long, Set<Long>> direct = new HashMap<>();
            query(db, "select ap.id, apz.zone_id from access_point ap join access_point_zone apz "
                    + "on apz.access_point_id = ap.id where ap.mapping_id = " + mapping + " and ap.kind <> 'EXIT'",
                    rs -> direct.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)));
            for (var e : direct.entrySet()) {
                Set<Long> zones = new HashSet<>();
                for (long zone : parents.keySet()) {
                    for (Long z = zone; z != null; z = parents.get(z)) {
                        if (e.getValue().contains(z)) {
                            zones.add(zone);
                            break;
                        }
                    }
                }
                served.put(e.getKey(), zones);
            }
            query(db, "select id, zone_id from seat where mapping_id = " + mapping + " order by id",
                    rs -> seats.add(new long[]{rs.getLong(1), rs.getLong(2)}));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long event = OnSaleSpike.id(http.call(admin, "POST", "/events", "{\"code\":\"" + code + "\",\"name\":\"Gate "
                + "rush " + code + "\",\"kind\":\"FOOTBALL\",\"mappingId\":" + mapping + ",\"startsAt\":\""
                + now.plus(Duration.ofHours(1)) + "\",\"endsAt\":\"" + now.plus(Duration.ofHours(3))
                + "\",\"doorsOpenAt\":\"" + now.minus(Duration.ofHours(1)) + "\"}", 201));

        // one right per seat that some entry gate serves, signed with the bench's key
        List<Right> rights = issue(event, seats, served, now);
        String enrolled = http.call(admin, "POST", "/devices", "{\"name\":\"Bench " + code + "\",\"accessPointIds\":"
                + served.keySet() + ",\"eventIds\":[" + event + "]}", 201);
        String device = OnSaleSpike.match(CREDENTIAL, enrolled);
        long deviceId = Long.parseLong(OnSaleSpike.match(DEVICE_ID, enrolled));
        List<Scan> mix = mix(rights, served);
        double setup = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "bench: event %s (id %d): %d rights issued, %d gates, device %d; %d scans "
                + "in the mix, %d threads; setup %.1f s; go%n", code, event, rights.size(), served.size(), deviceId,
                mix.size(), threads, setup);

        Result api = rushHttp(steward, device, mix);
        Map<String, Object> checks = checks(event, api);
        Result plain = null;
        if (jdbc) {
            reset(event);
            plain = rushJdbc(event, deviceId, mix);
        }
        Result batched = null;
        if (jdbc && set > 0) {
            reset(event);
            batched = rushJdbcSet(event, deviceId, mix);
        }
        Result floor = this.floor ? rushFloor(steward, device, mix) : null;
        report(code, event, rights.size(), served.size(), setup, api, plain, batched, floor, checks);
        if (!Boolean.TRUE.equals(checks.get("ALL CORRECT"))) {
            System.exit(1);
        }
    }

    // --- issuing ---------------------------------------------------------------------------------------------------

    List<Right> issue(long event, List<long[]> seats, Map<Long, Set<Long>> served, Instant now) throws Exception {
        Set<Long> servedZones = new HashSet<>();
        served.values().forEach(servedZones::addAll);
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(new SecureRandom());
        Instant from = now.minus(Duration.ofHours(1));
        Instant until = now.plus(Duration.ofHours(5));
        List<Right> rights = new ArrayList<>();
        try (Connection db = http.db()) {
            db.setAutoCommit(false);
            long holder = OnSaleSpike.single(db, "select id from app_user where lower(username) = ?", "fan");
            int keyId;
            try (PreparedStatement k = db.prepareStatement("insert into event_key (key_id, event_id, public_key, "
                    + "private_key_sealed, active, created_at, retired_at) values (nextval('event_key_seq'), ?, ?, ?, "
                    + "false, now(), now()) returning key_id")) {
                k.setLong(1, event);
                k.setBytes(2, key.generatePublicKey().getEncoded());
                k.setBytes(3, new byte[]{0}); // retired: the server never opens it to sign
                try (ResultSet rs = k.executeQuery()) {
                    rs.next();
                    keyId = rs.getInt(1);
                }
            }
            List<Long> ids = new ArrayList<>();
            query(db, "select nextval('access_right_seq') from generate_series(1, " + seats.size() + ")",
                    rs -> ids.add(rs.getLong(1)));
            try (PreparedStatement insert = db.prepareStatement("insert into access_right (id, user_id, event_id, "
                    + "zone_id, seat_id, price, status, valid_from, valid_until, key_id, token, token_sha256, "
                    + "issued_at, updated_at) values (?, ?, ?, ?, ?, 0, 'VALID', ?, ?, ?, ?, ?, now(), now())")) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                int i = 0;
                for (long[] seat : seats) {
                    if (!servedZones.contains(seat[1])) {
                        continue;
                    }
                    long id = ids.get(i++);
                    String token = sign(key, keyId, id, event, seat[1], seat[0], from, until);
                    insert.setLong(1, id);
                    insert.setLong(2, holder);
                    insert.setLong(3, event);
                    insert.setLong(4, seat[1]);
                    insert.setLong(5, seat[0]);
                    insert.setTimestamp(6, Timestamp.from(from));
                    insert.setTimestamp(7, Timestamp.from(until));
                    insert.setInt(8, keyId);
                    insert.setString(9, token);
                    insert.setBytes(10, sha.digest(token.getBytes(StandardCharsets.US_ASCII)));
                    insert.addBatch();
                    rights.add(new Right(id, seat[1], token, holder));
                    if (rights.size() % 2000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
        }
        return rights;
    }

    /** The server's token layout, version 1 (see AccessToken): 45 bytes of payload, then the signature. */
    static String sign(Ed25519PrivateKeyParameters key, int keyId, long right, long event, long zone, long seat,
                       Instant from, Instant until) {
        byte[] payload = java.nio.ByteBuffer.allocate(45).put((byte) 1).putInt(keyId).putLong(right).putLong(event)
                .putLong(zone).putLong(seat).putInt((int) from.getEpochSecond()).putInt((int) until.getEpochSecond())
                .array();
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(payload, 0, payload.length);
        byte[] all = new byte[109];
        System.arraycopy(payload, 0, all, 0, 45);
        System.arraycopy(signer.generateSignature(), 0, all, 45, 64);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    /** 90% first entries, 5% repeats, 3% wrong gate, 2% forged, shuffled with a fixed seed. */
    List<Scan> mix(List<Right> rights, Map<Long, Set<Long>> served) {
        Random random = new Random(42);
        List<Right> pool = new ArrayList<>(rights);
        Collections.shuffle(pool, random);
        List<Long> gates = new ArrayList<>(served.keySet());
        int firsts = Math.min((int) (scans * 0.90), pool.size() - (int) (scans * 0.03));
        List<Scan> mix = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < firsts; i++) {
            Right r = pool.get(next++);
            mix.add(new Scan("first entry", r.id, r.zoneId, gateServing(r.zoneId, served, gates, random, true), r.token,
                    r.userId));
        }
        for (int i = 0; i < (int) (scans * 0.03); i++) {
            Right r = pool.get(next++);
            mix.add(new Scan("wrong gate", r.id, r.zoneId, gateServing(r.zoneId, served, gates, random, false),
                    r.token, r.userId));
        }
        Collections.shuffle(mix, random);
        // repeats come after their first entry (a code shown again), forged codes anywhere
        List<Scan> result = new ArrayList<>(mix);
        int repeats = (int) (scans * 0.05);
        for (int i = 0; i < repeats; i++) {
            int at = firsts == 0 ? 0 : random.nextInt(result.size());
            Scan original = null;
            for (int j = at; j >= 0 && original == null; j--) {
                if (result.get(j).kind.equals("first entry")) {
                    original = result.get(j);
                }
            }
            if (original == null) {
                original = mix.get(0);
            }
            result.add(Math.min(result.size(), at + 1 + random.nextInt(200)), new Scan("repeat", original.rightId,
                    original.zoneId, original.pointId, original.code, original.userId));
        }
        for (int i = 0; i < (int) (scans * 0.02); i++) {
            Right r = pool.get(random.nextInt(pool.size()));
            byte[] bytes = Base64.getUrlDecoder().decode(r.token);
            bytes[1 + random.nextInt(108)] ^= (byte) (1 << random.nextInt(8));
            result.add(random.nextInt(result.size()), new Scan("forged", r.id, r.zoneId,
                    gates.get(random.nextInt(gates.size())), Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(bytes), r.userId));
        }
        return result;
    }

    static long gateServing(long zone, Map<Long, Set<Long>> served, List<Long> gates, Random random, boolean serving) {
        List<Long> candidates = gates.stream().filter(g -> served.get(g).contains(zone) == serving).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    // --- the rush --------------------------------------------------------------------------------------------------

    static final class Result {
        final OnSaleSpike.Recorder latency = new OnSaleSpike.Recorder();
        final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
        double seconds;
        String loadBefore;
        String loadAfter;

        long count() {
            return reasons.values().stream().mapToLong(LongAdder::sum).sum();
        }

        /** Answers with this reason to the forged scans, or to the genuine ones ({@link #byKind}: "kind → reason"). */
        long answers(boolean forged, String reason) {
            return byKind.entrySet().stream().filter(e -> e.getKey().startsWith("forged") == forged
                    && e.getKey().endsWith(reason)).mapToLong(e -> e.getValue().sum()).sum();
        }
    }

    interface Scanner {
        String scan(Scan scan) throws Exception;

        /** After the thread's last scan. */
        default void finish() throws Exception {
        }

        /** How many scans it decides together (the set-based JDBC loop); each waits for its batch. */
        default int batch() {
            return 1;
        }

        /** The scans of one batch, answered in order. */
        default List<String> scanAll(List<Scan> scans) throws Exception {
            return Collections.singletonList(scan(scans.get(0)));
        }
    }

    Result rush(List<Scan> mix, java.util.function.Supplier<Scanner> scanners) throws Exception {
        return rush(mix, scanners, false);
    }

    /**
     * {@code threads} scanners through the mix, each taking the next scan; or, {@code sharded}, each taking only the
     * scans of its own rights (right id modulo the threads), so that no two threads ever want the same row lock.
     */
    Result rush(List<Scan> mix, java.util.function.Supplier<Scanner> scanners, boolean sharded) throws Exception {
        Result result = new Result();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Scanner scanner = scanners.get();
            int shard = t;
            running.add(pool.submit(() -> {
                go.await();
                int size = scanner.batch();
                List<Scan> chunk = new ArrayList<>(size);
                for (int i = sharded ? 0 : next.getAndIncrement(); i < mix.size() || !chunk.isEmpty();
                     i = sharded ? i + 1 : next.getAndIncrement()) {
                    if (i < mix.size()) {
                        Scan scan = mix.get(i);
                        if (sharded && Math.floorMod(scan.rightId, threads) != shard) {
                            continue;
                        }
                        chunk.add(scan);
                        if (chunk.size() < size && i + 1 < mix.size()) {
                            continue;
                        }
                    }
                    long start = System.nanoTime();
                    List<String> reasons;
                    try {
                        reasons = scanner.scanAll(chunk);
                    } catch (Exception e) {
                        reasons = Collections.nCopies(chunk.size(), null);
                        result.errors.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(),
                                k -> new LongAdder()).add(chunk.size());
                    }
                    long took = System.nanoTime() - start;
                    for (int j = 0; j < chunk.size(); j++) {
                        result.latency.add(took);
                        String reason = reasons.get(j);
                        if (reason != null) {
                            result.reasons.computeIfAbsent(reason, k -> new LongAdder()).increment();
                            result.byKind.computeIfAbsent(chunk.get(j).kind + " → " + reason, k -> new LongAdder())
                                    .increment();
                        }
                    }
                    chunk.clear();
                }
                scanner.finish();
                return null;
            }));
        }
        result.loadBefore = OnSaleSpike.loadAverage();
        long started = System.nanoTime();
        go.countDown();
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow(); // a scanner that failed must not keep the others (and the JVM) running
        }
        result.seconds = (System.nanoTime() - started) / 1e9;
        result.loadAfter = OnSaleSpike.loadAverage();
        pool.shutdown();
        return result;
    }

    Result rushHttp(String steward, String device, List<Scan> mix) throws Exception {
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Accept", "application/json",
                "Authorization", "Bearer " + steward, "Entrix-Device", device);
        if (perRequest > 1) {
            return rush(mix, () -> new Scanner() {
                @Override
                public String scan(Scan scan) throws Exception {
                    return scanAll(List.of(scan)).get(0);
                }

                @Override
                public int batch() {
                    return perRequest;
                }

                @Override
                public List<String> scanAll(List<Scan> scans) throws Exception {
                    StringBuilder body = new StringBuilder("{\"scans\":[");
                    for (Scan scan : scans) {
                        body.append(body.charAt(body.length() - 1) == '[' ? "" : ",").append(scanJson(scan));
                    }
                    Http.Reply response = Http.send("POST", http.base + "/api/v1/scans/batch", headers,
                            body.append("]}").toString(), 30_000);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + " "
                                + OnSaleSpike.code(response.body()));
                    }
                    List<String> reasons = new ArrayList<>();
                    Matcher m = REASON.matcher(response.body());
                    while (m.find()) {
                        reasons.add(m.group(1));
                    }
                    if (reasons.size() != scans.size()) {
                        throw new IllegalStateException(reasons.size() + " decisions for " + scans.size() + " scans");
                    }
                    return reasons;
                }
            });
        }
        return rush(mix, () -> scan -> {
            Http.Reply response = Http.send("POST", http.base + "/api/v1/scans", headers, scanJson(scan), 30_000);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " " + OnSaleSpike.code(response.body()));
            }
            return OnSaleSpike.match(REASON, response.body());
        });
    }

    private static String scanJson(Scan scan) {
        return "{\"code\":\"" + scan.code + "\",\"accessPointId\":" + scan.pointId
                + ",\"direction\":\"ENTRY\",\"nonce\":\"" + UUID.randomUUID() + "\"}";
    }

    /** The set-based JDBC loop ({@link SetBasedScans}), {@code set} scans per transaction, threads sharded by right. */
    Result rushJdbcSet(long event, long deviceId, List<Scan> mix) throws Exception {
        return rushOnConnections(mix, true, c -> new SetBasedScans(c, event, deviceId, set));
    }

    interface ConnectionScanner {
        Scanner on(Connection c) throws Exception;
    }

    /** A rush of JDBC scanners, each on a database connection of its own (no autocommit), closed at the end. */
    Result rushOnConnections(List<Scan> mix, boolean sharded, ConnectionScanner scanners) throws Exception {
        List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
        try {
            return rush(mix, () -> {
                try {
                    Connection c = http.db();
                    connections.add(c);
                    c.setAutoCommit(false);
                    return scanners.on(c);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, sharded);
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** The platform floor: the scanner's sign-in check, once per scan of the mix (see the class comment). */
    Result rushFloor(String steward, String device, List<Scan> mix) throws Exception {
        Map<String, String> headers = Map.of("Accept", "application/json", "Authorization", "Bearer " + steward,
                "Entrix-Device", device);
        return rush(mix, () -> scan -> {
            Http.Reply response = Http.send("GET", http.base + "/api/v1/scans/device", headers, null, 30_000);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " " + OnSaleSpike.code(response.body()));
            }
            return "OK";
        });
    }

    /**
     * The same database work without the server: per scan, one transaction with the statements ScanService runs —
     * the right under its row lock (with the blacklist check) and its holder's presence in one round trip, then the
     * decision's single write (entry or denial with its log row); seated rights, as in the server, skip the zone
     * capacity count. The decision rules are reduced to what this mix needs (inside already? gate serving the zone?).
     */
    Result rushJdbc(long event, long deviceId, List<Scan> mix) throws Exception {
        return rushOnConnections(mix, group > 1, c -> {
            // group commit (N > 1): each thread owns its rights (sharded), so holding row locks across scans
            // blocks nobody; N = 1 commits every scan, as the server does
            int[] pending = {0};
            return new Scanner() {
                @Override
                public String scan(Scan scan) throws Exception {
                    String reason = jdbcScan(c, event, deviceId, scan);
                    if (++pending[0] == group) {
                        pending[0] = 0;
                        c.commit();
                    }
                    return reason;
                }

                @Override
                public void finish() throws SQLException {
                    c.commit();
                }
            };
        });
    }

    static String jdbcScan(Connection c, long event, long deviceId, Scan scan) throws SQLException {
        Instant now = Instant.now();
        String reason;
        try {
            if (scan.kind.equals("forged")) {
                reason = deny(c, event, deviceId, scan, null, "INVALID", now);
            } else {
                boolean inside = false;
                try (PreparedStatement lock = c.prepareStatement(GateStore.LOCK_RIGHT_THEN_PRESENCE)) {
                    lock.setBytes(1, MessageDigest.getInstance("SHA-256")
                            .digest(scan.code.getBytes(StandardCharsets.US_ASCII)));
                    lock.setTimestamp(2, Timestamp.from(now));
                    lock.setTimestamp(3, Timestamp.from(now));
                    lock.setLong(4, scan.rightId);
                    lock.setLong(5, scan.rightId);
                    lock.execute();
                    lock.getResultSet().close();
                    lock.getMoreResults();
                    try (ResultSet rs = lock.getResultSet()) {
                        inside = rs.next() && rs.getBoolean(1);
                    }
                }
                if (scan.kind.equals("wrong gate")) {
                    reason = deny(c, event, deviceId, scan, scan.rightId, "WRONG_GATE", now);
                } else if (inside) {
                    reason = deny(c, event, deviceId, scan, scan.rightId, "ALREADY_INSIDE", now);
                } else {
                    try (PreparedStatement enter = c.prepareStatement(GateStore.ENTER)) {
                        short shard = (short) Math.floorMod(scan.rightId, GateStore.SHARDS);
                        Timestamp at = Timestamp.from(now);
                        int i = 1;
                        enter.setLong(i++, scan.rightId);
                        enter.setLong(i++, event);
                        enter.setTimestamp(i++, at);
                        enter.setTimestamp(i++, at);
                        enter.setLong(i++, scan.pointId);
                        enter.setTimestamp(i++, at);
                        enter.setLong(i++, scan.rightId);
                        enter.setLong(i++, event);
                        enter.setLong(i++, scan.zoneId);
                        enter.setShort(i++, shard);
                        enter.setLong(i++, event);
                        enter.setLong(i++, scan.pointId);
                        enter.setShort(i++, shard);
                        log(enter, i, deviceId, scan, event, scan.rightId, "ADMITTED", "ENTERED", now);
                        enter.executeQuery().close();
                    }
                    reason = "ENTERED";
                }
            }
            return reason;
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            c.rollback();
            throw new SQLException(e);
        }
    }

    static String deny(Connection c, long event, long deviceId, Scan scan, Long right, String reason, Instant now)
            throws SQLException {
        try (PreparedStatement deny = c.prepareStatement(GateStore.DENY)) {
            short shard = (short) Math.floorMod(scan.rightId, GateStore.SHARDS);
            int i = 1;
            deny.setLong(i++, event);
            deny.setString(i++, reason);
            deny.setShort(i++, shard);
            deny.setLong(i++, event);
            deny.setLong(i++, event);
            deny.setLong(i++, scan.pointId);
            deny.setShort(i++, shard);
            deny.setLong(i++, event);
            log(deny, i, deviceId, scan, event, right, "DENIED", reason, now);
            deny.executeQuery().close();
        }
        return reason;
    }

    static void log(PreparedStatement s, int i, long deviceId, Scan scan, long event, Long right, String decision,
                    String reason, Instant now) throws SQLException {
        s.setLong(i++, deviceId);
        s.setString(i++, "bench");
        s.setLong(i++, scan.pointId);
        s.setLong(i++, event);
        if (right == null) {
            s.setNull(i++, java.sql.Types.BIGINT);
        } else {
            s.setLong(i++, right);
        }
        s.setString(i++, "ENTRY");
        s.setString(i++, "jdbc-" + UUID.randomUUID());
        s.setTimestamp(i++, Timestamp.from(now));
        s.setTimestamp(i++, Timestamp.from(now));
        s.setString(i++, decision);
        s.setString(i++, reason);
        s.setBoolean(i++, !"ADMITTED".equals(decision));
        s.setBoolean(i++, false);
        s.setString(i, null);
    }

    /** Back to "nobody came in yet", for the JDBC loop to do the same work on the same rights. */
    void reset(long event) throws Exception {
        try (Connection db = http.db(); var s = db.createStatement()) {
            for (String sql : List.of("delete from access_presence where event_id = " + event,
                    "delete from zone_occupancy where event_id = " + event,
                    "delete from gate_traffic where event_id = " + event,
                    "delete from denial_count where event_id = " + event,
                    "update access_right set status = 'VALID' where event_id = " + event + " and status = 'USED'")) {
                s.executeUpdate(sql);
            }
        }
    }

    // --- checks and report -----------------------------------------------------------------------------------------

    Map<String, Object> checks(long event, Result api) throws Exception {
        Map<String, Object> checks = new LinkedHashMap<>();
        try (Connection db = http.db()) {
            long admitted = OnSaleSpike.row(db, "select count(*) from scan where event_id = ? and decision = 'ADMITTED'",
                    event)[0];
            long distinct = OnSaleSpike.row(db, "select count(distinct access_right_id) from scan where event_id = ? "
                    + "and decision = 'ADMITTED'", event)[0];
            long twice = OnSaleSpike.row(db, "select count(*) from access_presence where event_id = ? and entries > 1",
                    event)[0];
            long counters = OnSaleSpike.row(db, "select coalesce(sum(entries), 0) from zone_occupancy "
                    + "where event_id = ?", event)[0];
            long logged = OnSaleSpike.row(db, "select count(*) from scan where event_id = ?", event)[0];
            long answered = api.reasons.getOrDefault("ENTERED", new LongAdder()).sum();
            checks.put("scans answered 200", api.count());
            checks.put("scans in the log", logged);
            checks.put("admitted (log)", admitted);
            checks.put("admitted (answers)", answered);
            checks.put("no right admitted twice", admitted == distinct && twice == 0);
            checks.put("zone counters = admitted", counters == admitted);
            long forgedAdmitted = api.answers(true, "ENTERED");
            checks.put("forged codes admitted", forgedAdmitted);
            // a genuine code taken for a forgery is as wrong as the reverse (a key reload race once did it)
            long genuineInvalid = api.answers(false, "INVALID");
            checks.put("genuine codes denied INVALID", genuineInvalid);
            boolean ok = admitted == distinct && twice == 0 && counters == admitted && logged == api.count()
                    && answered == admitted && forgedAdmitted == 0 && genuineInvalid == 0 && api.errors.isEmpty();
            checks.put("ALL CORRECT", ok);
        }
        return checks;
    }

    void report(String code, long event, int rights, int gates, double setup, Result api, Result plain,
                Result batched, Result floor, Map<String, Object> checks) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Gate rush — ").append(code).append("\n\n");
        md.append(String.format(Locale.ROOT, "- when: %s UTC, target %s, %d CPU(s) seen by the generator%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), http.base, Runtime.getRuntime().availableProcessors()));
        md.append(String.format(Locale.ROOT, "- event %d at Radès (Football): %d rights, %d entry gates, one device; "
                + "%d threads; setup %.1f s%n", event, rights, gates, threads, setup));
        md.append("- mix: 90% first entries, 5% repeats, 3% wrong gate, 2% forged\n\n");
        md.append(section(perRequest == 1 ? "POST /api/v1/scans (HTTP, the real server)"
                : "POST /api/v1/scans/batch, " + perRequest + " scans per request, as a gate's edge node would send "
                + "them (HTTP, the real server; a scan's latency is its request's)", api, "decisions"));
        if (plain != null) {
            md.append(section(group == 1 ? "plain JDBC loop (same statements, same threads, no server)"
                    : "plain JDBC loop, group commit: " + group + " scans per transaction, threads sharded by right",
                    plain, "decisions"));
            md.append(String.format(Locale.ROOT, "**ratio: the server reaches %.0f%% of the plain JDBC loop's rate "
                    + "(%.0f vs %.0f decisions/s)**%n%n", 100 * api.count() / api.seconds / (plain.count()
                    / plain.seconds), api.count() / api.seconds, plain.count() / plain.seconds));
        }
        if (batched != null) {
            md.append(section("set-based JDBC loop (the server's batch statements, ScanBatchStore): " + set
                    + " scans per transaction, threads sharded by right", batched, "decisions"));
            md.append(String.format(Locale.ROOT, "**ratio: the server reaches %.0f%% of the set-based JDBC loop's rate "
                    + "(%.0f vs %.0f decisions/s)**%n%n", 100 * api.count() / api.seconds / (batched.count()
                    / batched.seconds), api.count() / api.seconds, batched.count() / batched.seconds));
        }
        if (floor != null) {
            md.append(section("platform floor: GET /api/v1/scans/device (token, device credential, JAX-RS, JSON; no "
                    + "database, no signature), same threads", floor, "requests"));
            md.append(String.format(Locale.ROOT, "**a scan decision costs %.1f× the floor's request (%.0f vs %.0f per "
                    + "second)**%n%n", (floor.count() / floor.seconds) / (api.count() / api.seconds),
                    api.count() / api.seconds, floor.count() / floor.seconds));
        }
        md.append("Correctness (SQL, after the HTTP rush):\n\n");
        checks.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        System.out.println();
        System.out.println(md);
        Files.createDirectories(http.out);
        Files.writeString(http.out.resolve(code + ".md"), md);
        Files.writeString(http.out.resolve("gate-latest.md"), md);
        System.out.println("bench: report in " + http.out.resolve(code + ".md"));
    }

    /** One phase of the report; {@code what} the phase counts: "decisions", or "requests" for the floor. */
    static String section(String title, Result r, String what) {
        long[] sorted = r.latency.sorted();
        StringBuilder md = new StringBuilder("## " + title + "\n\n");
        md.append(String.format(Locale.ROOT, "**%d %s in %.1f s: %.0f %s/s**; load average before / after: %s / %s%n%n",
                r.count(), what, r.seconds, r.count() / r.seconds, what, r.loadBefore, r.loadAfter));
        md.append("| scans | p50 ms | p95 ms | p99 ms | max ms |\n| ---: | ---: | ---: | ---: | ---: |\n");
        md.append(OnSaleSpike.line("all", sorted).replaceFirst("\\| all ", ""));
        if (what.equals("decisions")) {
            md.append("\nDecisions by kind of scan: ");
            md.append(new TreeMap<>(r.byKind).entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                    .reduce((a, b) -> a + ", " + b).orElse("none"));
            md.append('\n');
        }
        md.append("\nErrors: ").append(r.errors.isEmpty() ? "none" : r.errors.entrySet().stream()
                .map(e -> e.getKey() + " × " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse(""));
        return md.append("\n\n").toString();
    }

    interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    static void query(Connection db, String sql, Rows rows) throws SQLException {
        try (var s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.row(rs);
            }
        }
    }
}
