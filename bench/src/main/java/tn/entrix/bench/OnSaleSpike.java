package tn.entrix.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The on-sale spike: a fresh event at the demo stadium (Radès, Football mapping) goes on sale with one seated ticket
 * type over all its seats (or {@code --seats N} of them), and {@code --buyers} fans (200) start at the same instant,
 * each looping "hold 1 to 4 best seats, order the hold" (or, with {@code --one-step}, "order 1 to 4 best seats") until
 * the server says SOLD_OUT. Every request is timed; the report gives the throughput (seats held and ordered per second), latency percentiles per operation, errors by
 * status and code, and correctness checks read straight from PostgreSQL: no oversold quota, no seat in two orders,
 * the inventory rows agreeing with the holds and orders. Printed, and written to {@code target/bench/}.
 *
 * <p>JDK 17 has no virtual threads: a fixed pool of one platform thread per buyer, blocking HTTP (see Http).
 */
public final class OnSaleSpike {

    static final String STADIUM = "Stade Olympique de Radès";
    static final String BUYER_PASSWORD = "Bench-Buyer-Radès-2026";
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final String base;
    final Path state;
    final int dbPort;
    final int buyers;
    final Integer seats;
    final Path out;
    final boolean oneStep;

    OnSaleSpike(String base, Path state, int dbPort, int buyers, Integer seats, Path out, boolean oneStep) {
        this.base = base;
        this.state = state;
        this.dbPort = dbPort;
        this.buyers = buyers;
        this.seats = seats;
        this.out = out;
        this.oneStep = oneStep;
    }

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:8080";
        Path state = Path.of(".entrix");
        int dbPort = 5433;
        int buyers = 200;
        Integer seats = null;
        Path out = Path.of("bench/target/bench");
        boolean oneStep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base-url" -> base = args[++i];
                case "--http-port" -> base = "http://localhost:" + args[++i];
                case "--portbase" -> base = "http://localhost:" + (Integer.parseInt(args[++i]) + 80);
                case "--state" -> state = Path.of(args[++i]);
                case "--db-port" -> dbPort = Integer.parseInt(args[++i]);
                case "--buyers" -> buyers = Integer.parseInt(args[++i]);
                case "--seats" -> seats = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--one-step" -> oneStep = true;
                default -> {
                    System.err.println("""
                            usage: OnSaleSpike [--portbase N | --http-port N | --base-url URL] [--db-port N]
                                               [--state DIR] [--buyers 200] [--seats N] [--out DIR] [--one-step]
                              defaults: http://localhost:8080, database port 5433, state .entrix (the dev stack),
                              200 buyers, every seat of the demo stadium's Football mapping, report in
                              bench/target/bench/; --one-step: each buyer orders best seats straight from the
                              ticket type (POST /orders with ticketTypeId) instead of holding, then ordering the hold""");
                    System.exit(2);
                }
            }
        }
        new OnSaleSpike(base.replaceAll("/+$", ""), state, dbPort, buyers, seats, out, oneStep).run();
        System.exit(0);
    }

    // ---------------------------------------------------------------------------------------------------------------

    void run() throws Exception {
        String adminPassword = read("admin-password");
        Http.Reply health;
        try {
            health = Http.send("GET", base + "/health/ready", Map.of(), null, 10_000);
        } catch (IOException e) {
            System.err.println("bench: no stack answers at " + base + " (" + e + "): start it with ./entrix up, "
                    + "and give the bench the same --portbase / --db-port / --state");
            System.exit(3);
            return;
        }
        if (health.statusCode() != 200) {
            System.err.println("bench: " + base + "/health/ready answers " + health.statusCode()
                    + ": the stack is not ready");
            System.exit(3);
        }
        String admin = token("admin", adminPassword);
        long t0 = System.nanoTime();

        // the event and its ticket type, on the demo stadium's Football mapping
        long mapping;
        List<long[]> zones = new ArrayList<>(); // {zone id, seats}
        try (Connection db = db()) {
            mapping = single(db, "select m.id from venue_mapping m join venue v on v.id = m.venue_id "
                    + "where v.name = ? and lower(m.name) = 'football'", STADIUM);
            try (PreparedStatement q = db.prepareStatement("select s.zone_id, count(*) from seat s "
                    + "join venue_zone z on z.id = s.zone_id where z.mapping_id = ? group by s.zone_id, z.sort_order "
                    + "order by z.sort_order, s.zone_id")) {
                q.setLong(1, mapping);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        zones.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
        }
        List<Long> chosen = new ArrayList<>();
        long capacity = 0;
        for (long[] zone : zones) {
            if (seats != null && capacity >= seats) {
                break;
            }
            chosen.add(zone[0]);
            capacity += zone[1];
        }
        long quota = seats == null ? capacity : Math.min(seats, capacity);
        String code = "BENCH-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
                .format(Instant.now());
        Instant starts = Instant.now().plus(Duration.ofDays(400)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        long event = id(call(admin, "POST", "/events", "{\"code\":\"" + code + "\",\"name\":\"On-sale spike " + code
                + "\",\"kind\":\"FOOTBALL\",\"mappingId\":" + mapping + ",\"startsAt\":\"" + starts
                + "\",\"endsAt\":\"" + starts.plus(Duration.ofHours(2)) + "\"}", 201));
        for (String status : List.of("PUBLISHED", "ON_SALE")) {
            call(admin, "PUT", "/events/" + event + "/status", "{\"status\":\"" + status + "\"}", 200);
        }
        long typeStarted = System.nanoTime();
        long type = id(call(admin, "POST", "/events/" + event + "/sale/ticket-types", "{\"code\":\"BENCH\","
                + "\"name\":\"Bench\",\"seated\":true,\"basePrice\":15000,\"quota\":" + quota + ",\"zoneIds\":"
                + chosen + "}", 201));
        double typeSeconds = (System.nanoTime() - typeStarted) / 1e9;
        System.out.printf(Locale.ROOT, "bench: event %s (id %d), ticket type %d: %d seats in %d zones "
                + "(inventory created in %.1f s)%n", code, event, type, quota, chosen.size(), typeSeconds);

        // the buyers and their tokens (accounts kept across runs)
        List<String> tokens = buyerTokens(admin);
        double setupSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "bench: %d buyers logged in; setup took %.1f s; go%n", tokens.size(),
                setupSeconds);

        // the spike
        Recorder holds = new Recorder();
        Recorder orders = new Recorder();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        LongAdder seatsOrdered = new LongAdder();
        LongAdder ordersMade = new LongAdder();
        AtomicLong lastOrder = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (String token : tokens) {
            running.add(pool.submit(() -> {
                go.await();
                boolean onlyOne = false;
                int failures = 0;
                while (failures < 50) { // a buyer gives up after 50 failures in a row (server down)
                    int quantity = onlyOne ? 1 : ThreadLocalRandom.current().nextInt(1, 5);
                    String tickets = "\"ticketTypeId\":" + type + ",\"quantity\":" + quantity;
                    // one step: the order takes its seats itself; two steps: hold, then order the hold
                    Timed first = oneStep ? timed(token, "/orders", "{" + tickets + "}")
                            : timed(token, "/holds", "{" + tickets + "}");
                    (oneStep ? orders : holds).add(first.nanos);
                    String what = oneStep ? "order" : "hold";
                    if (first.status != 201) {
                        String c = code(first.body);
                        if (first.status == 409 && "SOLD_OUT".equals(c)) {
                            if (quantity == 1) {
                                return null; // nothing left, not even one seat
                            }
                            onlyOne = true; // fewer than asked may be left: take them one at a time
                            continue;
                        }
                        errors.computeIfAbsent(what + " " + first.status + " " + (first.status == 0 ? first.body : c),
                                k -> new LongAdder()).increment();
                        failures++;
                        if (first.status == 0) {
                            Thread.sleep(100);
                        }
                        continue;
                    }
                    if (!oneStep) {
                        Timed order = timed(token, "/orders", "{\"holdId\":" + id(first.body) + "}");
                        orders.add(order.nanos);
                        if (order.status != 201) {
                            errors.computeIfAbsent("order " + order.status + " "
                                    + (order.status == 0 ? order.body : code(order.body)),
                                    k -> new LongAdder()).increment();
                            failures++;
                            continue;
                        }
                    }
                    failures = 0;
                    seatsOrdered.add(quantity);
                    ordersMade.increment();
                    lastOrder.accumulateAndGet(System.nanoTime(), Math::max);
                }
                errors.computeIfAbsent("buyer gave up after 50 failures", k -> new LongAdder()).increment();
                return null;
            }));
        }
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        go.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        long ended = System.nanoTime();
        pool.shutdown();
        String loadAfter = loadAverage();
        double seconds = (ended - started) / 1e9;
        double untilLastOrder = (lastOrder.get() - started) / 1e9;

        // correctness, straight from the database
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean ok;
        try (Connection db = db()) {
            long[] t = row(db, "select quota, held, sold from ticket_type where id = ?", type);
            long[] items = row(db, "select count(*), count(distinct i.seat_id), count(i.seat_id) from order_item i "
                    + "join ticket_order o on o.id = i.order_id where o.event_id = ?", event);
            long[] seatRows = row(db, "select count(*) filter (where status = 'SOLD'), "
                    + "count(*) filter (where status = 'HELD'), count(*) filter (where status = 'FREE'), count(*) "
                    + "from event_seat where event_id = ?", event);
            long[] activeHolds = row(db, "select count(*), coalesce(sum(quantity), 0) from seat_hold "
                    + "where event_id = ? and status = 'ACTIVE'", event);
            long[] liveOrders = row(db, "select count(*) from ticket_order where event_id = ? "
                    + "and status in ('PENDING_PAYMENT', 'PAID')", event);
            // an unpaid order keeps its seats HELD under its (ORDERED) hold; a paid one has them SOLD to the order
            long[] orderedHolds = row(db, "select count(*), coalesce(sum(h.quantity), 0) from seat_hold h "
                    + "join ticket_order o on o.hold_id = h.id where h.event_id = ? "
                    + "and o.status in ('PENDING_PAYMENT', 'PAID')", event);
            // seats counted once per hold and per order, then compared (a correlated subquery with an OR per order
            // scanned event_seat once per order: minutes on a stadium)
            long mismatched = row(db, "select count(*) from (select o.id, o.hold_id, count(i.id) n from ticket_order o "
                    + "left join order_item i on i.order_id = o.id where o.event_id = ? "
                    + "and o.status in ('PENDING_PAYMENT', 'PAID') group by o.id, o.hold_id) a "
                    + "left join (select hold_id, count(*) c from event_seat where event_id = ? and status = 'HELD' "
                    + "group by hold_id) h on h.hold_id = a.hold_id "
                    + "left join (select order_id, count(*) c from event_seat where event_id = ? and status = 'SOLD' "
                    + "group by order_id) s on s.order_id = a.id "
                    + "where a.n <> coalesce(h.c, 0) + coalesce(s.c, 0)", event, event, event)[0];
            long itemSeatNotOwned = row(db, "select count(*) from order_item i join ticket_order o "
                    + "on o.id = i.order_id left join event_seat s on s.event_id = o.event_id and s.seat_id = i.seat_id "
                    + "where o.event_id = ? and o.status in ('PENDING_PAYMENT', 'PAID') and not coalesce("
                    + "(s.status = 'HELD' and s.hold_id = o.hold_id) or (s.status = 'SOLD' and s.order_id = o.id), "
                    + "false)", event)[0];
            checks.put("quota", t[0]);
            checks.put("held", t[1]);
            checks.put("sold", t[2]);
            checks.put("held + sold <= quota (nothing oversold)", t[1] + t[2] <= t[0]);
            checks.put("sold out (held + sold = quota)", t[1] + t[2] == t[0]);
            checks.put("order items", items[0]);
            checks.put("distinct seats in order items", items[1]);
            checks.put("no seat in two orders", items[0] == items[1] && items[0] == items[2]);
            checks.put("event_seat SOLD", seatRows[0]);
            checks.put("event_seat HELD", seatRows[1]);
            checks.put("event_seat FREE", seatRows[2]);
            checks.put("seats of ACTIVE holds (not ordered)", activeHolds[1]);
            boolean inventoryAgrees = seatRows[0] == t[2] && seatRows[1] == t[1]
                    && seatRows[0] + seatRows[1] == items[0] + activeHolds[1]
                    && orderedHolds[1] == items[0];
            checks.put("event_seat HELD/SOLD = ticket_type held/sold = order items + ACTIVE hold seats",
                    inventoryAgrees);
            checks.put("live orders whose items differ from their seats", mismatched);
            checks.put("order items whose seat is not held or sold for that order", itemSeatNotOwned);
            checks.put("live orders in the database", liveOrders[0]);
            checks.put("orders the buyers were given (201)", ordersMade.sum());
            checks.put("seats the buyers were given = order items", seatsOrdered.sum() == items[0]);
            ok = t[1] + t[2] <= t[0] && items[0] == items[1] && items[0] == items[2] && inventoryAgrees
                    && mismatched == 0 && itemSeatNotOwned == 0 && seatsOrdered.sum() == items[0]
                    && liveOrders[0] == ordersMade.sum();
            checks.put("ALL CORRECT", ok);
        }

        report(code, event, type, quota, chosen.size(), typeSeconds, setupSeconds, tokens.size(), seconds,
                untilLastOrder, seatsOrdered.sum(), ordersMade.sum(), holds, orders, errors, checks, loadBefore,
                loadAfter);
        if (!ok) {
            System.exit(1);
        }
    }

    // --- the buyers ------------------------------------------------------------------------------------------------

    List<String> buyerTokens(String admin) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 1; i <= buyers; i++) {
                String name = String.format(Locale.ROOT, "bench-buyer-%03d", i);
                futures.add(pool.submit(() -> {
                    Http.Reply login = post(null, "/auth/token", "{\"username\":\"" + name
                            + "\",\"password\":\"" + BUYER_PASSWORD + "\"}");
                    if (login.statusCode() != 200) {
                        Http.Reply created = post(admin, "/users", "{\"username\":\"" + name
                                + "\",\"email\":\"" + name + "@bench.entrix.tn\",\"displayName\":\"Bench buyer\","
                                + "\"password\":\"" + BUYER_PASSWORD + "\",\"roles\":[\"USER\"]}");
                        if (created.statusCode() != 201) {
                            throw new IllegalStateException("Cannot create " + name + ": " + created.statusCode()
                                    + " " + created.body());
                        }
                        return token(name, BUYER_PASSWORD);
                    }
                    return match(TOKEN, login.body());
                }));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> f : futures) {
                tokens.add(f.get());
            }
            return tokens;
        } finally {
            pool.shutdown();
        }
    }

    record Timed(int status, String body, long nanos) {
    }

    Timed timed(String token, String path, String json) {
        long start = System.nanoTime();
        try {
            Http.Reply r = post(token, path, json);
            return new Timed(r.statusCode(), r.body(), System.nanoTime() - start);
        } catch (Exception e) {
            return new Timed(0, e.getClass().getSimpleName(), System.nanoTime() - start);
        }
    }

    /** Latencies in nanoseconds; add from many threads. */
    static final class Recorder {
        private final List<long[]> chunks = new ArrayList<>();
        private final ThreadLocal<long[]> mine = new ThreadLocal<>();
        private final ThreadLocal<int[]> size = ThreadLocal.withInitial(() -> new int[1]);

        void add(long nanos) {
            long[] chunk = mine.get();
            int[] n = size.get();
            if (chunk == null || n[0] == chunk.length) {
                chunk = new long[4096];
                Arrays.fill(chunk, -1);
                synchronized (chunks) {
                    chunks.add(chunk);
                }
                mine.set(chunk);
                n[0] = 0;
            }
            chunk[n[0]++] = nanos;
        }

        long[] sorted() {
            synchronized (chunks) {
                return chunks.stream().flatMapToLong(Arrays::stream).filter(v -> v >= 0).sorted().toArray();
            }
        }
    }

    // --- the report ------------------------------------------------------------------------------------------------

    void report(String code, long event, long type, long quota, int zones, double typeSeconds, double setupSeconds,
                int buyerCount, double seconds, double untilLastOrder, long seatsSold, long ordersMade,
                Recorder holds, Recorder orders, Map<String, LongAdder> errors, Map<String, Object> checks,
                String loadBefore, String loadAfter) throws IOException {
        long[] h = holds.sorted();
        long[] o = orders.sorted();
        long[] all = java.util.stream.LongStream.concat(Arrays.stream(h), Arrays.stream(o)).sorted().toArray();
        StringBuilder md = new StringBuilder();
        md.append("# On-sale spike — ").append(code).append("\n\n");
        md.append(String.format(Locale.ROOT, "- when: %s UTC, target %s, %d CPU(s) seen by the generator%n",
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), base,
                Runtime.getRuntime().availableProcessors()));
        md.append(String.format(Locale.ROOT, "- load average before / after: %s / %s%n", loadBefore, loadAfter));
        md.append(String.format(Locale.ROOT, "- event %d, ticket type %d: %d seats over %d zones of the Radès "
                + "Football mapping (ticket type with its inventory created in %.1f s); setup %.1f s%n", event, type,
                quota, zones, typeSeconds, setupSeconds));
        md.append(String.format(Locale.ROOT, "- %d buyers, each: %s, until SOLD_OUT%n%n", buyerCount, oneStep
                ? "order 1–4 best seats in one step (POST /orders with ticketTypeId)" : "hold 1–4 best seats, order the hold"));
        md.append(String.format(Locale.ROOT, "**%d seats in %d orders in %.1f s: %.0f seats/s held and ordered** "
                + "(%.0f seats/s until the last order; %.0f requests/s)%n%n", seatsSold, ordersMade, seconds,
                seatsSold / seconds, seatsSold / untilLastOrder, all.length / seconds));
        md.append("| operation | requests | p50 ms | p95 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        if (!oneStep) {
            md.append(line("POST /holds", h));
        }
        md.append(line("POST /orders", o));
        if (!oneStep) {
            md.append(line("both", all));
        }
        md.append("\nErrors (other than the final SOLD_OUT answers): ");
        md.append(errors.isEmpty() ? "none" : errors.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("")).append("\n\nCorrectness (SQL):\n\n");
        checks.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        System.out.println();
        System.out.println(md);

        StringBuilder json = new StringBuilder("{\n");
        json.append(String.format(Locale.ROOT, "  \"event\": \"%s\", \"eventId\": %d, \"ticketTypeId\": %d, "
                        + "\"seats\": %d, \"buyers\": %d,%n  \"seconds\": %.3f, \"seatsSold\": %d, \"orders\": %d, "
                        + "\"seatsPerSecond\": %.1f, \"flow\": \"%s\", \"loadBefore\": \"%s\", \"loadAfter\": \"%s\",%n",
                code, event, type, quota, buyerCount, seconds, seatsSold, ordersMade, seatsSold / seconds,
                oneStep ? "one-step" : "hold-order", loadBefore, loadAfter));
        json.append("  \"latencyMs\": {").append(jsonLatency("hold", h)).append(", ").append(jsonLatency("order", o))
                .append(", ").append(jsonLatency("all", all)).append("},\n  \"errors\": {");
        json.append(String.join(", ", errors.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .toList())).append("},\n  \"checks\": {");
        json.append(String.join(", ", checks.entrySet().stream().map(e -> "\"" + e.getKey() + "\": "
                + (e.getValue() instanceof String ? "\"" + e.getValue() + "\"" : e.getValue())).toList()));
        json.append("}\n}\n");
        Files.createDirectories(out);
        Files.writeString(out.resolve(code + ".md"), md);
        Files.writeString(out.resolve(code + ".json"), json);
        Files.writeString(out.resolve("latest.md"), md);
        Files.writeString(out.resolve("latest.json"), json);
        System.out.println("bench: report in " + out.resolve(code + ".md") + " and .json");
    }

    static String line(String name, long[] sorted) {
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", name, sorted.length,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    static String jsonLatency(String name, long[] sorted) {
        return String.format(Locale.ROOT, "\"%s\": {\"count\": %d, \"p50\": %.1f, \"p95\": %.1f, \"p99\": %.1f, "
                        + "\"max\": %.1f}", name, sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    // --- plumbing --------------------------------------------------------------------------------------------------

    String read(String file) throws IOException {
        Path path = state.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("No " + path.toAbsolutePath() + ": is the stack up (./entrix up) "
                    + "with this --state?");
        }
        return Files.readString(path).strip();
    }

    Connection db() throws SQLException, IOException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/entrix", "entrix",
                read("db-password"));
    }

    String token(String username, String password) throws Exception {
        Http.Reply r = post(null, "/auth/token", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\"}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Login of " + username + " failed: " + r.statusCode() + " " + r.body());
        }
        return match(TOKEN, r.body());
    }

    Http.Reply post(String token, String path, String json) throws IOException, InterruptedException {
        return send(token, "POST", path, json);
    }

    Http.Reply send(String token, String method, String path, String json)
            throws IOException, InterruptedException {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return Http.send(method, base + "/api/v1" + path, headers, json, 60_000);
    }

    String call(String token, String method, String path, String json, int expected) throws Exception {
        Http.Reply r = send(token, method, path, json);
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static long id(String body) {
        return Long.parseLong(match(ID, body));
    }

    static String code(String body) {
        Matcher m = CODE.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : "-";
    }

    static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected answer: " + body);
        }
        return m.group(1);
    }

    static long single(Connection db, String sql, Object parameter) throws SQLException {
        return row(db, sql, parameter)[0];
    }

    static long[] row(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for " + sql);
                }
                long[] values = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getLong(i + 1);
                }
                return values;
            }
        }
    }
}
