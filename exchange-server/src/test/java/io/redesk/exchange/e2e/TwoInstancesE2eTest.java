package io.redesk.exchange.e2e;

import static io.redesk.exchange.seed.DemoSeed.CHINA_RE;
import static io.redesk.exchange.seed.DemoSeed.DONGFANG;
import static io.redesk.exchange.seed.DemoSeed.HUATAI;
import static io.redesk.exchange.seed.DemoSeed.JINQIAO_RE;
import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redesk.exchange.audit.AuditLog;
import io.redesk.exchange.db.DatabaseConfig;
import io.redesk.exchange.db.Engine;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.testing.TestDatabases;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.batch.BatchCall;
import io.redesk.sdk.batch.MutationBatch;
import io.redesk.sdk.error.NetworkException;
import io.redesk.sdk.error.ServerException;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.audit.AuditEvent;
import io.redesk.sdk.model.audit.AuditPage;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangePage;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Inquiry;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two exchange instances (child JVMs) on one PostgreSQL database, driven at once by several SDK clients
 * through both: placements, a slip change and submission in one mutation batch, inquiries, quotes, a
 * firm order and lines. Every step has its own idempotency key; a step whose instance fails is sent
 * again, with the same key, to the other instance. Halfway through, instance B is killed with SIGKILL and
 * started again on its port. Afterwards:
 * <ul>
 *   <li>every organisation's feed read through A equals its feed read through B, with strictly increasing
 *       positions, and equals what a reader pulling it through A during the whole load collected;</li>
 *   <li>each placement's changes are exactly the steps applied, once each, in the order applied (a key
 *       retried on the other instance replayed, it was not applied again);</li>
 *   <li>the audit chain verifies end to end, positions 1..n without a gap.</li>
 * </ul>
 * Runs in the PostgreSQL run only (SQLite is one process on one file).
 */
class TwoInstancesE2eTest {
    private static final int WORKERS = 4;
    private static final int ROUNDS = 3;

    private final List<Child> children = new ArrayList<>();
    private final Map<String, ExchangeClient> clients = new ConcurrentHashMap<>();
    /** Steps sent again, with their key, to the other instance after a failure. */
    private final AtomicInteger failovers = new AtomicInteger();

    @AfterEach
    void stop() {
        clients.values().forEach(ExchangeClient::close);
        children.forEach(Child::kill);
    }

    @Test
    @Timeout(300)
    void feedsAuditChainAndIdempotencyHoldAcrossTwoInstancesWithOneKilledMidLoad() throws Exception {
        assumeTrue(TestDatabases.engine() == Engine.POSTGRESQL, "two instances share a PostgreSQL database; this is the SQLite run");
        DatabaseConfig db = TestDatabases.forNewExchange();
        Child a = start("a", db, freePort());
        Child b = start("b", db, freePort());
        URI[] instances = {a.base, b.base};

        Map<String, List<String>> expected = new ConcurrentHashMap<>(); // placement id -> actions applied, in order
        AtomicInteger steps = new AtomicInteger();
        AtomicBoolean loadDone = new AtomicBoolean();
        List<Change> pulled = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS + 2);
        Future<?> reader = pool.submit(() -> {
            String cursor = null;
            while (true) {
                boolean last = loadDone.get();
                try {
                    ChangePage page;
                    do {
                        page = client("broker.alice", instances[0]).changes().page(cursor, 200);
                        pulled.addAll(page.items());
                        if (page.nextCursor() != null) {
                            cursor = page.nextCursor();
                        }
                    } while (page.hasMore());
                } catch (NetworkException | ServerException e) {
                    // A is never killed; a transient failure is retried from the same cursor
                }
                if (last) {
                    return null;
                }
                Thread.sleep(20);
            }
        });
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                for (int r = 0; r < ROUNDS; r++) {
                    new Round(instances, worker, steps).run(expected);
                }
                return null;
            }));
        }
        // kill B once the load is well under way, then bring it back on the same port
        while (steps.get() < WORKERS * 8) {
            Thread.sleep(10);
        }
        b.kill();
        Thread.sleep(500);
        Child b2 = start("b-restarted", db, b.port);
        assertThat(b2.base).isEqualTo(b.base);
        for (Future<?> f : workers) {
            f.get();
        }
        assertThat(failovers.get()).as("steps sent again to A while B was down").isPositive();
        loadDone.set(true);
        reader.get();
        pool.shutdown();

        // every organisation's feed, through both instances: the same changes, once each, in commit order
        for (String user : List.of("broker.alice", "cedent.broker", "uw.chinare", "uw.pudong", "uw.jinqiao", "ops.admin")) {
            List<Change> viaA = feed(client(user, a.base));
            List<Change> viaB = feed(client(user + "@b", b.base, user));
            assertThat(keys(viaB)).as(user + " through B").isEqualTo(keys(viaA));
            assertThat(positions(viaA)).as(user + " positions").isSorted().doesNotHaveDuplicates();
            assertThat(keys(viaA)).as(user + " changes").doesNotHaveDuplicates();
        }
        List<Change> broker = feed(client("broker.alice", a.base));
        assertThat(keys(pulled)).as("what a reader pulling through A during the load collected").isEqualTo(keys(broker));
        assertThat(expected).hasSize(WORKERS * ROUNDS);
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            List<String> actions = broker.stream().filter(c -> c.placementId() != null && c.placementId().toString().equals(e.getKey()))
                    .map(Change::action).toList();
            assertThat(actions).as("changes of placement " + e.getKey()).isEqualTo(e.getValue());
        }
        verifyChain(client("ops.admin", a.base));
    }

    /** One placement from creation to three written lines, each step keyed and sent to alternating instances. */
    private final class Round {
        private final URI[] instances;
        private final int worker;
        private final AtomicInteger steps;
        private int next;

        Round(URI[] instances, int worker, AtomicInteger steps) {
            this.instances = instances;
            this.worker = worker;
            this.steps = steps;
            this.next = worker;
        }

        /** Sends one step (fixed key, fixed If-Match) to the next instance; on a failure of that instance, to the other. */
        private <T> T step(String user, Function<ExchangeClient, T> call) {
            int first = next++ % 2;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            for (int attempt = 0; ; attempt++) {
                URI target = instances[(first + attempt) % 2];
                try {
                    T result = call.apply(client(user + "@" + target.getPort(), target, user));
                    steps.incrementAndGet();
                    return result;
                } catch (NetworkException | ServerException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    failovers.incrementAndGet();
                    sleep(50);
                }
            }
        }

        void run(Map<String, List<String>> expected) {
            List<String> actions = new ArrayList<>();
            String k = "w" + worker + "-" + UUID.randomUUID() + "-";
            Placement p = step("broker.alice", c -> c.placements().with(RequestOptions.idempotencyKey(k + "create"))
                    .create(new PlacementCreateRequest("Cluster " + worker, DONGFANG, HUATAI, Slips.aviation("100"))));
            actions.add("PLACEMENT_CREATED");
            // a slip change and the submission in one batch, one aggregate
            MutationBatch[] batch = new MutationBatch[1];
            Placement submitted = step("broker.alice", c -> {
                MutationBatch mb = c.batches().newBatch();
                mb.putSlip(k + "slip", p.id().toString(), p.id(), Slips.aviation(p.umr(), "100"), p.version());
                BatchCall<Placement> submit = mb.transition(k + "submit", p.id().toString(), p.id(), PlacementStatus.SUBMITTED, null,
                        p.version() + 1);
                batch[0] = mb;
                return c.batches().send(mb).result(submit);
            });
            actions.addAll(List.of("SLIP_VERSION_CREATED", "PLACEMENT_SUBMITTED"));
            Inquiry inq = step("broker.alice", c -> c.inquiries().with(RequestOptions.idempotencyKey(k + "inquiry"))
                    .create(submitted.id(), new InquiryRequest(List.of(CHINA_RE, PUDONG_RE),
                            Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS), "Please quote", null)));
            actions.addAll(List.of("INQUIRY_SENT", "QUOTE_REQUESTED", "QUOTE_REQUESTED"));
            Quote chinare = inq.quotes().stream().filter(q -> q.reinsurerId().equals(CHINA_RE)).findFirst().orElseThrow();
            Quote pudong = inq.quotes().stream().filter(q -> q.reinsurerId().equals(PUDONG_RE)).findFirst().orElseThrow();
            Quote preparing = step("uw.chinare", c -> c.quotes().with(RequestOptions.idempotencyKey(k + "prepare"))
                    .prepare(chinare.id(), chinare.version()));
            Quote quoted = step("uw.chinare", c -> c.quotes().with(RequestOptions.idempotencyKey(k + "quote"))
                    .submit(chinare.id(), new QuoteTermsRequest(Money.of("1250000.00", "CNY"), "2.5", "40", "As expiring", List.of(),
                            Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS)), preparing.version()));
            step("uw.pudong", c -> c.quotes().with(RequestOptions.idempotencyKey(k + "decline"))
                    .decline(pudong.id(), "No capacity", pudong.version()));
            Quote accepted = step("broker.alice", c -> c.quotes().with(RequestOptions.idempotencyKey(k + "accept"))
                    .accept(quoted.id(), quoted.version()));
            actions.addAll(List.of("QUOTE_PREPARING", "QUOTE_SUBMITTED", "QUOTE_DECLINED", "QUOTE_ACCEPTED"));
            long placementVersion = submitted.version() + 1; // the inquiry moved it to INQUIRY
            step("broker.alice", c -> c.placements().with(RequestOptions.idempotencyKey(k + "firm"))
                    .placeFirmOrder(p.id(), new FirmOrderRequest(accepted.id(), "100", List.of(PUDONG_RE, JINQIAO_RE), null),
                            placementVersion));
            actions.add("FIRM_ORDER_PLACED");
            String[][] lines = {{"uw.chinare", "40"}, {"uw.pudong", "30"}, {"uw.jinqiao", "30"}};
            for (String[] l : lines) {
                step(l[0], c -> c.lines().with(RequestOptions.idempotencyKey(k + "line-" + l[0]))
                        .write(p.id(), new LineWriteRequest(l[1], false, null, l[0].toUpperCase() + "-REF", null)));
                if (actions.get(actions.size() - 1).equals("FIRM_ORDER_PLACED")) {
                    actions.add("SUBSCRIPTION_OPENED");
                }
                actions.add("LINE_WRITTEN");
            }
            expected.put(p.id().toString(), actions);
        }
    }

    private ExchangeClient client(String user, URI base) {
        return client(user + "@" + base.getPort(), base, user);
    }

    /** A client per (key, instance) signed in as {@code user}; logging in is retried while the instance starts again. */
    private ExchangeClient client(String key, URI base, String user) {
        return clients.computeIfAbsent(key + "|" + base, k -> {
            ExchangeClient c = ExchangeClient.create(ExchangeClientOptions.builder().baseUrl(base.toString())
                    .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60))
                    .retry(2, Duration.ofSeconds(5)).build());
            c.auth().login(user, DemoSeed.PASSWORD);
            return c;
        });
    }

    private static List<Change> feed(ExchangeClient c) {
        List<Change> all = new ArrayList<>();
        String cursor = null;
        ChangePage page;
        do {
            page = c.changes().page(cursor, 1000);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (page.hasMore());
        return all;
    }

    private static List<String> keys(List<Change> changes) {
        return changes.stream().map(c -> c.cursor() + " " + c.entityType() + " " + c.entityId() + " " + c.action()).toList();
    }

    private static List<String> positions(List<Change> changes) {
        // the cursors are opaque to clients; their order is the feed's order, so compare them as the server hands them out
        List<String> out = new ArrayList<>();
        for (Change c : changes) {
            out.add(String.format("%020d", Long.parseLong(new String(java.util.Base64.getUrlDecoder().decode(c.cursor())).substring(4))));
        }
        return out;
    }

    private static void verifyChain(ExchangeClient c) {
        String prev = AuditLog.GENESIS;
        long seq = 0;
        String cursor = null;
        AuditPage page;
        do {
            page = c.audit().page(cursor, 1000);
            for (AuditEvent e : page.items()) {
                assertThat(e.seq()).as("audit position").isEqualTo(++seq);
                assertThat(e.prevHash()).as("prevHash of " + e.seq()).isEqualTo(prev);
                assertThat(e.hash()).as("hash of " + e.seq()).isEqualTo(AuditLog.chainHash(prev, e.seq(), e.occurredAt(), e.contentDigest()));
                if (!e.redacted()) {
                    assertThat(e.contentDigest()).isEqualTo(AuditLog.contentDigest(e.actorUserId(), e.actorOrganisationId(), e.action(),
                            e.entityType(), e.entityId(), e.detail()));
                }
                prev = e.hash();
            }
            cursor = page.nextCursor();
        } while (page.hasMore());
        assertThat(seq).isGreaterThan(WORKERS * ROUNDS * 14L);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** An exchange instance in a JVM of its own, started as {@code java -jar} would start it. */
    private Child start(String name, DatabaseConfig db, int port) throws Exception {
        Path data = Files.createTempDirectory("redesk-cluster-" + name);
        Path log = Path.of("target", "cluster-" + name + ".log");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", cp, "io.redesk.exchange.Main",
                "--port", Integer.toString(port), "--data", data.toString(), "--plain-http", "--seed", "demo",
                "--db", "postgresql://" + db.host() + ":" + db.port() + "/" + db.name());
        pb.environment().put(DatabaseConfig.ENV_USER, db.user());
        pb.environment().put(DatabaseConfig.ENV_PASSWORD, db.password() == null ? "" : db.password());
        pb.environment().put(DatabaseConfig.ENV_POOL_SIZE, "4");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Child child = new Child(pb.start(), port, URI.create("http://127.0.0.1:" + port));
        children.add(child);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            if (!child.process.isAlive()) {
                throw new AssertionError("instance " + name + " exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(child.base.resolve("/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && Files.readString(log).contains("ReDesk exchange listening")) {
                    return child;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("instance " + name + " did not start: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }

    private record Child(Process process, int port, URI base) {
        /** SIGKILL: no shutdown hook runs, open transactions die with the connection. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
