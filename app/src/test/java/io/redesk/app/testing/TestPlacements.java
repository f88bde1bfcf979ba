package io.redesk.app.testing;

import io.redesk.app.session.DemoExchange;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.BrokerRemuneration;
import io.redesk.sdk.model.placement.ContractKind;
import io.redesk.sdk.model.placement.FiscalRegulatory;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.RiskDetails;
import io.redesk.sdk.model.placement.SecurityDetails;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.SubscriptionAgreement;
import io.redesk.sdk.model.quote.Inquiry;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.sdk.model.signing.SigningResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts fresh placements on the shared test exchange through the SDK, as the broker and the other
 * reinsurers would: each test gets its own placement, with a unique UMR, in the state it needs.
 */
public final class TestPlacements {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 900));

    private TestPlacements() {
    }

    /** A client signed in as demo {@code user}. */
    public static ExchangeClient as(String user) {
        ExchangeClient client = ExchangeClient.create(ExchangeClientOptions.builder()
                .baseUrl(TestExchange.get().baseUrl()).build());
        client.auth().login(user, DemoExchange.password());
        return client;
    }

    /** A unique UMR of the exchange's form. */
    public static String umr() {
        return String.format("B0999UW2027%03d", SEQ.incrementAndGet() % 1000);
    }

    /** An aviation slip with every MRC section filled. */
    public static Slip slip(String umr) {
        RiskDetails risk = new RiskDetails("Aviation hull", "Dongfang Property & Casualty", "Eastern Sky Airlines",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "Asia/Shanghai", "Hull all risks of 12 aircraft",
                Money.of("300000000.00", "CNY"), null, null, Money.of("10000000.00", "CNY"), null, "Worldwide",
                List.of("Claims cooperation clause"), List.of("War and allied perils"), "PRC law", "Shanghai courts",
                Money.of("800000.00", "CNY"), "Quarterly in arrears", "None", List.of("Survey report"));
        return new Slip(umr, ContractKind.FAC_PROPORTIONAL, risk, "Loss record attached.",
                new SecurityDetails("100", "Percentage of the order", "Signed lines per the signing-down rule"),
                new SubscriptionAgreement("Lead", "Lead and followers", "Lead only"),
                new FiscalRegulatory("VAT as applicable", "CN", "Aviation"), new BrokerRemuneration("2.5", null));
    }

    /** A placement of broker.alice in inquiry, quote requested of {@code reinsurers}. Returns the placement id. */
    public static UUID inInquiry(ExchangeClient broker, String title, List<UUID> reinsurers) {
        String umr = umr();
        Placement p = broker.placements().create(new PlacementCreateRequest(title, DemoSeed.DONGFANG, null, slip(umr)));
        p = broker.placements().transition(p.id(), PlacementStatus.SUBMITTED, null, p.version());
        broker.inquiries().create(p.id(), new InquiryRequest(reinsurers, Instant.now().plus(7, ChronoUnit.DAYS),
                "Please quote", null));
        return p.id();
    }

    /** {@code user}'s open quote on {@code placementId}. */
    public static Quote quoteOf(ExchangeClient reinsurer, UUID placementId) {
        return reinsurer.quotes().allForPlacement(placementId).findFirst().orElseThrow();
    }

    /** {@code reinsurer} quotes {@code premium} for 50% capacity. */
    public static Quote quote(ExchangeClient reinsurer, UUID placementId, String premium, String conditions) {
        Quote q = quoteOf(reinsurer, placementId);
        return reinsurer.quotes().submit(q.id(), new QuoteTermsRequest(Money.of(premium, "CNY"), null, "50",
                conditions, List.of(), Instant.now().plus(20, ChronoUnit.DAYS)), q.version());
    }

    /** The broker accepts {@code leadQuote} and places the firm order (100%) with {@code followers}. */
    public static void firmOrder(ExchangeClient broker, UUID placementId, Quote leadQuote, List<UUID> followers) {
        Quote q = broker.quotes().get(leadQuote.id());
        broker.quotes().accept(q.id(), q.version());
        Placement p = broker.placements().get(placementId);
        broker.placements().placeFirmOrder(placementId, new FirmOrderRequest(q.id(), "100", followers, null), p.version());
    }

    /** {@code reinsurer} writes a line. */
    public static void writeLine(ExchangeClient reinsurer, UUID placementId, String share, boolean toStand) {
        reinsurer.lines().write(placementId, new LineWriteRequest(share, toStand, "Own conditions " + share, null, null));
    }

    /** The broker closes and signs the placement. */
    public static SigningResult close(ExchangeClient broker, UUID placementId) {
        Placement p = broker.placements().get(placementId);
        return broker.signing().close(placementId, null, p.version());
    }
}
