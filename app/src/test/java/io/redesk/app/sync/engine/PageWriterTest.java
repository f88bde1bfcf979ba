package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangePage;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.store.doc.Stored;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed page written with batch inserts ({@link PageWriter}) leaves the vault exactly as applying its
 * documents one by one would: a placement created and then changed twice in the same page, its quotes,
 * a second placement whose quote arrived before it (a child waiting), and a placement the user still
 * has a change queued for (the screen keeps the user's version).
 */
class PageWriterTest {

    @TempDir
    Path dir;

    @Test
    void aBatchedPageEndsWhereRecordByRecordApplicationEnds() throws Exception {
        try (Exchange exchange = new Exchange(dir.resolve("exchange"));
             ExchangeClient broker = Clients.loggedIn(exchange.baseUrl(), Users.BROKER)) {
            Placement a = broker.placements().create(new PlacementCreateRequest("Batch A", Users.cedent(), null,
                    Slips.slip(Slips.nextUmr(), "v1")));
            a = broker.placements().putSlip(a.id(), Slips.slip(a.umr(), "v2"), a.version());
            a = broker.placements().transition(a.id(), PlacementStatus.SUBMITTED, null, a.version());
            broker.inquiries().create(a.id(), new InquiryRequest(List.of(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE),
                    Instant.now().plus(14, ChronoUnit.DAYS), "Please quote", null));
            Placement b = broker.placements().create(new PlacementCreateRequest("Batch B", Users.cedent(), null,
                    Slips.slip(Slips.nextUmr(), "v1")));
            b = broker.placements().transition(b.id(), PlacementStatus.SUBMITTED, null, b.version());
            broker.inquiries().create(b.id(), new InquiryRequest(List.of(DemoSeed.CHINA_RE), Instant.now().plus(14,
                    ChronoUnit.DAYS), "Please quote", null));
            Placement c = broker.placements().create(new PlacementCreateRequest("Batch C", Users.cedent(), null,
                    Slips.slip(Slips.nextUmr(), "v1")));
            ChangePage page = broker.changes().page(null, 1000);
            assertThat(page.hasMore()).isFalse();
            assertThat(page.items()).as("feed of the scenario").hasSizeGreaterThanOrEqualTo(9);
            String bId = b.id().toString();
            Quote waitingQuote = page.items().stream().map(Change::quote)
                    .filter(q -> q != null && q.placementId().toString().equals(bId)).findFirst().orElseThrow();
            String cId = c.id().toString();

            try (Vault batched = Clients.vault(dir.resolve("batched"), "v");
                 Vault oneByOne = Clients.vault(dir.resolve("one-by-one"), "v")) {
                SyncStore x = new SyncStore(batched);
                SyncStore y = new SyncStore(oneByOne);
                for (SyncStore s : List.of(x, y)) {
                    // before the page: B's quote arrived on its own, and the user has a change of C queued
                    s.vault().transaction(() -> {
                        new Applier(s).apply(waitingQuote, java.util.Set.of());
                        s.outbox().enqueue("PLACEMENT", cId, Op.PUT_SLIP.name(),
                                Mutation.of(s.wire().valueToTree(Slips.slip("LOCAL", "mine"))).toJson());
                    });
                }
                new Puller(x, broker, new Applier(x), Executors.newSingleThreadExecutor(), 1000).applyPage(page);
                y.vault().transaction(() -> {
                    Applier applier = new Applier(y);
                    var busy = y.outbox().unfinishedAggregates();
                    for (Change ch : page.items()) {
                        Object doc = ch.placement() != null ? ch.placement() : ch.quote() != null ? ch.quote() : ch.line();
                        applier.apply(doc, busy);
                    }
                });

                assertThat(copies(x)).isEqualTo(copies(y)).containsKeys("PLACEMENT:" + a.id(), "PLACEMENT:" + bId,
                        "QUOTE:" + waitingQuote.id());
                assertThat(values(x.projections().placements().all(), p -> p.id()))
                        .isEqualTo(values(y.projections().placements().all(), p -> p.id()))
                        .as("the queued change keeps C off the screen until it is through").doesNotContainKey(cId)
                        .containsKeys(a.id().toString(), bId);
                assertThat(values(x.projections().slips().all(), s -> s.id()))
                        .isEqualTo(values(y.projections().slips().all(), s -> s.id()))
                        .containsKeys(Projections.slipVersionId(a.id().toString(), 2));
                assertThat(values(x.projections().quotes().all(), q -> q.id()))
                        .isEqualTo(values(y.projections().quotes().all(), q -> q.id()))
                        .as("the quote that waited for its placement is projected").containsKey(waitingQuote.id().toString())
                        .hasSize(3);
                assertThat(x.cursors().get(SyncStore.FEED_STREAM)).contains(page.nextCursor());
            }
        }
    }

    private static Map<String, String> copies(SyncStore s) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (Stored<ServerCopy> c : s.copies().all()) {
            out.put(c.id(), c.value().serverVersion() + " " + s.wire().writeValueAsString(
                    s.wire().readTree(s.wire().writeValueAsString(c.value().doc()))));
        }
        return out;
    }

    private static <T> Map<String, T> values(List<Stored<T>> rows, Function<T, String> id) {
        Map<String, T> out = new TreeMap<>();
        rows.forEach(r -> out.put(id.apply(r.value()), r.value()));
        return out;
    }
}
