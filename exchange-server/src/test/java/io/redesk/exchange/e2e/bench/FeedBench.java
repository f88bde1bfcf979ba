package io.redesk.exchange.e2e.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.db.Database;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.seed.Seed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.model.WireJson;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.paging.ChangeFeedIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Feed benchmark harness (run by {@code client-sdk/bench/feed.sh}): seeds N placement changes straight
 * into the exchange's store for one broker organisation, then pages the whole feed through the SDK over
 * loopback HTTP, twice (the first pass warms the JIT), and prints changes per second of each pass.
 */
public final class FeedBench {

    private FeedBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("redesk-feed-bench-");
        try {
            Placement sample = samplePlacement(dir);
            long t0 = System.nanoTime();
            seed(dir, sample, n);
            System.out.printf("seeded %,d changes into the store in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            try (ExchangeServer server = ExchangeServer.builder().host("127.0.0.1").port(0).dataDir(dir)
                    .seed(Seed.NONE).plainHttp(true).start();
                 ExchangeClient client = ExchangeClient.create(ExchangeClientOptions.builder()
                         .baseUrl(server.baseUri().toString()).readTimeout(Duration.ofSeconds(60)).build())) {
                client.auth().login("broker.alice", DemoSeed.PASSWORD);
                rawPass(server, client);
                for (int pass = 1; pass <= 3; pass++) {
                    long start = System.nanoTime();
                    ChangeFeedIterator<Change> feed = client.changes().from(null);
                    long count = 0;
                    while (feed.hasNext()) {
                        Change c = feed.next();
                        if (c.placement() == null && c.quote() == null && c.line() == null) {
                            throw new IllegalStateException("change without its resource at " + c.cursor());
                        }
                        count++;
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("pass %d: %,d changes in %.2f s = %,.0f changes/s (%d requests)%n", pass, count,
                            seconds, count / seconds, feed.batches());
                    if (count < n) {
                        throw new IllegalStateException("expected at least " + n + " changes, got " + count);
                    }
                }
            }
        } finally {
            delete(dir);
        }
    }

    /**
     * Where the time goes: the same pages fetched as bytes only (server + loopback), and those bytes
     * decoded by the SDK's mapper only (client), each timed on its own.
     */
    private static void rawPass(ExchangeServer server, ExchangeClient client) throws IOException {
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
        String token = client.auth().current().orElseThrow().accessToken();
        ObjectMapper json = WireJson.newMapper();
        java.util.List<byte[]> pages = new java.util.ArrayList<>();
        String since = null;
        long fetchNanos = 0;
        boolean more = true;
        while (more) {
            okhttp3.HttpUrl url = okhttp3.HttpUrl.get(server.baseUri().toString()).newBuilder().addPathSegment("changes")
                    .addQueryParameter("limit", "1000").build();
            if (since != null) {
                url = url.newBuilder().addQueryParameter("since", since).build();
            }
            long t0 = System.nanoTime();
            byte[] body;
            try (okhttp3.Response r = http.newCall(new okhttp3.Request.Builder().url(url)
                    .header("Authorization", "Bearer " + token).build()).execute()) {
                body = r.body().bytes();
            }
            fetchNanos += System.nanoTime() - t0;
            pages.add(body);
            com.fasterxml.jackson.databind.JsonNode tail = json.readTree(body);
            since = tail.get("nextCursor").asText();
            more = tail.get("hasMore").asBoolean();
        }
        long t0 = System.nanoTime();
        long count = 0;
        for (byte[] p : pages) {
            count += json.readValue(p, io.redesk.sdk.model.feed.ChangePage.class).items().size();
        }
        long parseNanos = System.nanoTime() - t0;
        long bytes = pages.stream().mapToLong(b -> b.length).sum();
        System.out.printf("raw: %,d changes, %,d MB; fetch only %.2f s (%,.0f changes/s); decode only %.2f s"
                + " (%,.0f changes/s)%n", count, bytes >> 20, fetchNanos / 1e9, count / (fetchNanos / 1e9),
                parseNanos / 1e9, count / (parseNanos / 1e9));
        http.dispatcher().executorService().shutdown();
    }

    /** Starts the demo exchange once to create the schema and a real placement document. */
    private static Placement samplePlacement(Path dir) {
        try (ExchangeServer server = ExchangeServer.builder().host("127.0.0.1").port(0).dataDir(dir).seed(Seed.DEMO)
                .plainHttp(true).start();
             ExchangeClient client = ExchangeClient.create(ExchangeClientOptions.builder()
                     .baseUrl(server.baseUri().toString()).build())) {
            client.auth().login("broker.alice", DemoSeed.PASSWORD);
            return client.placements().listAll(null).findFirst().orElseGet(() -> client.placements().create(
                    new PlacementCreateRequest("Bench", DemoSeed.DONGFANG, DemoSeed.HUATAI, null)));
        }
    }

    private static void seed(Path dir, Placement sample, int n) throws IOException {
        ObjectMapper json = WireJson.newMapper();
        ChangeFeed feed = new ChangeFeed();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Database db = Database.open(dir, 1)) {
            db.write(c -> {
                for (int i = 0; i < n; i++) {
                    UUID id = UUID.randomUUID();
                    String doc;
                    try {
                        doc = json.writeValueAsString(withId(sample, id));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    feed.record(c, ChangeFeed.EntityType.PLACEMENT, id, id, "PLACEMENT_UPDATED",
                            at.plusMillis(i).toString(), doc, null, Map.of(DemoSeed.HUATAI, false));
                }
                return null;
            });
        }
    }

    private static Placement withId(Placement p, UUID id) {
        return new Placement(id, p.umr(), p.title(), p.status(), p.cedentId(), p.brokerId(), p.contractKind(),
                p.currency(), p.slipVersion(), p.slip(), p.firmOrder(), p.signedAt(), p.registrationNumber(),
                p.createdAt(), p.updatedAt(), p.version());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
