package io.redesk.exchange.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.seed.SeedClient;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inquiry's deadline and message are kept on each quote request and shown to both sides; a quote after
 * the deadline is refused; a quote past its validity reads EXPIRED for the reinsurer and the broker and can
 * no longer be accepted. An exchange of its own, on a clock the test moves.
 */
class QuoteClocksE2eTest {
    private static final String BROKER = "broker.alice";
    private static MutableClock clock;
    private static E2eExchange ex;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        ex = E2eExchange.start(b -> b.clock(clock).tokenLifetimes(Duration.ofDays(2), Duration.ofDays(3)));
        api = new ApiClient(ex.server.baseUri());
    }

    @AfterAll
    static void stop() {
        ex.close();
    }

    private static UUID quoteOf(ApiClient.Reply inquiry, UUID reinsurer) {
        for (var q : inquiry.json().get("quotes")) {
            if (q.get("reinsurerId").asText().equals(reinsurer.toString())) {
                return UUID.fromString(q.get("id").asText());
            }
        }
        throw new AssertionError("no quote for " + reinsurer);
    }

    @Test
    void theDeadlineAndMessageAreKeptAndEnforcedAndAQuotePastItsValidityExpires() {
        UUID id = new DemoPlacements(new SeedClient(ex.server.baseUri(), null)).drive(Fixtures.umr(), "Clocks", PlacementStatus.SUBMITTED).id();
        Instant deadline = clock.instant().plus(1, ChronoUnit.HOURS);
        ApiClient.Reply inquiry = api.post(BROKER, "/placements/" + id + "/inquiries",
                new InquiryRequest(List.of(DemoSeed.CHINA_RE, DemoSeed.JINQIAO_RE), deadline, "Please quote by the deadline; survey attached.", null));
        assertThat(inquiry.status()).as(inquiry.text()).isEqualTo(201);
        UUID china = quoteOf(inquiry, DemoSeed.CHINA_RE);
        UUID jinqiao = quoteOf(inquiry, DemoSeed.JINQIAO_RE);

        for (String user : List.of("uw.chinare", BROKER)) {
            ApiClient.Reply q = api.get(user, "/quotes/" + china);
            assertThat(Instant.parse(q.json().get("quoteDeadline").asText())).isEqualTo(deadline);
            assertThat(q.json().get("inquiryMessage").asText()).isEqualTo("Please quote by the deadline; survey attached.");
        }

        Instant validUntil = clock.instant().plus(3, ChronoUnit.HOURS);
        ApiClient.Reply quoted = api.post("uw.chinare", "/quotes/" + china + "/quote",
                new QuoteTermsRequest(Money.of("1200000.00", "CNY"), "0.24", "40", null, null, validUntil), "\"1\"");
        assertThat(quoted.status()).as(quoted.text()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(61));
        ApiClient.Reply late = api.post("uw.jinqiao", "/quotes/" + jinqiao + "/quote",
                new QuoteTermsRequest(Money.of("1100000.00", "CNY"), null, "30", null, null, validUntil), "\"1\"");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("QUOTE_DEADLINE_PASSED");
        assertThat(api.get("uw.jinqiao", "/quotes/" + jinqiao).json().get("status").asText()).isEqualTo("REQUESTED");
        assertThat(api.get(BROKER, "/quotes/" + china).json().get("status").asText()).as("still valid").isEqualTo("QUOTED");

        clock.advance(Duration.ofHours(2));
        for (String user : List.of("uw.chinare", BROKER)) {
            assertThat(api.get(user, "/quotes/" + china).json().get("status").asText()).as(user).isEqualTo("EXPIRED");
        }
        assertThat(api.get(BROKER, "/placements/" + id + "/quotes").json().get("items").findValuesAsText("status")).contains("EXPIRED");
        ApiClient.Reply accept = api.post(BROKER, "/quotes/" + china + "/accept", null, quoted.etag());
        assertThat(accept.status()).isEqualTo(422);
        assertThat(accept.code()).isEqualTo("QUOTE_EXPIRED");
    }
}
