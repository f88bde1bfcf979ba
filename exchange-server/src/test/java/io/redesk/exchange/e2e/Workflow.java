package io.redesk.exchange.e2e;

import static io.redesk.exchange.seed.DemoSeed.DONGFANG;
import static io.redesk.exchange.seed.DemoSeed.HUATAI;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Inquiry;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Steps of the placement workflow through the SDK, as the demo users, for tests that need a stage. */
final class Workflow {

    static final String BROKER = "broker.alice";

    private final E2eExchange ex;

    Workflow(E2eExchange ex) {
        this.ex = ex;
    }

    ExchangeClient broker() {
        return ex.as(BROKER);
    }

    /** A new DRAFT placement by Huatai for Dongfang. */
    Placement draft(String orderShare) {
        return broker().placements().create(new PlacementCreateRequest("Eastern Airlines fleet 2027", DONGFANG, HUATAI,
                Slips.aviation(orderShare)));
    }

    Placement submitted(String orderShare) {
        return submitted(Slips.aviation(orderShare));
    }

    /** A new placement by Huatai for Dongfang on {@code slip}, submitted. */
    Placement submitted(io.redesk.sdk.model.placement.Slip slip) {
        Placement p = broker().placements().create(new PlacementCreateRequest("Eastern Airlines fleet 2027", DONGFANG, HUATAI, slip));
        return broker().placements().transition(p.id(), PlacementStatus.SUBMITTED, null, p.version());
    }

    Inquiry inquiry(Placement submitted, List<UUID> reinsurers) {
        return broker().inquiries().create(submitted.id(), new InquiryRequest(reinsurers,
                Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS), "Please quote by next week",
                null));
    }

    /** The quote of {@code underwriter}'s organisation on the placement, as that underwriter sees it. */
    Quote ownQuote(String underwriter, UUID placementId) {
        List<Quote> own = ex.as(underwriter).quotes().allForPlacement(placementId).toList();
        if (own.size() != 1) {
            throw new AssertionError(underwriter + " should see exactly its own quote, saw " + own.size());
        }
        return own.get(0);
    }

    Quote quote(String underwriter, UUID placementId, String premium, String capacity) {
        Quote q = ownQuote(underwriter, placementId);
        ExchangeClient uw = ex.as(underwriter);
        Quote preparing = uw.quotes().prepare(q.id(), q.version());
        return uw.quotes().submit(q.id(), new QuoteTermsRequest(Money.of(premium, "CNY"), "2.5", capacity,
                "As expiring", List.of("Fleet survey"), Instant.now().plus(30, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.MILLIS)), preparing.version());
    }

    Quote decline(String underwriter, UUID placementId, String reason) {
        Quote q = ownQuote(underwriter, placementId);
        return ex.as(underwriter).quotes().decline(q.id(), reason, q.version());
    }

    Placement firmOrder(UUID placementId, UUID quoteId, String orderShare, List<UUID> followers) {
        Placement p = broker().placements().get(placementId);
        return broker().placements().placeFirmOrder(placementId, new FirmOrderRequest(quoteId, orderShare, followers,
                null), p.version());
    }

    Line write(String underwriter, UUID placementId, String share, boolean toStand) {
        return ex.as(underwriter).lines().write(placementId, new LineWriteRequest(share, toStand, null,
                underwriter.toUpperCase() + "-REF", null));
    }
}
