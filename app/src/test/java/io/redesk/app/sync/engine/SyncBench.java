package io.redesk.app.sync.engine;

import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangePage;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.SlipVersionRecord;
import io.redesk.store.vault.Vault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The sync benchmark harness, run by {@code app/bench/sync.sh [records] [mutations]} (never in CI).
 * Everything runs on loopback against the real in-process exchange server.
 *
 * <ol>
 *   <li>Seeds {@code records} (default 100,000) placement changes for one broker organisation: one real
 *   placement made through the API, its feed row cloned with fresh ids straight into the exchange's
 *   store in batches (a bulk path used only here; the feed the client then pulls is the real
 *   {@code GET /changes}).</li>
 *   <li>Bare cost: every feed page fetched with the SDK and nothing stored (timed), then the same rows
 *   (exchange copy, placement, slip version) written into a fresh vault with the repositories' batch
 *   insert, one transaction per page, no network (timed; building the rows is not timed).</li>
 *   <li>First sync: a fresh vault's first cycle through {@link SyncEngine}; records/s and the ratio to
 *   the bare cost (target at most 1.5).</li>
 *   <li>Push: {@code mutations} (default 10,000) changes queued offline (drafts with four slip edits
 *   each), then pushed by the engine; mutations/s (target at least 500). Each accepted change is
 *   checked against the exchange's audit log count.</li>
 * </ol>
 *
 * <p>Progress and figures go to stdout (this is a command-line entry point) and the figures also to
 * {@code app/target/bench/sync.txt}.
 */
public final class SyncBench {

    private static final int PAGE = 1000;

    /**
     * {@code -Dredesk.bench.feed=accounts} (third argument of sync.sh): the feed holds {@code records} technical
     * accounts of the broker's finance user (cloned from a demo account) instead of placements.
     */
    private static final boolean ACCOUNTS = "accounts".equals(System.getProperty("redesk.bench.feed"));
    private static final String SYNC_USER = ACCOUNTS ? "broker.finance" : Users.BROKER;

    private final Path dir;
    private final StringBuilder report = new StringBuilder();
    private final long started = System.nanoTime();

    private SyncBench(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int mutations = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        if (records < 1 || mutations < 5) {
            throw new IllegalArgumentException("usage: SyncBench [records >= 1] [mutations >= 5]");
        }
        Path out = args.length > 2 ? Path.of(args[2]) : Path.of("app", "target", "bench", "sync.txt");
        Path dir = Files.createTempDirectory("redesk-sync-bench-");
        SyncBench bench = new SyncBench(dir);
        try {
            bench.run(records, mutations);
        } finally {
            delete(dir);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, bench.report.toString());
        System.out.println("figures written to " + out);
        System.exit(0); // the SDK's and the server's pools are daemon-free: do not wait for them
    }

    private void run(int records, int mutations) throws Exception {
        say("sync benchmark: %,d feed records, %,d queued changes; %d cores; java %s", records, mutations,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        line("sync benchmark: %,d feed records, %,d queued changes, %d cores, java %s", records, mutations,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Exchange exchange = new Exchange(dir.resolve("exchange"));
        try {
            if (ACCOUNTS) {
                seedAccounts(exchange, records);
            } else {
                seedFeed(exchange, records);
            }
            firstSync(exchange, records);
            push(exchange, mutations);
        } finally {
            exchange.close();
        }
        line("total run %.1f s", seconds(started));
    }

    // --- seeding -----------------------------------------------------------------------------------

    /**
     * One of the demo's technical accounts as the broker's finance organisation sees it in the feed, cloned
     * {@code n} times with fresh ids and contract references, in batches (the accounts' feed rows only: the
     * first sync reads the feed).
     */
    private void seedAccounts(Exchange exchange, int n) throws Exception {
        long t0 = System.nanoTime();
        exchange.stop();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("exchange").resolve("exchange.db"))) {
            c.setAutoCommit(false);
            String id;
            String placement;
            String at;
            String doc;
            String reference;
            try (PreparedStatement ps = c.prepareStatement("SELECT ch.entity_id, ch.placement_id, ch.occurred_at, ch.doc"
                    + " FROM changes ch JOIN change_audience a ON a.seq = ch.seq WHERE ch.entity_type = 'TECHNICAL_ACCOUNT'"
                    + " AND a.organisation_id = ? AND a.restricted = 0 ORDER BY ch.seq DESC LIMIT 1")) {
                ps.setString(1, DemoSeed.HUATAI.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("the demo seed has no account in the broker's feed");
                    }
                    id = rs.getString(1);
                    placement = rs.getString(2);
                    at = rs.getString(3);
                    doc = rs.getString(4);
                }
            }
            reference = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc).get("contractReference").asText();
            insertClones(c, n, "TECHNICAL_ACCOUNT", "ACCOUNT_ISSUED", at, DemoSeed.HUATAI.toString(), (i, fresh) -> new String[] {
                placement, doc.replace(id, fresh).replace(reference, String.format(Locale.ROOT, "BENCH%07d", i))});
            c.commit();
        }
        exchange.startAgain();
        line("seed: %,d technical-account feed records in %.1f s (bulk insert into the exchange's store)", n, seconds(t0));
    }

    /** One real placement of the broker, its feed row cloned {@code n} times with fresh ids, in batches. */
    private void seedFeed(Exchange exchange, int n) throws Exception {
        long t0 = System.nanoTime();
        Placement p;
        try (ExchangeClient c = Clients.loggedIn(exchange.baseUrl(), Users.BROKER)) {
            p = c.placements().create(new PlacementCreateRequest("Bench template", Users.cedent(), null,
                    Slips.slip(Slips.nextUmr(), "bench")));
        }
        exchange.stop();
        String id = p.id().toString();
        String umr = p.umr();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("exchange").resolve("exchange.db"))) {
            c.setAutoCommit(false);
            String doc;
            try (PreparedStatement ps = c.prepareStatement("SELECT doc FROM changes WHERE entity_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("the template placement is not in the exchange's feed");
                    }
                    doc = rs.getString(1);
                }
            }
            String created = p.createdAt().toString();
            insertClones(c, n, "PLACEMENT", "PLACEMENT_CREATED", created, DemoSeed.LUJIAZUI.toString(), (i, fresh) -> new String[] {
                fresh, doc.replace(id, fresh).replace(umr, String.format(Locale.ROOT, "B0999BN%07d", i))});
            c.commit();
        }
        exchange.startAgain();
        line("seed: %,d feed records in %.1f s (bulk insert into the exchange's store)", n, seconds(t0));
    }

    /**
     * Appends {@code n} feed rows of one entity type for one organisation's audience, after the feed's last
     * position: {@code row(i, freshId)} gives each clone's placement id and document.
     */
    private void insertClones(Connection c, int n, String type, String action, String at, String audience,
                              java.util.function.BiFunction<Integer, String, String[]> row) throws Exception {
        long seq;
        try (PreparedStatement ps = c.prepareStatement("SELECT max(seq) FROM changes"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        try (PreparedStatement ch = c.prepareStatement("INSERT INTO changes(seq, entity_type, entity_id, placement_id,"
                + " action, occurred_at, doc, restricted_doc) VALUES (?,?,?,?,?,?,?,NULL)");
             PreparedStatement au = c.prepareStatement(
                     "INSERT INTO change_audience(organisation_id, seq, restricted) VALUES (?,?,0)")) {
            for (int i = 0; i < n; i++) {
                String fresh = UUID.randomUUID().toString();
                String[] placementAndDoc = row.apply(i, fresh);
                long s = ++seq;
                ch.setLong(1, s);
                ch.setString(2, type);
                ch.setString(3, fresh);
                ch.setString(4, placementAndDoc[0]);
                ch.setString(5, action);
                ch.setString(6, at);
                ch.setString(7, placementAndDoc[1]);
                ch.addBatch();
                au.setString(1, audience);
                au.setLong(2, s);
                au.addBatch();
                if (i % 5_000 == 4_999) {
                    ch.executeBatch();
                    au.executeBatch();
                    say("seeding the feed: %,d / %,d", i + 1, n);
                }
            }
            ch.executeBatch();
            au.executeBatch();
        }
    }

    // --- first sync --------------------------------------------------------------------------------

    private void firstSync(Exchange exchange, int records) throws Exception {
        try (ExchangeClient client = Clients.loggedIn(exchange.baseUrl(), SYNC_USER)) {
            // warm-up: one small pull through the engine into a throw-away vault, so the JIT has seen
            // the paths (all three measurements below profit from it alike)
            try (Vault v = Clients.vault(dir.resolve("warm"), "warm");
                 SyncEngine engine = new SyncEngine(v, client, SyncConfig.defaults().withFeedBatch(200))) {
                Puller warm = new Puller(engine.store(), client, new Applier(engine.store()),
                        java.util.concurrent.Executors.newSingleThreadExecutor(), 200);
                ChangePage page = client.changes().page(null, 200);
                warm.applyPage(page);
            }
            // bare cost: the SDK fetching every page, nothing stored; then the same rows written into a
            // fresh vault without the network (rows built untimed, written one transaction per page)
            say("bare cost: fetching every page with the SDK, then writing the same rows into a vault");
            List<PhysicalFloor.Result> floors = new ArrayList<>();
            long fetchNanos = 0;
            long writeNanos = 0;
            long fetched = 0;
            try (Vault v = Clients.vault(dir.resolve("bare"), "bare")) {
                SyncStore store = new SyncStore(v);
                String cursor = null;
                if (ACCOUNTS) { // no bare vault write of accounts (the floor is the reference); the feed's size only
                    fetched = countFeed(client);
                    floors.add(floor(client, store, "before the first sync"));
                }
                long tick = System.nanoTime();
                while (!ACCOUNTS) {
                    long t = System.nanoTime();
                    ChangePage page = client.changes().page(cursor, PAGE);
                    fetchNanos += System.nanoTime() - t;
                    fetched += page.items().size();
                    Rows rows = Rows.of(store, page);
                    t = System.nanoTime();
                    v.transaction(() -> {
                        store.copies().insertAll(rows.copies);
                        store.projections().placements().insertAll(rows.placements);
                        store.projections().slips().insertAll(rows.slips);
                    });
                    writeNanos += System.nanoTime() - t;
                    if (System.nanoTime() - tick > 5e9) {
                        tick = System.nanoTime();
                        say("  bare: %,d records; fetch %.1f s, write %.1f s so far", fetched, fetchNanos / 1e9,
                                writeNanos / 1e9);
                    }
                    if (!page.hasMore()) {
                        break;
                    }
                    cursor = page.nextCursor();
                }
                if (!ACCOUNTS) {
                    floors.add(floor(client, store, "before the first sync"));
                }
            }
            double fetch = fetchNanos / 1e9;
            double write = writeNanos / 1e9;
            if (!ACCOUNTS) line("bare fetch: %,d records in %.2f s = %,.0f records/s (SDK, nothing stored)", fetched, fetch,
                    fetched / fetch);
            if (!ACCOUNTS) line("bare write: %,d records in %.2f s = %,.0f records/s (copy + placement + slip version per record,"
                    + " batch inserts, one transaction per page)", fetched, write, fetched / write);
            // the real thing: a fresh vault's first sync through the engine
            say("first sync through the engine");
            double sync;
            long synced;
            List<Double> syncSlices;
            List<Double> syncCpuSlices;
            double syncCpu;
            try (Vault v = Clients.vault(dir.resolve("first"), "first");
                 SyncEngine engine = new SyncEngine(v, client, SyncConfig.defaults())) {
                var cpu0 = cpu();
                long procCpu0 = PhysicalFloor.processCpu();
                long t2 = System.nanoTime();
                long[] tick = {t2};
                List<long[]> progress = java.util.Collections.synchronizedList(new ArrayList<>());
                try (AutoCloseable sub = engine.subscribe(s -> {
                    long now = System.nanoTime();
                    if (s.phase() == SyncState.Phase.PULLING && s.progressDone() > 0) {
                        progress.add(new long[] {s.progressDone(), now, PhysicalFloor.processCpu()});
                    }
                    if (s.phase() == SyncState.Phase.PULLING && now - tick[0] > 5e9) {
                        tick[0] = now;
                        say("  first sync: %,d records, %,.0f records/s so far", s.progressDone(),
                                s.progressDone() / ((now - t2) / 1e9));
                    }
                })) {
                    SyncState s = engine.runCycle();
                    sync = seconds(t2);
                    syncCpu = (PhysicalFloor.processCpu() - procCpu0) / 1e9;
                    line("first sync %s", cpuPer(cpu0, cpu(), fetched, "record"));
                    if (!s.online() || s.lastError().isPresent()) {
                        throw new IllegalStateException("first sync failed: " + s);
                    }
                }
                syncSlices = slices(progress, t2, SLICE, 1);
                syncCpuSlices = slices(progress, procCpu0, SLICE, 2);
                synced = engine.store().copies().count();
                if (ACCOUNTS) {
                    long accounts = new io.redesk.store.account.TechnicalAccountRepository(v).count();
                    if (accounts < records) {
                        throw new IllegalStateException("first sync stored " + accounts + " technical accounts, the feed had "
                                + records + " benchmark accounts");
                    }
                    line("first sync stored %,d technical accounts (%,d server copies) from a feed of %,d changes", accounts,
                            synced, fetched);
                    synced = fetched;
                }
                long placements = ACCOUNTS ? fetched : engine.store().projections().placements().count();
                if (synced != fetched || placements != fetched) {
                    throw new IllegalStateException("first sync stored " + synced + " copies and " + placements
                            + " placements, the feed had " + fetched);
                }
            }
            double bare = fetch + write;
            try (Vault v = Clients.vault(dir.resolve("floor-store"), "floor-store")) {
                floors.add(floor(client, new SyncStore(v), "after the first sync"));
            }
            double floor = floors.stream().mapToDouble(PhysicalFloor.Result::seconds).average().orElseThrow();
            line("cost per record per %,d-record slice, ms (wall: sync / floor before / floor after / sync to floor;"
                    + " process CPU: sync / floor before / floor after):", SLICE);
            List<Double> before = slices(floors.get(0).progress(), floors.get(0).start(), SLICE, 1);
            List<Double> after = slices(floors.get(1).progress(), floors.get(1).start(), SLICE, 1);
            List<Double> beforeCpu = slices(floors.get(0).progress(), floors.get(0).cpuStart(), SLICE, 2);
            List<Double> afterCpu = slices(floors.get(1).progress(), floors.get(1).cpuStart(), SLICE, 2);
            for (int k = 0; k < syncSlices.size(); k++) {
                double a = at(before, k);
                double b = at(after, k);
                line("  slice %2d: wall %.3f / %.3f / %.3f / %.2f; CPU %.3f / %.3f / %.3f", k + 1, syncSlices.get(k), a, b,
                        syncSlices.get(k) / ((a + b) / 2), at(syncCpuSlices, k), at(beforeCpu, k), at(afterCpu, k));
            }
            line("FLAT? sync cost per record, first half of the slices / second half: wall %.3f / %.3f ms (%.2fx),"
                    + " process CPU %.3f / %.3f ms (%.2fx)", firstHalf(syncSlices), secondHalf(syncSlices),
                    secondHalf(syncSlices) / firstHalf(syncSlices), firstHalf(syncCpuSlices), secondHalf(syncCpuSlices),
                    secondHalf(syncCpuSlices) / firstHalf(syncCpuSlices));
            line("FIRST SYNC vs PHYSICAL FLOOR: sync %.2f s, floor %.2f s (before %.2f, after %.2f; fetch + parse + JSON +"
                    + " AES-GCM + plain batched insert into %d tables); ratio %.2f (target <= 2: %s)", sync, floor,
                    floors.get(0).seconds(), floors.get(1).seconds(), ACCOUNTS ? 2 : 3, sync / floor, sync / floor <= 2 ? "met" : "MISSED");
            double floorCpu = floors.stream().mapToDouble(PhysicalFloor.Result::cpuSeconds).average().orElseThrow();
            line("FIRST SYNC vs PHYSICAL FLOOR, process CPU: sync %.2f s, floor %.2f s (before %.2f, after %.2f); ratio %.2f",
                    syncCpu, floorCpu, floors.get(0).cpuSeconds(), floors.get(1).cpuSeconds(), syncCpu / floorCpu);
            if (!ACCOUNTS) line("FIRST SYNC: %,d records in %.2f s = %,.0f records/s; bare cost %.2f s (fetch %.2f + write %.2f);"
                    + " ratio %.2f (target <= 1.5: %s)", synced, sync, synced / sync, bare, fetch, write, sync / bare,
                    sync / bare <= 1.5 ? "met" : "MISSED");
        }
    }

    private static final int SLICE = 10_000;

    /** One run of the physical floor over the whole feed, printed. */
    private PhysicalFloor.Result floor(ExchangeClient client, SyncStore store, String when) throws Exception {
        say("physical floor (%s): fetch every page, JSON, AES-GCM, plain batched insert into %d tables", when, ACCOUNTS ? 2 : 3);
        Path file = dir.resolve("floor-" + System.nanoTime() + ".db");
        // the tables the engine writes for these feeds (placements: 3; accounts: 2, plus the demo's few placements)
        List<String> tables = List.of("copies", "placements", "slip_versions", "technical_accounts");
        try (PhysicalFloor f = new PhysicalFloor(file, tables)) {
            PhysicalFloor.Result r = f.run(cursor -> client.changes().page(cursor, PAGE), page -> floorRows(store, page));
            long main = f.count(ACCOUNTS ? "technical_accounts" : "placements");
            if (ACCOUNTS ? main < r.records() - 10_000 && main < r.records() / 2 : main != r.records()) {
                throw new IllegalStateException("the floor stored fewer rows than the feed had");
            }
            line("floor %s: %,d records in %.2f s = %,.0f records/s", when, r.records(), r.seconds(),
                    r.records() / r.seconds());
            return r;
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    /**
     * Milliseconds per record in each slice of {@code slice} records, from progress points (records done,
     * then clock readings in nanoseconds; {@code column} picks the clock, {@code t0} its start); a last
     * slice shorter than half a slice is counted with the one before it.
     */
    static List<Double> slices(List<long[]> progress, long t0, int slice, int column) {
        List<long[]> cuts = new ArrayList<>(); // the progress point at the end of each slice
        long next = slice;
        synchronized (progress) {
            for (int i = 0; i < progress.size(); i++) {
                long[] p = progress.get(i);
                if (p[0] >= next || i == progress.size() - 1) {
                    long prevDone = cuts.isEmpty() ? 0 : cuts.get(cuts.size() - 1)[0];
                    if (p[0] - prevDone < slice / 2 && !cuts.isEmpty()) {
                        cuts.set(cuts.size() - 1, p);
                    } else if (p[0] > prevDone) {
                        cuts.add(p);
                    }
                    while (next <= p[0]) {
                        next += slice;
                    }
                }
            }
        }
        List<Double> out = new ArrayList<>();
        long prevDone = 0;
        long prevT = t0;
        for (long[] c : cuts) {
            out.add((c[column] - prevT) / 1e6 / (c[0] - prevDone));
            prevDone = c[0];
            prevT = c[column];
        }
        return out;
    }

    /**
     * The rows the engine writes for a page, for the floor: a placement's copy, projection and slip version;
     * a technical account's copy and projection; any other document's copy.
     */
    private static List<PhysicalFloor.Row> floorRows(SyncStore store, ChangePage page) {
        List<PhysicalFloor.Row> out = new ArrayList<>();
        for (Change ch : page.items()) {
            if (ch.placement() != null) {
                Rows rows = Rows.of(store, new ChangePage(List.of(ch), page.nextCursor(), page.hasMore()));
                out.add(new PhysicalFloor.Row("copies", rows.copies.get(0).id(), rows.copies.get(0)));
                out.add(new PhysicalFloor.Row("placements", rows.placements.get(0).id(), rows.placements.get(0)));
                out.add(new PhysicalFloor.Row("slip_versions", rows.slips.get(0).id(), rows.slips.get(0)));
            } else if (ch.technicalAccount() != null) {
                var json = store.wire().valueToTree(ch.technicalAccount());
                String id = ch.technicalAccount().id().toString();
                out.add(new PhysicalFloor.Row("copies", ServerCopy.key("TECHNICAL_ACCOUNT", id), new ServerCopy(
                        ServerCopy.key("TECHNICAL_ACCOUNT", id), "TECHNICAL_ACCOUNT", id, Ids.placementOf(ch.technicalAccount()),
                        Ids.versionOf(ch.technicalAccount()), json)));
                out.add(new PhysicalFloor.Row("technical_accounts", id, FinanceProjector.accountRecord(json)));
            }
        }
        return out;
    }

    /** The number of changes in the user's feed (pages fetched, nothing stored). */
    private static long countFeed(ExchangeClient client) {
        long n = 0;
        String cursor = null;
        while (true) {
            ChangePage page = client.changes().page(cursor, PAGE);
            n += page.items().size();
            if (!page.hasMore()) {
                return n;
            }
            cursor = page.nextCursor();
        }
    }

    private static double at(List<Double> xs, int k) {
        return xs.get(Math.min(k, xs.size() - 1));
    }

    private static double firstHalf(List<Double> xs) {
        return mean(xs.subList(0, Math.max(1, xs.size() / 2)));
    }

    private static double secondHalf(List<Double> xs) {
        return mean(xs.subList(xs.size() / 2, xs.size()));
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** The rows a first sync writes for one page (every item is a new placement). */
    private record Rows(List<ServerCopy> copies, List<PlacementRecord> placements, List<SlipVersionRecord> slips) {
        static Rows of(SyncStore store, ChangePage page) {
            List<ServerCopy> copies = new ArrayList<>();
            List<PlacementRecord> placements = new ArrayList<>();
            List<SlipVersionRecord> slips = new ArrayList<>();
            for (Change ch : page.items()) {
                Placement p = ch.placement();
                String id = p.id().toString();
                copies.add(new ServerCopy(ServerCopy.key("PLACEMENT", id), "PLACEMENT", id, id, p.version(),
                        store.wire().valueToTree(p)));
                placements.add(Projections.placementRecord(p));
                slips.add(new SlipVersionRecord(Projections.slipVersionId(id, p.slipVersion()), id,
                        (int) p.slipVersion(), null, null, store.wire().valueToTree(p.slip())));
            }
            return new Rows(copies, placements, slips);
        }
    }

    // --- push --------------------------------------------------------------------------------------

    private void push(Exchange exchange, int mutations) throws Exception {
        // warm-up: 500 changes through a throw-away vault, so the JIT has compiled the push path before
        // the timed run (in a short run the compiler threads otherwise take a large share of the CPU)
        say("warm-up (the cold figure): pushing %,d changes into a throw-away vault", Math.min(500, mutations));
        pushRun(exchange, Math.min(500, mutations), "push-warm", false);
        pushRun(exchange, mutations, "push", true);
    }

    private void pushRun(Exchange exchange, int mutations, String profile, boolean report) throws Exception {
        try (ExchangeClient client = Clients.loggedIn(exchange.baseUrl(), Users.BROKER);
             Vault v = Clients.vault(dir.resolve(profile), profile);
             SyncEngine engine = new SyncEngine(v, client, pushConfig())) {
            int placements = mutations / 5;
            long t0 = System.nanoTime();
            for (int i = 0; i < placements; i += 100) {
                int from = i;
                // queued offline, 100 drafts per vault transaction (setup only: the user's own actions are
                // one transaction each, but that is not what this figure measures)
                v.transaction(() -> {
                    for (int k = from; k < Math.min(from + 100, placements); k++) {
                        String umr = String.format(Locale.ROOT, "B0999P%s%07d", report ? "S" : "W", k);
                        var q = engine.changes().draftPlacement("Bench " + k, Users.cedent(), null, Slips.slip(umr, "v1"));
                        for (int e = 2; e <= 5; e++) {
                            engine.changes().editSlip(q.aggregateId(), Slips.slip(umr, "v" + e));
                        }
                    }
                });
                if (report && (i / 100) % 5 == 4) {
                    say("queueing changes: %,d / %,d", (i + 100) * 5, placements * 5);
                }
            }
            long queued = engine.store().outbox().pendingCount();
            long auditMark = Convergence.auditMark(client);
            out(report, "push setup: %,d changes queued offline (%,d drafts x 5) in %.1f s", queued, placements, seconds(t0));
            say("pushing %,d changes (push parallelism %d)", queued, pushConfig().pushParallelism());
            var cpu0 = cpu();
            long t1 = System.nanoTime();
            Thread ticker = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(5_000);
                        long done = engine.store().outbox().count(OutboxEntry.Status.DONE);
                        say("  push: %,d / %,d accepted, %,.0f mutations/s so far", done, queued, done / seconds(t1));
                    }
                } catch (InterruptedException | RuntimeException stop) {
                    // the benchmark moved on
                }
            }, "bench-ticker");
            ticker.setDaemon(true);
            if (report) {
                ticker.start();
            }
            int rounds = 0;
            while (rounds < 1_000 && engine.store().outbox().pendingCount() > 0) {
                Pusher.Result r = engine.pushOnly();
                rounds++;
                if (r.rejected() > 0 || r.conflicts() > 0) {
                    throw new IllegalStateException("the exchange refused benchmark changes: " + r);
                }
            }
            double took = seconds(t1);
            var cpu1 = cpu();
            ticker.interrupt();
            long done = engine.store().outbox().count(OutboxEntry.Status.DONE);
            if (done != queued) {
                throw new IllegalStateException(done + " of " + queued + " changes accepted after " + rounds + " rounds");
            }
            line((report ? "PUSH (warm, after the warm-up)" : "warm-up PUSH (cold: JIT not yet warm; not the figure)")
                    + ": %,d changes accepted in %.2f s = %,.0f mutations/s (target >= 500: %s); %d round(s),"
                    + " push parallelism %d, push batch %d", done, took, done / took, done / took >= 500 ? "met" : "MISSED",
                    rounds, pushConfig().pushParallelism(), pushConfig().pushBatch());
            line("%s %s", report ? "push" : "warm-up push", cpuPer(cpu0, cpu1, done, "change"));
            if (!report) {
                return;
            }
            say("checking the exchange's audit log: every accepted change exactly once");
            Convergence.assertExactlyOnce(engine.store(), client, Users.userId(Users.BROKER), auditMark);
            line("push check: every accepted change is in the exchange's audit log exactly once");
        }
    }

    /**
     * The engine's defaults; {@code -Dredesk.bench.parallelism=N} tries another push pool size,
     * {@code -Dredesk.bench.batch=N} another push batch size (1: one request per change, as before ADR 0612).
     */
    private static SyncConfig pushConfig() {
        SyncConfig c = SyncConfig.defaults();
        Integer n = Integer.getInteger("redesk.bench.parallelism");
        Integer b = Integer.getInteger("redesk.bench.batch");
        c = n == null ? c : c.withParallelism(n);
        return b == null ? c : c.withPushBatch(b);
    }

    /** CPU time used so far, per kind of thread: exchange server, sync engine, everything else. */
    private static java.util.Map<String, Long> cpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long ns = mx.getThreadCpuTime(t.getThreadId());
            String n = t.getThreadName();
            String kind = n.startsWith("JettyServerThreadPool") || n.startsWith("Scheduler") ? "exchange"
                    : n.startsWith("sync-") || n.startsWith("main") ? "client" : "other";
            if (Boolean.getBoolean("redesk.bench.threads")) {
                out.merge("~" + n.replaceAll("[0-9]+", "N"), Math.max(0, ns), Long::sum);
            }
            out.merge(kind, Math.max(0, ns), Long::sum);
        }
        out.put("process", ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime());
        return out;
    }

    /** CPU spent between two {@link #cpu()} readings, per item, as text. */
    private static String cpuPer(java.util.Map<String, Long> before, java.util.Map<String, Long> after, long items,
                                 String unit) {
        StringBuilder b = new StringBuilder();
        List<String> kinds = new ArrayList<>(List.of("process", "client", "exchange"));
        after.keySet().stream().filter(k -> k.startsWith("~")).forEach(kinds::add);
        for (String k : kinds) {
            long ns = after.getOrDefault(k, 0L) - before.getOrDefault(k, 0L);
            b.append(String.format(Locale.ROOT, "%s%s %.2f ms", b.length() == 0 ? "" : ", ", k, ns / 1e6 / items));
        }
        return "CPU per " + unit + ": " + b + " (threads alive at the end; on a quiet machine the CPU-bound"
                + " ceiling is about cores / process CPU per " + unit + ")";
    }

    // --- output ------------------------------------------------------------------------------------

    private void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%6.1f s] %s%n", seconds(started), String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    private void out(boolean report, String format, Object... args) {
        if (report) {
            line(format, args);
        } else {
            say(format, args);
        }
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        report.append(s).append('\n');
        say("%s", s);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
