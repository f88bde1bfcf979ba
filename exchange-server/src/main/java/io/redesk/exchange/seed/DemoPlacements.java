package io.redesk.exchange.seed;

import static io.redesk.exchange.seed.DemoSeed.CHINA_RE;
import static io.redesk.exchange.seed.DemoSeed.DONGFANG;
import static io.redesk.exchange.seed.DemoSeed.JINQIAO_RE;
import static io.redesk.exchange.seed.DemoSeed.MINOR_RE;
import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static io.redesk.exchange.seed.DemoSeed.THAMES_RE;
import static io.redesk.exchange.seed.DemoSeed.AVIATION_POOL;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.ReasonRequest;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.line.SubjectivityRequest;
import io.redesk.sdk.model.placement.BrokerRemuneration;
import io.redesk.sdk.model.placement.ContractKind;
import io.redesk.sdk.model.placement.FiscalRegulatory;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.RiskDetails;
import io.redesk.sdk.model.placement.SecurityDetails;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.SubscriptionAgreement;
import io.redesk.sdk.model.placement.TransitionRequest;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;
import io.redesk.sdk.model.registration.RegisteredLine;
import io.redesk.sdk.model.security.SecurityOverride;
import io.redesk.sdk.model.signing.SigningCloseRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Drives the demo placements through the API: one placement of Huatai Re Brokers for Dongfang in each
 * workflow state. The story is consistent: a reinsurer that declines a placement's quote (Jinqiao Re,
 * on the aviation placements) is never asked to follow it. The signed ones carry DESIGN.md's worked example: China Re 40% to stand, Pudong 30%,
 * Thames 25%, the aviation pool 25%, signed down by 0.75 to 40 / 22.5 / 18.75 / 18.75.
 */
public final class DemoPlacements {
    private static final String BROKER = "broker.alice";
    private final SeedClient api;

    public DemoPlacements(SeedClient api) {
        this.api = api;
    }

    /** A placement the seed drove, with its id and current ETag. */
    public record Made(UUID id, String etag) {
    }

    public void createAll() {
        int n = 1;
        for (PlacementStatus s : List.of(PlacementStatus.DRAFT, PlacementStatus.SUBMITTED, PlacementStatus.INQUIRY,
                PlacementStatus.FIRM_ORDER, PlacementStatus.SUBSCRIBING, PlacementStatus.SIGNED, PlacementStatus.BOUND,
                PlacementStatus.REGISTERED, PlacementStatus.NOT_TAKEN_UP, PlacementStatus.CANCELLED, PlacementStatus.EXPIRED)) {
            drive(String.format("B0999HT2027%03d", n++), "Demo " + s.name().toLowerCase().replace('_', ' ') + " — aviation fleet", s);
        }
        catXlUnderInquiry("B0999HT2027012");
        cargoTerminalOverSubscribed("B0999HT2027013");
    }

    /**
     * A treaty under inquiry with competing quotes, for the quote board: China Re, Jinqiao Re and Minor
     * Mutual (invited below the policy, with a recorded override) quote different premiums; Pudong Re
     * declines.
     */
    public Made catXlUnderInquiry(String umr) {
        Money premium = Money.of("3000000.00", "CNY");
        RiskDetails risk = new RiskDetails("Property catastrophe", "Dongfang Property & Casualty", null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "Asia/Shanghai",
                "Property portfolio of the cedent in the Yangtze River Delta: typhoon, flood and earthquake",
                Money.of("300000000.00", "CNY"), null, Money.of("100000000.00", "CNY"), null, null, "Shanghai, Jiangsu and Zhejiang",
                List.of("72-hour event clause", "One reinstatement at 100%"), List.of("Nuclear, war and terrorism"),
                "PRC law", "Shanghai courts", premium, "Two instalments: 1 January and 1 July", "None",
                List.of("Exposure data by CRESTA zone"));
        Slip slip = new Slip(umr, ContractKind.CAT_EXCESS_OF_LOSS, risk, "Modelled 1-in-200 loss CNY 380m; no losses to the layer 2019-2026.",
                new SecurityDetails("100", "PERCENTAGE_OF_ORDER", "Signing down pro rata to lines not to stand"),
                new SubscriptionAgreement("China Re Shanghai", "Lead and followers", "LEADER_AND_AGREEMENT_PARTIES"),
                new FiscalRegulatory("VAT as applicable", "CN", "Property catastrophe"), new BrokerRemuneration("10", null));
        JsonNode p = api.post(BROKER, "/placements", new PlacementCreateRequest("Yangtze Delta typhoon cat XL 2027 (300m xs 100m)",
                DONGFANG, null, slip), null).body();
        UUID id = UUID.fromString(p.get("id").asText());
        transition(id, "\"" + p.get("version").asText() + "\"", PlacementStatus.SUBMITTED);
        JsonNode inquiry = api.post(BROKER, "/placements/" + id + "/inquiries", new InquiryRequest(
                List.of(CHINA_RE, JINQIAO_RE, MINOR_RE, PUDONG_RE), Instant.now().plus(10, ChronoUnit.DAYS),
                "Renewal of the 2026 programme; please quote on the attached exposure.",
                List.of(new SecurityOverride(MINOR_RE, "Collateralised cover; trust fund in Shanghai"))), null).body();
        quote("uw.chinare", quoteOf(inquiry, CHINA_RE), "2950000.00", "0.98", "40", "As per slip",
                List.of("Exposure data by CRESTA zone"));
        quote("uw.jinqiao", quoteOf(inquiry, JINQIAO_RE), "3100000.00", "1.03", "30", "Hours clause 96 hours",
                List.of("Loss history 2017-2026"));
        quote("uw.minor", quoteOf(inquiry, MINOR_RE), "2780000.00", "0.93", "15", "Reinstatement at 125%",
                List.of("Trust fund confirmed before inception"));
        api.post("uw.pudong", "/quotes/" + quoteOf(inquiry, PUDONG_RE) + "/decline",
                new ReasonRequest("Catastrophe capacity for the Delta already used"), "\"1\"");
        return new Made(id, currentEtag(id));
    }

    /**
     * A facultative placement with more written than the order, for the lines monitor's signing-down
     * preview: China Re 40% to stand, Pudong 30%, Thames 25%, the aviation pool 25% (DESIGN.md's worked
     * example, signed down by 0.75 when closed). Left open: the broker closes it.
     */
    public Made cargoTerminalOverSubscribed(String umr) {
        Slip base = slip(umr);
        RiskDetails r = base.riskDetails();
        RiskDetails risk = new RiskDetails("Property", r.reinsured(), "Pudong International Airport Cargo Terminal Co.",
                r.periodStart(), r.periodEnd(), r.timeZone(), "Cargo terminal buildings, handling equipment and stock in transit",
                Money.of("2400000000.00", "CNY"), Money.of("2400000000.00", "CNY"), null, null, Money.of("5000000.00", "CNY"),
                "Pudong International Airport", List.of("Sprinkler warranty"), List.of("Flood below ground level"),
                r.choiceOfLaw(), r.jurisdiction(), Money.of("2600000.00", "CNY"), "Quarterly in arrears", "None",
                List.of("Satisfactory survey report"));
        Slip slip = new Slip(umr, ContractKind.FAC_PROPORTIONAL, risk, "Survey 2026 attached; no losses above CNY 1m since 2020.",
                new SecurityDetails("100", "PERCENTAGE_OF_ORDER", "Signed lines per DESIGN signing-down rule"),
                new SubscriptionAgreement("China Re Shanghai", "Lead and followers", "LEADER_ONLY"),
                new FiscalRegulatory("VAT as applicable", "CN", "Property"), new BrokerRemuneration("2.5", null));
        JsonNode p = api.post(BROKER, "/placements", new PlacementCreateRequest("Pudong airport cargo terminal 2027", DONGFANG, null,
                slip), null).body();
        UUID id = UUID.fromString(p.get("id").asText());
        transition(id, "\"" + p.get("version").asText() + "\"", PlacementStatus.SUBMITTED);
        JsonNode inquiry = api.post(BROKER, "/placements/" + id + "/inquiries", new InquiryRequest(
                List.of(CHINA_RE, PUDONG_RE), Instant.now().plus(14, ChronoUnit.DAYS), "Please quote by the deadline.", null), null).body();
        UUID chinaQuote = quoteOf(inquiry, CHINA_RE);
        quote("uw.chinare", chinaQuote, "2600000.00", "0.11", "40", "As per slip; sprinkler warranty", List.of("Satisfactory survey"));
        api.post(BROKER, "/quotes/" + chinaQuote + "/accept", null, api.get(BROKER, "/quotes/" + chinaQuote).etag());
        api.post(BROKER, "/placements/" + id + "/firm-order",
                new FirmOrderRequest(chinaQuote, "100", List.of(PUDONG_RE, THAMES_RE, AVIATION_POOL), null), currentEtag(id));
        writeLine(id, "uw.chinare", "40", true);
        writeLine(id, "uw.pudong", "30", false);
        writeLine(id, "uw.thames", "25", false);
        writeLine(id, "uw.pool", "25", false);
        return new Made(id, currentEtag(id));
    }

    private void quote(String user, UUID quoteId, String premium, String rate, String capacity, String conditions,
                       List<String> subjectivities) {
        api.post(user, "/quotes/" + quoteId + "/quote", new QuoteTermsRequest(Money.of(premium, "CNY"), rate, capacity,
                conditions, subjectivities, Instant.now().plus(30, ChronoUnit.DAYS)), "\"1\"");
    }

    public static Slip slip(String umr) {
        Money premium = Money.of("1200000.00", "CNY");
        RiskDetails risk = new RiskDetails("Aviation hull and liabilities", "Dongfang Property & Casualty", "Eastern Sky Airlines",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "Asia/Shanghai", "Hull all risks and third-party liabilities of 42 aircraft",
                Money.of("500000000.00", "CNY"), null, null, Money.of("20000000.00", "CNY"), null, "Worldwide",
                List.of("Fifty-fifty claims agreement"), List.of("War and allied perils"), "PRC law", "Shanghai courts", premium,
                "Quarterly in arrears", "None", List.of("Satisfactory survey report"));
        return new Slip(umr, ContractKind.FAC_PROPORTIONAL, risk, "Loss record 2022-2026 attached.",
                new SecurityDetails("100", "Percentage of the order", "Signed lines per DESIGN signing-down rule"),
                new SubscriptionAgreement("China Re Shanghai", "Lead and followers", "Lead only"),
                new FiscalRegulatory("VAT as applicable", "CN", "Aviation"),
                new BrokerRemuneration("2.5", null));
    }

    /** Creates a placement and takes it to {@code target}. */
    public Made drive(String umr, String title, PlacementStatus target) {
        JsonNode p = api.post(BROKER, "/placements", new PlacementCreateRequest(title, DONGFANG, null, slip(umr)), null).body();
        UUID id = UUID.fromString(p.get("id").asText());
        String etag = "\"" + p.get("version").asText() + "\"";
        if (target == PlacementStatus.DRAFT) {
            return new Made(id, etag);
        }
        if (target == PlacementStatus.CANCELLED) {
            return new Made(id, transition(id, etag, PlacementStatus.CANCELLED));
        }
        etag = transition(id, etag, PlacementStatus.SUBMITTED);
        if (target == PlacementStatus.SUBMITTED) {
            return new Made(id, etag);
        }
        if (target == PlacementStatus.EXPIRED) {
            return new Made(id, transition(id, etag, PlacementStatus.EXPIRED));
        }
        JsonNode inquiry = api.post(BROKER, "/placements/" + id + "/inquiries", new InquiryRequest(
                List.of(CHINA_RE, PUDONG_RE, JINQIAO_RE, MINOR_RE), Instant.now().plus(14, ChronoUnit.DAYS), "Please quote by the deadline.",
                List.of(new SecurityOverride(MINOR_RE, "Long-standing relationship; collateralised"))), null).body();
        etag = currentEtag(id);
        UUID chinaQuote = quoteOf(inquiry, CHINA_RE);
        api.post("uw.chinare", "/quotes/" + chinaQuote + "/quote", new QuoteTermsRequest(Money.of("1200000.00", "CNY"), "0.24", "40",
                "As per slip; 30 days notice of cancellation", List.of("Satisfactory survey"), Instant.now().plus(30, ChronoUnit.DAYS)), "\"1\"");
        // Jinqiao declines; Pudong, asked to follow at firm order and writing 30% below, never declined
        api.post("uw.jinqiao", "/quotes/" + quoteOf(inquiry, JINQIAO_RE) + "/decline", new ReasonRequest("No aviation capacity this year"), "\"1\"");
        if (target == PlacementStatus.INQUIRY) {
            return new Made(id, etag);
        }
        if (target == PlacementStatus.NOT_TAKEN_UP) {
            return new Made(id, transition(id, etag, PlacementStatus.NOT_TAKEN_UP));
        }
        api.post(BROKER, "/quotes/" + chinaQuote + "/accept", null, api.get(BROKER, "/quotes/" + chinaQuote).etag());
        JsonNode placed = api.post(BROKER, "/placements/" + id + "/firm-order",
                new FirmOrderRequest(chinaQuote, "100", List.of(PUDONG_RE, THAMES_RE, AVIATION_POOL), null), currentEtag(id)).body();
        etag = "\"" + placed.get("version").asText() + "\"";
        if (target == PlacementStatus.FIRM_ORDER) {
            return new Made(id, etag);
        }
        writeLine(id, "uw.chinare", "40", true);
        writeLine(id, "uw.pudong", "30", false);
        if (target == PlacementStatus.SUBSCRIBING) {
            return new Made(id, currentEtag(id));
        }
        writeLine(id, "uw.thames", "25", false);
        writeLine(id, "uw.pool", "25", false);
        JsonNode signing = api.post(BROKER, "/placements/" + id + "/signing/close", new SigningCloseRequest(null), currentEtag(id)).body();
        if (target == PlacementStatus.SIGNED) {
            return new Made(id, currentEtag(id));
        }
        etag = transition(id, currentEtag(id), PlacementStatus.BOUND);
        if (target == PlacementStatus.BOUND) {
            return new Made(id, etag);
        }
        List<RegisteredLine> lines = new ArrayList<>();
        for (JsonNode l : signing.get("lines")) {
            lines.add(new RegisteredLine(UUID.fromString(l.get("reinsurerId").asText()), l.get("signedShare").asText()));
        }
        Slip s = slip(umr);
        api.post(BROKER, "/placements/" + id + "/registration", new ContractRegistrationRequest(umr, s.contractKind(), DONGFANG,
                DemoSeed.HUATAI, s.riskDetails().periodStart(), s.riskDetails().periodEnd(), Money.of("1200000.00", "CNY"),
                signing.get("orderShare").asText(), lines), etag);
        return new Made(id, currentEtag(id));
    }

    private void writeLine(UUID placement, String user, String share, boolean toStand) {
        api.post(user, "/placements/" + placement + "/lines", new LineWriteRequest(share, toStand, "As lead terms", user.toUpperCase() + "-REF",
                toStand ? List.of(new SubjectivityRequest("Survey before inception", LocalDate.of(2026, 12, 15))) : null), null);
    }

    private String transition(UUID id, String etag, PlacementStatus to) {
        return "\"" + api.post(BROKER, "/placements/" + id + "/transitions", new TransitionRequest(to, null), etag).body().get("version").asText() + "\"";
    }

    private String currentEtag(UUID id) {
        return api.get(BROKER, "/placements/" + id).etag();
    }

    private static UUID quoteOf(JsonNode inquiry, UUID reinsurer) {
        for (JsonNode q : inquiry.get("quotes")) {
            if (q.get("reinsurerId").asText().equals(reinsurer.toString())) {
                return UUID.fromString(q.get("id").asText());
            }
        }
        throw new IllegalStateException("no quote for " + reinsurer);
    }
}
