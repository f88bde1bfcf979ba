package io.redesk.exchange.e2e;

import static io.redesk.exchange.seed.DemoSeed.DONGFANG;
import static io.redesk.exchange.seed.DemoSeed.HUATAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.error.ValidationException;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One logical request is applied once by the real exchange, however the network fails between them:
 * the SDK's retry carries the same idempotency key and the exchange replays the first outcome. And an
 * expired access token is refreshed transparently.
 */
@ExtendWith(SharedExchange.class)
class ResilienceE2eTest {

    private static MutableClock serverClock;
    private static E2eExchange ex;

    @BeforeAll
    static void start() {
        ex = SharedExchange.exchange();
        serverClock = SharedExchange.clock();
    }

    /** Lets the first {@code drops} attempts reach the exchange, then loses their responses. */
    private static final class DropResponses implements Interceptor {
        final AtomicInteger remaining;
        final List<String> keys = new CopyOnWriteArrayList<>();

        DropResponses(int drops) {
            this.remaining = new AtomicInteger(drops);
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            keys.add(String.valueOf(chain.request().header("Idempotency-Key")));
            Response response = chain.proceed(chain.request());
            if (remaining.getAndDecrement() > 0) {
                response.close();
                throw new IOException("simulated connection reset after the exchange applied the request");
            }
            return response;
        }
    }

    private ExchangeClient signedIn(Interceptor fault) {
        ExchangeClient c = ExchangeClient.create(ex.options().addInterceptor(fault).build());
        c.auth().login("broker.alice", DemoSeed.PASSWORD);
        return c;
    }

    private static long placementsWithUmr(ExchangeClient c, String umr) {
        return c.placements().listAll(null).filter(p -> p.umr().equals(umr)).count();
    }

    @Test
    void aResponseLostTwiceStillCreatesThePlacementOnce() {
        DropResponses fault = new DropResponses(0);
        try (ExchangeClient c = signedIn(fault)) {
            fault.keys.clear();
            fault.remaining.set(2);
            String umr = Slips.freshUmr();
            Placement p = c.placements().create(new PlacementCreateRequest("Lost responses", DONGFANG, HUATAI,
                    Slips.aviation(umr, "100")));
            assertThat(p.umr()).isEqualTo(umr);
            assertThat(fault.keys).hasSize(3).containsOnly(fault.keys.get(0));
            assertThat(placementsWithUmr(c, umr)).isEqualTo(1);
        }
    }

    @Test
    void aLostTransitionResponseIsNotAppliedTwice() {
        DropResponses fault = new DropResponses(0);
        try (ExchangeClient c = signedIn(fault)) {
            Placement draft = c.placements().create(new PlacementCreateRequest("Transition", DONGFANG, HUATAI,
                    Slips.aviation("100")));
            fault.remaining.set(1);
            // without idempotency the replayed If-Match would now be stale (412); the exchange replays instead
            Placement submitted = c.placements().transition(draft.id(), PlacementStatus.SUBMITTED, null,
                    draft.version());
            assertThat(submitted.status()).isEqualTo(PlacementStatus.SUBMITTED);
            assertThat(c.placements().get(draft.id()).version()).isEqualTo(submitted.version());
        }
    }

    @Test
    void theSameKeyReplaysTheFirstOutcome() {
        ExchangeClient broker = ex.as("broker.alice");
        String key = "outbox-" + UUID.randomUUID();
        PlacementCreateRequest request = new PlacementCreateRequest("Outbox", DONGFANG, HUATAI, Slips.aviation("100"));
        Placement first = broker.placements().with(RequestOptions.idempotencyKey(key)).create(request);
        Placement again = broker.placements().with(RequestOptions.idempotencyKey(key)).create(request);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(placementsWithUmr(broker, request.slip().umr())).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefused() {
        ExchangeClient broker = ex.as("broker.alice");
        String key = "outbox-" + UUID.randomUUID();
        broker.placements().with(RequestOptions.idempotencyKey(key))
                .create(new PlacementCreateRequest("One", DONGFANG, HUATAI, Slips.aviation("100")));
        assertThatThrownBy(() -> broker.placements().with(RequestOptions.idempotencyKey(key))
                .create(new PlacementCreateRequest("Other", DONGFANG, HUATAI, Slips.aviation("100"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnceAndTheCallSucceeds() {
        try (ExchangeClient c = ExchangeClient.create(ex.options().build())) {
            var before = c.auth().login("uw.chinare", DemoSeed.PASSWORD);
            serverClock.advance(SharedExchange.ACCESS_TOKEN_TTL.plusMinutes(1)); // the client's clock still says valid: only the 401 tells
            assertThat(c.users().me().user().username()).isEqualTo("uw.chinare");
            assertThat(c.auth().current()).get().extracting(t -> t.accessToken()).isNotEqualTo(before.accessToken());
        }
    }

}
