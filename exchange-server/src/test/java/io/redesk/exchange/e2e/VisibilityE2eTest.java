package io.redesk.exchange.e2e;

import static io.redesk.exchange.seed.DemoSeed.CHINA_RE;
import static io.redesk.exchange.seed.DemoSeed.DONGFANG;
import static io.redesk.exchange.seed.DemoSeed.HUATAI;
import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static io.redesk.exchange.seed.DemoSeed.THAMES_RE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.ForbiddenException;
import io.redesk.sdk.error.NotFoundException;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangeEntityType;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineAmendRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.sdk.model.security.Rating;
import io.redesk.sdk.model.security.RatingAgency;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DESIGN.md §3 through every endpoint and the change feed: a quote exists only for the placing side
 * and the quoting reinsurer; a reinsurer sees only its own line; an uninvited organisation does not
 * see the placement at all (404, never 403); roles limit what a visible caller may do (403).
 */
@ExtendWith(SharedExchange.class)
class VisibilityE2eTest {

    private static E2eExchange ex;
    private static Workflow flow;
    /** A placement in SUBSCRIBING: China Re leads (quote accepted), Pudong quoted (not taken up) and follows. */
    private static UUID placementId;
    private static Quote chinaReQuote;
    private static Quote pudongQuote;
    private static Line chinaReLine;
    private static Line pudongLine;

    @BeforeAll
    static void start() {
        ex = SharedExchange.exchange();
        flow = new Workflow(ex);
        Placement p = flow.submitted("100");
        placementId = p.id();
        flow.inquiry(p, List.of(CHINA_RE, PUDONG_RE));
        chinaReQuote = flow.quote("uw.chinare", placementId, "9000000.00", "60");
        pudongQuote = flow.quote("uw.pudong", placementId, "9100000.00", "40");
        ExchangeClient broker = flow.broker();
        broker.quotes().accept(chinaReQuote.id(), broker.quotes().get(chinaReQuote.id()).version());
        flow.firmOrder(placementId, chinaReQuote.id(), "100", List.of(PUDONG_RE));
        chinaReLine = flow.write("uw.chinare", placementId, "60", false);
        pudongLine = flow.write("uw.pudong", placementId, "40", false);
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ForbiddenException.class);
    }

    private static List<Change> feed(String user) {
        List<Change> all = new ArrayList<>();
        ex.as(user).changes().from(null).forEachRemaining(all::add);
        return all;
    }

    @Test
    void aReinsurerNeverSeesACompetitorsQuoteThroughAnyEndpoint() {
        ExchangeClient pudong = ex.as("uw.pudong");
        assertNotFound(() -> pudong.quotes().get(chinaReQuote.id()));
        assertThat(pudong.quotes().allForPlacement(placementId).map(Quote::id)).containsExactly(pudongQuote.id());
        assertThat(pudong.quotes().listAll(null).map(Quote::id)).doesNotContain(chinaReQuote.id())
                .contains(pudongQuote.id());
        assertThat(pudong.quotes().listAll(null).map(Quote::reinsurerId)).containsOnly(PUDONG_RE);
        // nor can it act on it
        assertNotFound(() -> pudong.quotes().prepare(chinaReQuote.id(), 1));
        assertNotFound(() -> pudong.quotes().decline(chinaReQuote.id(), "x", 1));
    }

    @Test
    void aReinsurerNeverSeesACompetitorsQuoteThroughTheChangeFeed() {
        List<Change> changes = feed("uw.pudong");
        assertThat(changes).isNotEmpty();
        assertThat(changes).filteredOn(c -> c.entityType() == ChangeEntityType.QUOTE)
                .allSatisfy(c -> {
                    assertThat(c.entityId()).isNotEqualTo(chinaReQuote.id());
                    assertThat(c.quote() == null ? PUDONG_RE : c.quote().reinsurerId()).isEqualTo(PUDONG_RE);
                });
        assertThat(changes).extracting(Change::quote).filteredOn(Objects::nonNull)
                .extracting(Quote::id).doesNotContain(chinaReQuote.id());
        assertThat(changes).extracting(Change::line).filteredOn(Objects::nonNull)
                .extracting(Line::reinsurerId).containsOnly(PUDONG_RE);
        // the winning reinsurer's feed does not carry the loser's quote either
        assertThat(feed("uw.chinare")).extracting(Change::quote).filteredOn(Objects::nonNull)
                .extracting(Quote::reinsurerId).containsOnly(CHINA_RE);
    }

    @Test
    void thePlacingBrokerSeesEveryQuoteAndLine() {
        ExchangeClient broker = flow.broker();
        assertThat(broker.quotes().allForPlacement(placementId).map(Quote::id))
                .containsExactlyInAnyOrder(chinaReQuote.id(), pudongQuote.id());
        assertThat(broker.lines().listAll(placementId).map(Line::id))
                .containsExactlyInAnyOrder(chinaReLine.id(), pudongLine.id());
        assertThat(feed(Workflow.BROKER)).extracting(Change::quote).filteredOn(Objects::nonNull)
                .extracting(Quote::id).contains(chinaReQuote.id(), pudongQuote.id());
    }

    @Test
    void aReinsurerSeesOnlyItsOwnLine() {
        ExchangeClient pudong = ex.as("uw.pudong");
        assertThat(pudong.lines().listAll(placementId).map(Line::id)).containsExactly(pudongLine.id());
        assertNotFound(() -> pudong.lines().get(chinaReLine.id()));
        assertNotFound(() -> pudong.lines().amend(chinaReLine.id(), new LineAmendRequest("10", false, null), 1));
        assertNotFound(() -> pudong.lines().withdraw(chinaReLine.id(), "x", 1));
    }

    @Test
    void anInvitedFollowerSeesTheLeadTermsButTheUninvitedSeeNothing() {
        assertThat(ex.as("uw.pudong").placements().get(placementId).firmOrder()).isNotNull();
        for (String outsider : List.of("uw.thames", "uw.minor", "broker.bob", "sgcedent.broker", "uw.pool")) {
            ExchangeClient c = ex.as(outsider);
            assertNotFound(() -> c.placements().get(placementId));
            assertNotFound(() -> c.quotes().get(chinaReQuote.id()));
            assertNotFound(() -> c.quotes().allForPlacement(placementId).toList());
            assertNotFound(() -> c.lines().get(pudongLine.id()));
            assertNotFound(() -> c.lines().listAll(placementId).toList());
            assertNotFound(() -> c.signing().preview(placementId));
            assertNotFound(() -> c.placements().slipVersions(placementId, null, null));
            assertNotFound(() -> c.placements().slipVersion(placementId, 1));
            assertNotFound(() -> c.placements().endorsements(placementId, null, null));
            assertNotFound(() -> c.registration().receipt(placementId));
            assertThat(c.placements().listAll(null).map(Placement::id)).doesNotContain(placementId);
            assertThat(feed(outsider)).extracting(Change::placementId).doesNotContain(placementId);
        }
    }

    @Test
    void anUninvitedReinsurerCannotWriteALine() {
        assertNotFound(() -> ex.as("uw.thames").lines().write(placementId,
                new LineWriteRequest("10", false, null, null, null)));
    }

    @Test
    void theExchangeOperatorSeesPlacementsAndLinesButNoQuotes() {
        ExchangeClient ops = ex.as("ops.admin");
        assertThat(ops.placements().get(placementId).id()).isEqualTo(placementId);
        assertNotFound(() -> ops.quotes().get(chinaReQuote.id()));
        assertThat(ops.quotes().listAll(null).map(Quote::placementId)).doesNotContain(placementId);
        assertThat(feed("ops.admin")).extracting(Change::quote).filteredOn(Objects::nonNull)
                .extracting(Quote::placementId).doesNotContain(placementId);
    }

    @Test
    void theCedentOfThePlacementSeesItsQuotes() {
        ExchangeClient cedent = ex.as("cedent.broker");
        assertThat(cedent.placements().get(placementId).cedentId()).isEqualTo(DONGFANG);
        assertThat(cedent.quotes().allForPlacement(placementId).map(Quote::id))
                .contains(chinaReQuote.id(), pudongQuote.id());
    }

    @Test
    void rolesLimitWhatAVisibleCallerMayDo() {
        // an underwriter may not create placements
        assertForbidden(() -> ex.as("uw.chinare").placements().create(new PlacementCreateRequest("x", DONGFANG,
                HUATAI, Slips.aviation("100"))));
        // finance may not write lines or quote
        ExchangeClient finance = ex.as("chinare.finance");
        Quote own = finance.quotes().get(chinaReQuote.id());
        assertForbidden(() -> finance.quotes().submit(own.id(), new QuoteTermsRequest(Money.of("1.00", "CNY"), null,
                "10", null, null, Instant.now().plus(1, ChronoUnit.DAYS)), own.version()));
        // the broker may not quote for a reinsurer
        ExchangeClient broker = flow.broker();
        Quote seen = broker.quotes().get(pudongQuote.id());
        assertForbidden(() -> broker.quotes().prepare(seen.id(), seen.version()));
        // the placing side may not write a line
        assertForbidden(() -> broker.lines().write(placementId, new LineWriteRequest("10", false, null, null, null)));
        // only the exchange rates reinsurers
        assertForbidden(() -> broker.reinsurers().putRating(THAMES_RE, new Rating(RatingAgency.SP, "AAA", null)));
        assertForbidden(() -> ex.as("uw.chinare").reinsurers().putRating(CHINA_RE,
                new Rating(RatingAgency.SP, "AAA", null)));
        // a broker of another firm may not act on the placement (it does not see it)
        assertNotFound(() -> ex.as("broker.bob").placements().transition(placementId, PlacementStatus.CANCELLED,
                "x", 1));
    }
}
