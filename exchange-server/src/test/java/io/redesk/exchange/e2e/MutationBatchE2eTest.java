package io.redesk.exchange.e2e;

import static io.redesk.exchange.seed.DemoSeed.DONGFANG;
import static io.redesk.exchange.seed.DemoSeed.HUATAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.batch.BatchCall;
import io.redesk.sdk.batch.BatchOutcome;
import io.redesk.sdk.batch.MutationBatch;
import io.redesk.sdk.error.ConflictException;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.error.ValidationException;
import io.redesk.sdk.model.audit.AuditEvent;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.SecurityDetails;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.transport.ApiRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /mutation-batches} through the SDK against the real exchange: every item is applied as
 * its single call would be, once (checked in the audit log), whether the batch is resent, the answer is
 * lost on the way back, or an item is replayed alone; a failed item keeps its outcome and holds back
 * only the later items of its own aggregate.
 */
@ExtendWith(SharedExchange.class)
class MutationBatchE2eTest {

    private static E2eExchange ex;
    private static Workflow flow;

    @BeforeAll
    static void start() {
        ex = SharedExchange.exchange();
        flow = new Workflow(ex);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    /** Audit events on the entity, as the broker sees them. */
    private static List<AuditEvent> audit(UUID entityId) {
        List<AuditEvent> out = new ArrayList<>();
        flow.broker().audit().from(null).forEachRemaining(e -> {
            if (entityId.toString().equals(e.entityId())) {
                out.add(e);
            }
        });
        return out;
    }

    private static Slip slip(String umr) {
        return Slips.aviation(umr, "100");
    }

    @Test
    void itemsOfSeveralAggregatesAreAppliedOnceAndAResentBatchOrASingleCallReplaysThem() {
        ExchangeClient broker = flow.broker();
        Placement p1 = flow.draft("100");
        Placement p2 = flow.draft("100");
        String k1 = key();
        String k2 = key();
        String k3 = key();
        Slip edited = slip(p1.umr());
        String newUmr = Slips.freshUmr();

        MutationBatch b = broker.batches().newBatch();
        BatchCall<Placement> edit = b.putSlip(k1, "PLACEMENT:" + p1.id(), p1.id(), edited, p1.version());
        BatchCall<Placement> submit = b.transition(k2, "PLACEMENT:" + p2.id(), p2.id(), PlacementStatus.SUBMITTED, null,
                p2.version());
        BatchCall<Placement> create = b.createPlacement(k3, "PLACEMENT:new", new PlacementCreateRequest(
                "Eastern Airlines fleet 2027", DONGFANG, HUATAI, slip(newUmr)));
        BatchOutcome first = broker.batches().send(b);

        Placement editedP1 = first.result(edit);
        assertThat(editedP1.version()).isEqualTo(p1.version() + 1);
        assertThat(first.result(submit).status()).isEqualTo(PlacementStatus.SUBMITTED);
        Placement created = first.result(create);
        assertThat(created.umr()).isEqualTo(newUmr);
        assertThat(first.replayed(edit)).isFalse();
        assertThat(broker.placements().get(p2.id()).status()).isEqualTo(PlacementStatus.SUBMITTED);
        int p1Events = audit(p1.id()).size();
        int p2Events = audit(p2.id()).size();
        assertThat(audit(created.id())).hasSize(1);

        MutationBatch again = broker.batches().newBatch();
        BatchCall<Placement> edit2 = again.putSlip(k1, "PLACEMENT:" + p1.id(), p1.id(), edited, p1.version());
        BatchCall<Placement> submit2 = again.transition(k2, "PLACEMENT:" + p2.id(), p2.id(), PlacementStatus.SUBMITTED,
                null, p2.version());
        BatchCall<Placement> create2 = again.createPlacement(k3, "PLACEMENT:new", new PlacementCreateRequest(
                "Eastern Airlines fleet 2027", DONGFANG, HUATAI, slip(newUmr)));
        BatchOutcome second = broker.batches().send(again);

        assertThat(second.replayed(edit2)).isTrue();
        assertThat(second.replayed(submit2)).isTrue();
        assertThat(second.result(edit2).version()).isEqualTo(editedP1.version());
        assertThat(second.result(create2).id()).isEqualTo(created.id());
        // the same key sent alone, as the single endpoint, gets the batch item's first outcome
        Placement single = broker.placements().with(RequestOptions.idempotencyKey(k1)).putSlip(p1.id(), edited, p1.version());
        assertThat(single.version()).isEqualTo(editedP1.version());
        assertThat(audit(p1.id())).hasSize(p1Events);
        assertThat(audit(p2.id())).hasSize(p2Events);
        assertThat(audit(created.id())).hasSize(1);
        assertThat(broker.placements().listAll(null).filter(p -> p.umr().equals(newUmr)).count()).isEqualTo(1);
    }

    @Test
    void aSingleCallsOutcomeIsReplayedWhenItsKeyComesAgainInABatch() {
        ExchangeClient broker = flow.broker();
        Placement p = flow.draft("100");
        String k = key();
        Placement submitted = broker.placements().with(RequestOptions.idempotencyKey(k))
                .transition(p.id(), PlacementStatus.SUBMITTED, null, p.version());
        int events = audit(p.id()).size();

        MutationBatch b = broker.batches().newBatch();
        BatchCall<Placement> same = b.transition(k, "PLACEMENT:" + p.id(), p.id(), PlacementStatus.SUBMITTED, null,
                p.version());
        BatchOutcome out = broker.batches().send(b);

        assertThat(out.replayed(same)).isTrue();
        assertThat(out.result(same).version()).isEqualTo(submitted.version());
        assertThat(audit(p.id())).hasSize(events);
    }

    @Test
    void aFailedItemKeepsItsOutcomeAndHoldsBackOnlyItsOwnAggregate() {
        ExchangeClient broker = flow.broker();
        Placement p1 = flow.draft("100");
        Placement p2 = flow.draft("100");
        Placement p3 = flow.draft("100");
        Slip invalid = new Slip(p3.umr(), p3.slip().contractKind(), p3.slip().riskDetails(), p3.slip().information(),
                new SecurityDetails("12.34567", "Percentage of the order", "Signed down proportionally"),
                p3.slip().subscriptionAgreement(), p3.slip().fiscalRegulatory(), p3.slip().brokerRemuneration());
        String stale = key();
        String held = key();
        String fine = key();
        String bad = key();
        String illegal = key();

        MutationBatch b = broker.batches().newBatch();
        BatchCall<Placement> staleEdit = b.transition(stale, "PLACEMENT:" + p1.id(), p1.id(), PlacementStatus.SUBMITTED,
                null, p1.version() + 5);
        BatchCall<Placement> heldBack = b.putSlip(held, "PLACEMENT:" + p1.id(), p1.id(), slip(p1.umr()), p1.version());
        BatchCall<Placement> ok = b.transition(fine, "PLACEMENT:" + p2.id(), p2.id(), PlacementStatus.SUBMITTED, null,
                p2.version());
        BatchCall<Placement> invalidSlip = b.putSlip(bad, "PLACEMENT:" + p3.id(), p3.id(), invalid, p3.version());
        BatchCall<Placement> illegalMove = b.transition(illegal, "PLACEMENT:x" + p2.id(), p2.id(), PlacementStatus.BOUND,
                null, p2.version() + 1);
        BatchOutcome out = broker.batches().send(b);

        assertThatThrownBy(() -> out.result(staleEdit)).isInstanceOfSatisfying(PreconditionFailedException.class,
                e -> assertThat(e.currentVersion()).contains(String.valueOf(p1.version())));
        assertThat(out.skipped(heldBack)).isTrue();
        assertThat(out.result(ok).status()).isEqualTo(PlacementStatus.SUBMITTED);
        assertThatThrownBy(() -> out.result(invalidSlip)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).contains("securityDetails.orderShare"));
        assertThatThrownBy(() -> out.result(illegalMove)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
        assertThat(broker.placements().get(p1.id()).version()).isEqualTo(p1.version());
        assertThat(broker.placements().get(p3.id()).version()).isEqualTo(p3.version());

        // the failures are the keys' outcomes: sent again alone they are replayed, not re-judged
        assertThatThrownBy(() -> broker.placements().with(RequestOptions.idempotencyKey(bad)).putSlip(p3.id(), invalid,
                p3.version())).isInstanceOf(ValidationException.class);
        // the held-back item was not stored: sent again it is applied
        MutationBatch later = broker.batches().newBatch();
        BatchCall<Placement> resent = later.putSlip(held, "PLACEMENT:" + p1.id(), p1.id(), slip(p1.umr()), p1.version());
        BatchOutcome applied = broker.batches().send(later);
        assertThat(applied.replayed(resent)).isFalse();
        assertThat(applied.result(resent).version()).isEqualTo(p1.version() + 1);
    }

    @Test
    void aBatchWhoseAnswerIsLostIsResentAndAppliedOnce() {
        AtomicInteger drops = new AtomicInteger(1);
        Interceptor dropFirstAnswer = chain -> {
            Response response = chain.proceed(chain.request());
            if (chain.request().url().encodedPath().equals("/mutation-batches") && drops.getAndDecrement() > 0) {
                response.close();
                throw new IOException("simulated connection reset after the exchange applied the batch");
            }
            return response;
        };
        try (ExchangeClient c = ExchangeClient.create(ex.options().addInterceptor(dropFirstAnswer).build())) {
            c.auth().login(Workflow.BROKER, DemoSeed.PASSWORD);
            List<Placement> drafts = IntStream.range(0, 3).mapToObj(i -> flow.draft("100")).toList();
            MutationBatch b = c.batches().newBatch();
            List<BatchCall<Placement>> calls = new ArrayList<>();
            for (Placement d : drafts) {
                calls.add(b.transition(key(), "PLACEMENT:" + d.id(), d.id(), PlacementStatus.SUBMITTED, null, d.version()));
            }
            BatchOutcome out = c.batches().send(b);

            assertThat(drops.get()).isNegative(); // the first answer was dropped, the batch sent again
            for (int i = 0; i < drafts.size(); i++) {
                assertThat(out.replayed(calls.get(i))).isTrue();
                assertThat(out.result(calls.get(i)).version()).isEqualTo(drafts.get(i).version() + 1);
                assertThat(audit(drafts.get(i).id()).stream().filter(e -> e.action() != null
                        && e.action().contains("SUBMITTED")).count()).as("submitted once").isEqualTo(1);
            }
        }
    }

    @Test
    void aMalformedBatchIsRefusedWholeBeforeAnythingIsApplied() {
        ExchangeClient broker = flow.broker();
        Placement p = flow.draft("100");
        Map<String, Object> submit = Map.of("id", "dup-" + key(), "aggregate", "A", "method", "POST",
                "path", "/placements/" + p.id() + "/transitions", "ifMatch", "\"" + p.version() + "\"",
                "body", Map.of("to", "SUBMITTED"));
        assertThatThrownBy(() -> raw(broker, List.of(submit, submit))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).contains("items[1].id"));
        Map<String, Object> notAMutation = Map.of("id", key(), "aggregate", "A", "method", "POST",
                "path", "/auth/logout");
        assertThatThrownBy(() -> raw(broker, List.of(notAMutation))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).contains("items[0].path"));
        List<Map<String, Object>> tooMany = IntStream.range(0, 101).mapToObj(i -> Map.<String, Object>of("id", "k" + i,
                "aggregate", "A", "method", "POST", "path", "/placements/" + p.id() + "/transitions")).toList();
        assertThatThrownBy(() -> raw(broker, tooMany)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).contains("items"));
        List<Map<String, Object>> tooBig = IntStream.range(0, 40).mapToObj(i -> Map.<String, Object>of("id", "k" + i,
                "aggregate", "A", "method", "POST", "path", "/quotes/" + p.id() + "/decline",
                "body", Map.of("reason", "x".repeat(8_000)))).toList();
        assertThatThrownBy(() -> raw(broker, tooBig)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.status()).isEqualTo(413));
        assertThat(broker.placements().get(p.id()).version()).isEqualTo(p.version());
    }

    private static JsonNode raw(ExchangeClient c, List<Map<String, Object>> items) {
        return c.transport().execute(ApiRequest.post("mutation-batches").body(Map.of("items", items)).build(),
                JsonNode.class).body();
    }
}
