package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.store.outbox.OutboxEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Business flows driven through the engines (so the setup itself goes through the outbox). */
final class Flows {

    private Flows() {
    }

    /** The exchange id of a queued change's aggregate (re-keyed once a create was accepted). */
    static String idOf(SyncEngine e, LocalChanges.Queued q) {
        return e.store().outbox().find(q.clientMutationId()).orElseThrow().aggregateId();
    }

    /** Runs cycles until every engine's outbox has nothing pending (rejections aside), at most {@code max} rounds. */
    static void drain(int max, SyncEngine... engines) {
        for (int round = 0; round < max; round++) {
            boolean pending = false;
            for (SyncEngine e : engines) {
                e.runCycle();
                pending |= e.store().outbox().unfinished().stream()
                        .anyMatch(x -> x.status() != OutboxEntry.Status.FAILED);
            }
            if (!pending) {
                for (SyncEngine e : engines) {
                    e.runCycle(); // everyone pulls everyone else's last changes
                }
                return;
            }
            Clients.sleep(20);
        }
        throw new AssertionError("outboxes did not drain in " + max + " rounds");
    }

    /** A placement of the broker taken to FIRM_ORDER on China Re's quote, with Pudong Re invited to follow. */
    static String placementAtFirmOrder(SyncEngine broker, SyncEngine chinaRe) {
        LocalChanges.Queued created = broker.changes().draftPlacement("Firm order setup", Users.cedent(), null,
                Slips.slip(Slips.nextUmr(), "setup"));
        drain(50, broker);
        String pid = idOf(broker, created);
        broker.changes().transition(pid, PlacementStatus.SUBMITTED, null);
        broker.changes().requestQuotes(pid, new InquiryRequest(List.of(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE),
                Instant.now().plus(14, ChronoUnit.DAYS), "Please quote", null));
        drain(50, broker, chinaRe);
        String quoteId = chinaRe.store().copies().ofType("QUOTE").stream().map(s -> s.value())
                .filter(c -> c.placementId().equals(pid)).map(ServerCopy::entityId).findFirst().orElseThrow();
        chinaRe.changes().submitQuote(quoteId, new QuoteTermsRequest(Money.of("1200000.00", "CNY"), "0.24", "40",
                "As per slip", List.of("Satisfactory survey"), Instant.now().plus(30, ChronoUnit.DAYS)));
        drain(50, chinaRe, broker);
        broker.changes().acceptQuote(pid, quoteId);
        broker.changes().placeFirmOrder(pid, new FirmOrderRequest(UUID.fromString(quoteId), "100",
                List.of(DemoSeed.PUDONG_RE), null));
        drain(50, broker, chinaRe);
        assertThat(broker.store().outbox().unfinished()).as("setup changes all accepted").isEmpty();
        assertThat(chinaRe.store().copies().get("PLACEMENT", pid)).as("the lead sees the placement")
                .hasValueSatisfying(c -> assertThat(c.doc().path("status").asText()).isEqualTo("FIRM_ORDER"));
        return pid;
    }
}
