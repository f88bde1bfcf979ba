package io.redesk.exchange.e2e;

import static io.redesk.exchange.seed.DemoSeed.DONGFANG;
import static io.redesk.exchange.seed.DemoSeed.HUATAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.AuthenticationException;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.error.RateLimitedException;
import io.redesk.sdk.error.ValidationException;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.security.Rating;
import io.redesk.sdk.model.security.RatingAgency;
import io.redesk.sdk.model.security.SecurityPolicyRequest;
import io.redesk.sdk.transport.ApiRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Protocol rules of the contract as the SDK surfaces them: 428, 413 and login throttling (429). */
@ExtendWith(SharedExchange.class)
class ProtocolE2eTest {

    private static E2eExchange ex;

    @BeforeAll
    static void start() {
        ex = SharedExchange.exchange();
    }

    @Test
    void anUpdateWithoutIfMatchIsRefusedAsPreconditionRequired() {
        ExchangeClient admin = ex.as("cedent.admin");
        long before = admin.securityPolicy().get().version();
        assertThatThrownBy(() -> admin.transport().execute(ApiRequest.put("security-policy")
                .body(new SecurityPolicyRequest(new Rating(RatingAgency.SP, "A", null), true)).build(), JsonNode.class))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
                    assertThat(e.status()).isEqualTo(428);
                    assertThat(e.code()).isEqualTo("PRECONDITION_REQUIRED");
                });
        assertThat(admin.securityPolicy().get().version()).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIsRefusedAndNotRetried() {
        Slip big = Slips.aviation("100");
        Slip huge = new Slip(big.umr(), big.contractKind(), big.riskDetails(), "x".repeat(300 * 1024),
                big.securityDetails(), big.subscriptionAgreement(), big.fiscalRegulatory(), big.brokerRemuneration());
        int before = ex.contract.checked().size();
        assertThatThrownBy(() -> ex.as(Workflow.BROKER).placements().create(new PlacementCreateRequest("Huge",
                DONGFANG, HUATAI, huge))).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.code()).isEqualTo("PAYLOAD_TOO_LARGE");
                });
        assertThat(ex.contract.checked().size() - before).isEqualTo(1);
    }

    @Test
    void repeatedWrongPasswordsAreThrottledWithRetryAfter() {
        try (ExchangeClient c = ex.anonymous()) {
            RuntimeException last = null;
            for (int i = 0; i < 10 && !(last instanceof RateLimitedException); i++) {
                try {
                    c.auth().login("broker.finance", "not-the-password-" + i);
                } catch (AuthenticationException | RateLimitedException e) {
                    last = e;
                }
            }
            assertThat(last).isInstanceOfSatisfying(RateLimitedException.class, e -> {
                assertThat(e.code()).isEqualTo("RATE_LIMITED");
                assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isPositive());
            });
            // even the right password waits for the window: the throttle is per user name
            assertThatThrownBy(() -> c.auth().login("broker.finance", DemoSeed.PASSWORD))
                    .isInstanceOf(RateLimitedException.class);
        }
    }
}
