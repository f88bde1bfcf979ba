package io.redesk.app.sync.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.feed.ChangePage;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync benchmark (a documented harness, run on demand, never in CI):
 *
 * <pre>
 * flock /tmp/redesk-bench.lock ./mvnw -q -pl app -am verify -Dtest=SyncBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Dredesk.bench=true
 * </pre>
 *
 * <p>1. First sync of {@code redesk.bench.records} (default 100,000) feed records on loopback:
 * records/s, and the ratio to the bare cost = fetching the same pages with the SDK without storing them
 * + writing the same rows into a vault without the network (target at most 1.5). The feed is filled by
 * cloning one real placement change of the exchange with fresh ids straight into its database (making
 * 100,000 placements through the API would take most of an hour on the shared machine). 2. Pushing
 * {@code redesk.bench.mutations} (default 10,000) queued changes: 2,000 offline drafts with four slip
 * edits each; mutations/s (target at least 500). Figures go to the log and to
 * {@code app/target/sync-benchmark.txt}.
 */
class SyncBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SyncBenchmark.class);

    @TempDir
    Path dir;

    @Test
    void firstSyncAndPush() throws Exception {
        assumeTrue(Boolean.getBoolean("redesk.bench"), "benchmark: run with -Dredesk.bench=true");
        int records = Integer.getInteger("redesk.bench.records", 100_000);
        int mutations = Integer.getInteger("redesk.bench.mutations", 10_000);
        StringBuilder report = new StringBuilder();
        Exchange exchange = new Exchange(dir.resolve("exchange"));
        try {
            report.append(push(exchange, mutations));
            fillFeed(exchange, records);
            report.append(firstSync(exchange, records));
        } finally {
            exchange.close();
        }
        LOG.info("\n{}", report);
        Files.writeString(Path.of("target", "sync-benchmark.txt"), report.toString());
    }

    /** One real placement of the broker, its feed row cloned {@code n} times with fresh ids. */
    private void fillFeed(Exchange exchange, int n) throws Exception {
        Placement p;
        try (ExchangeClient c = Clients.loggedIn(exchange.baseUrl(), Users.BROKER)) {
            p = c.placements().create(new io.redesk.sdk.model.placement.PlacementCreateRequest("Bench template",
                    Users.cedent(), null, Slips.slip(Slips.nextUmr(), "bench")));
        }
        exchange.stop();
        String id = p.id().toString();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("exchange").resolve("exchange.db"))) {
            c.setAutoCommit(false);
            String doc;
            long seq;
            try (PreparedStatement ps = c.prepareStatement("SELECT doc, seq FROM changes WHERE entity_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    doc = rs.getString(1);
                }
            }
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
                    long s = ++seq;
                    ch.setLong(1, s);
                    ch.setString(2, "PLACEMENT");
                    ch.setString(3, fresh);
                    ch.setString(4, fresh);
                    ch.setString(5, "PLACEMENT_CREATED");
                    ch.setString(6, p.createdAt().toString());
                    ch.setString(7, doc.replace(id, fresh));
                    ch.addBatch();
                    au.setString(1, io.redesk.exchange.seed.DemoSeed.LUJIAZUI.toString());
                    au.setLong(2, s);
                    au.addBatch();
                    if (i % 5_000 == 4_999) {
                        ch.executeBatch();
                        au.executeBatch();
                    }
                }
                ch.executeBatch();
                au.executeBatch();
            }
            c.commit();
        }
        exchange.startAgain();
    }

    private String firstSync(Exchange exchange, int records) throws Exception {
        try (ExchangeClient client = Clients.loggedIn(exchange.baseUrl(), Users.BROKER)) {
            // bare cost 1: the SDK fetching every page, nothing stored
            long t0 = System.nanoTime();
            List<ChangePage> pages = new ArrayList<>();
            String cursor = null;
            long fetched = 0;
            while (true) {
                ChangePage page = client.changes().page(cursor, 1000);
                pages.add(page);
                fetched += page.items().size();
                if (!page.hasMore()) {
                    break;
                }
                cursor = page.nextCursor();
            }
            double fetch = seconds(t0);
            // bare cost 2: the same pages written into a fresh vault, no network
            double write;
            try (Vault v = Clients.vault(dir.resolve("bare"), "bare")) {
                SyncStore store = new SyncStore(v);
                ExecutorService none = Executors.newSingleThreadExecutor();
                Puller writer = new Puller(store, client, new Applier(store), none, 1000);
                long t1 = System.nanoTime();
                for (ChangePage page : pages) {
                    writer.applyPage(page);
                }
                write = seconds(t1);
                none.shutdown();
            }
            // the real thing: a fresh vault's first sync through the engine
            double sync;
            long synced;
            try (Vault v = Clients.vault(dir.resolve("first"), "first");
                 SyncEngine engine = new SyncEngine(v, client, SyncConfig.defaults())) {
                long t2 = System.nanoTime();
                SyncState s = engine.runCycle();
                sync = seconds(t2);
                if (!s.online() || s.lastError().isPresent()) {
                    throw new AssertionError("first sync failed: " + s);
                }
                synced = engine.store().copies().count();
            }
            double bare = fetch + write;
            return String.format(Locale.ROOT, "first sync: %d records (%d in the vault) in %.2f s = %.0f records/s;"
                            + " bare cost: fetch %.2f s + vault writes %.2f s = %.2f s; ratio %.2f (target <= 1.5)%n",
                    fetched, synced, sync, synced / sync, fetch, write, bare, sync / bare);
        }
    }

    private String push(Exchange exchange, int mutations) throws Exception {
        try (ExchangeClient client = Clients.loggedIn(exchange.baseUrl(), Users.BROKER);
             Vault v = Clients.vault(dir.resolve("push"), "push");
             SyncEngine engine = new SyncEngine(v, client, SyncConfig.defaults().withParallelism(8))) {
            int placements = mutations / 5;
            for (int i = 0; i < placements; i++) {
                String umr = Slips.nextUmr();
                var q = engine.changes().draftPlacement("Bench " + i, Users.cedent(), null, Slips.slip(umr, "v1"));
                for (int k = 2; k <= 5; k++) {
                    engine.changes().editSlip(q.aggregateId(), Slips.slip(umr, "v" + k));
                }
            }
            long queued = engine.store().outbox().unfinished().size();
            long t0 = System.nanoTime();
            for (int round = 0; round < 1_000 && !engine.store().outbox().unfinished().isEmpty(); round++) {
                engine.pushOnly();
            }
            double took = seconds(t0);
            long done = engine.store().outbox().count(OutboxEntry.Status.DONE);
            return String.format(Locale.ROOT, "push: %d queued changes (%d placements x 5), %d accepted in %.2f s ="
                    + " %.0f mutations/s (target >= 500), push parallelism 8%n", queued, placements, done, took, done / took);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
