package io.redesk.exchange.seed;

import static io.redesk.exchange.seed.DemoSeed.CHINA_RE;
import static io.redesk.exchange.seed.DemoSeed.LION_CITY;
import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static io.redesk.exchange.seed.DemoSeed.THAMES_RE;
import static io.redesk.exchange.seed.DemoSeed.AVIATION_POOL;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.ReasonRequest;
import io.redesk.sdk.model.account.BillRegistrationRequest;
import io.redesk.sdk.model.account.CashCallRequest;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimRegistrationRequest;
import io.redesk.sdk.model.account.ReserveMovementRequest;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.model.account.FxRate;
import io.redesk.sdk.model.account.InvoiceIssueRequest;
import io.redesk.sdk.model.account.InvoiceRequest;
import io.redesk.sdk.model.account.InvoiceVoidRequest;
import io.redesk.sdk.model.account.PaymentRequest;
import io.redesk.sdk.model.account.SettlementRequest;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccountCreateRequest;
import io.redesk.sdk.model.account.BankReferenceRequest;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.sdk.model.signing.SigningCloseRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A year of the demo market's accounts, driven through the API after the placements (issue 11): the
 * signed, bound and registered placements' quarterly premium accounts (produced by the exchange at
 * signing); on the registered one, Q1 agreed by every participant, Q2 queried by Pudong Re, Q3 issued
 * and Q4 still a draft; a claims account whose stated total differs from its items, with two claims
 * and their payments (the bird strike's reserve moved down and the claim registered; the runway
 * excursion's reserve moved up and a cash call, paid so far by China Re, accounted through the cash-loss
 * item); a USD account settled in CNY at a named rate; a placement for the overseas cedent
 * Lion City with a cross-border RMB settlement and a VAT-exempt invoice; invoices in every state, one
 * with VAT withheld for Thames Re; a registered bill.
 */
public final class DemoAccounts {
    private static final String BROKER = "broker.alice";
    private final SeedClient api;

    public DemoAccounts(SeedClient api) {
        this.api = api;
    }

    public void createAll() {
        UUID registered = placement(PlacementStatus.REGISTERED);
        UUID bound = placement(PlacementStatus.BOUND);
        List<JsonNode> premium = accounts(registered);
        JsonNode q1 = issue(premium.get(0));
        q1 = agreeAll(q1, "chinare.finance", "pudong.finance", "thames.finance", "pool.finance");
        JsonNode q2 = issue(premium.get(1));
        answer(q2, "pudong.finance", "query", new ReasonRequest("Brokerage for Q2 should be 2.5% of the net premium, not of the gross"));
        issue(premium.get(2));
        register(q1);

        // a claims account whose stated total differs from its items, and the two claims paid through it
        JsonNode claims = api.post(BROKER, "/technical-accounts", new TechnicalAccountCreateRequest(registered, null, "2027Q2", "CNY", List.of(
                item(TaItemType.CLAIMS_PAID, "800000.00", "UCR-HT-2027-0001", "Bird strike, engine replacement"),
                item(TaItemType.CASH_LOSS, "300000.00", "UCR-HT-2027-0002", "Cash call: runway excursion at PVG"),
                item(TaItemType.OUTSTANDING_LOSS_RESERVE, "1200000.00", "UCR-HT-2027-0002", "Reserve for the excursion")),
                new Money("-1050000.00", "CNY")), null).body();
        claims = issue(claims);
        // the bird strike: advised, paid through the claims account, its reserve moved down once repaired, registered
        JsonNode birdStrike = advise(registered, "UCR-HT-2027-0001", LocalDate.of(2027, 3, 12), "Bird strike",
                "Engine no. 2 replaced after a bird strike");
        birdStrike = pay(birdStrike, claims, "800000.00", null);
        birdStrike = moveReserve(birdStrike, "400000.00", "Engine replaced; only the cowling repair is outstanding", LocalDate.of(2027, 4, 20));
        registerClaim(registered, birdStrike);
        // the runway excursion: advised, a cash call of 300,000 paid so far by China Re, accounted through the cash-loss item
        JsonNode excursion = advise(registered, "UCR-HT-2027-0002", LocalDate.of(2027, 5, 3), "Runway excursion",
                "Aircraft left the runway on landing in heavy rain; gear and engines damaged");
        JsonNode cashCall = api.post(BROKER, "/claims/" + excursion.get("id").asText() + "/cash-calls", new CashCallRequest(
                new Money("300000.00", "CNY"), LocalDate.of(2027, 5, 20), "CC-HT-2027-01"), null).body();
        api.post("chinare.finance", "/cash-calls/" + cashCall.get("id").asText() + "/payments", new BankReferenceRequest("CR-CC-20270518"),
                etag(cashCall));
        excursion = moveReserve(excursion, "2400000.00", "Adjuster's first estimate: both engines and the gear", LocalDate.of(2027, 5, 10));
        pay(excursion, claims, "300000.00", UUID.fromString(cashCall.get("id").asText()));

        // a USD account, agreed, settled by Dongfang with China Re in CNY at the CFETS central parity
        JsonNode usd = api.post(BROKER, "/technical-accounts", new TechnicalAccountCreateRequest(bound, "WAR", "2027Q1", "USD", List.of(
                item(TaItemType.PREMIUM, "200000.00", "USD", "WAR-EXT-1", "War risks extension, USD"),
                item(TaItemType.BROKERAGE, "5000.00", "USD", "WAR-EXT-1", "Brokerage 2.5%")), null), null).body();
        usd = agreeAll(issue(usd), "chinare.finance", "pudong.finance", "thames.finance", "pool.finance");
        JsonNode settlement = api.post("cedent.finance", "/settlements", new SettlementRequest(CHINA_RE, "USD", "CNY",
                new FxRate("USD", "CNY", "7.1234", "CFETS central parity", LocalDate.of(2027, 4, 6)), false), null).body();
        JsonNode due = settlement.get("due");
        settlement = api.post("cedent.finance", "/settlements/" + settlement.get("id").asText() + "/payments", new PaymentRequest(
                new Money(due.get("amount").asText(), "CNY"), "ICBC-20270410-0001", LocalDate.of(2027, 4, 10)), etag(settlement)).body();
        api.post("chinare.finance", "/settlements/" + settlement.get("id").asText() + "/confirm",
                new BankReferenceRequest("CR-CREDIT-20270410"), etag(settlement));

        // invoices in every state: China Re CONFIRMED, Pudong DELIVERED, the pool REQUESTED, Thames withheld ISSUED
        JsonNode china = invoice("chinare.finance", q1, CHINA_RE, false);
        china = step("chinare.finance", china, "issue", new InvoiceIssueRequest("3100271130000101"));
        china = step("chinare.finance", china, "deliver", null);
        step("cedent.finance", china, "confirm", null);
        JsonNode pudong = invoice("pudong.finance", q1, PUDONG_RE, false);
        pudong = step("pudong.finance", pudong, "issue", new InvoiceIssueRequest("3100271130000201"));
        step("pudong.finance", pudong, "deliver", null);
        invoice("cedent.finance", q1, AVIATION_POOL, false);
        JsonNode thames = invoice("cedent.finance", q1, THAMES_RE, false);
        step("cedent.finance", thames, "issue", new InvoiceIssueRequest("WH-2027-000001"));
        JsonNode voided = invoice("chinare.finance", usd, CHINA_RE, false);
        voided = step("chinare.finance", voided, "issue", new InvoiceIssueRequest("3100271130000102"));
        step("chinare.finance", voided, "void", new InvoiceVoidRequest("3100271130000103", "Issued in USD; re-invoiced in CNY"));

        // the overseas cedent: a cross-border RMB settlement and an exempt invoice (财税〔2016〕68号)
        UUID lion = lionCityPlacement();
        JsonNode lq1 = agreeAll(issue(accounts(lion).get(0)), "chinare.finance", "pudong.finance");
        JsonNode rmb = api.post("sgcedent.finance", "/settlements", new SettlementRequest(CHINA_RE, "CNY", "CNY", null, true), null).body();
        api.post("sgcedent.finance", "/settlements/" + rmb.get("id").asText() + "/payments", new PaymentRequest(
                new Money(rmb.get("due").get("amount").asText(), "CNY"), "BOC-SG-CIPS-0001", LocalDate.of(2027, 4, 15)), etag(rmb));
        invoice("chinare.finance", lq1, CHINA_RE, true);
    }

    private static TaItem item(TaItemType type, String amount, String reference, String description) {
        return item(type, amount, "CNY", reference, description);
    }

    private static TaItem item(TaItemType type, String amount, String currency, String reference, String description) {
        return new TaItem(type, new Money(amount, currency), reference, null, description);
    }

    private UUID placement(PlacementStatus status) {
        for (JsonNode p : api.get(BROKER, "/placements?status=" + status + "&limit=200").body().get("items")) {
            return UUID.fromString(p.get("id").asText());
        }
        throw new IllegalStateException("the demo has no " + status + " placement");
    }

    private List<JsonNode> accounts(UUID placement) {
        List<JsonNode> out = new ArrayList<>();
        api.get(BROKER, "/technical-accounts?placementId=" + placement + "&limit=200").body().get("items").forEach(out::add);
        return out;
    }

    private static String etag(JsonNode doc) {
        return "\"" + doc.get("version").asText() + "\"";
    }

    private JsonNode issue(JsonNode account) {
        return api.post(BROKER, "/technical-accounts/" + account.get("id").asText() + "/issue", null, etag(account)).body();
    }

    private JsonNode answer(JsonNode account, String user, String verb, Object body) {
        String id = account.get("id").asText();
        String current = api.get(BROKER, "/technical-accounts/" + id).etag();
        api.post(user, "/technical-accounts/" + id + "/" + verb, body, current);
        return api.get(BROKER, "/technical-accounts/" + id).body();
    }

    private JsonNode agreeAll(JsonNode account, String... finance) {
        JsonNode a = account;
        for (String f : finance) {
            a = answer(a, f, "agree", null);
        }
        return a;
    }

    private void register(JsonNode account) {
        api.post(BROKER, "/technical-accounts/" + account.get("id").asText() + "/registration", new BillRegistrationRequest(
                UUID.fromString(account.get("id").asText()), account.get("contractReference").asText(), account.get("period").asText(),
                account.get("currency").asText(), new Money(account.get("balance").get("amount").asText(), account.get("currency").asText())),
                null);
    }

    private JsonNode advise(UUID placement, String ucr, LocalDate lossDate, String cause, String description) {
        return api.post(BROKER, "/claims", new ClaimAdviceRequest(placement, ucr, lossDate, cause, description,
                new Money("2000000.00", "CNY")), null).body();
    }

    /** A payment request matched to the account's claims-paid (or, for a cash call, cash-loss) item. */
    private JsonNode pay(JsonNode claim, JsonNode account, String amount, UUID cashCall) {
        return api.post(BROKER, "/claims/" + claim.get("id").asText() + "/payments", new ClaimPaymentRequest(
                UUID.fromString(account.get("id").asText()), new Money(amount, "CNY"), cashCall), etag(claim)).body();
    }

    /** Moves the claim's outstanding reserve; answers the claim as it now is. */
    private JsonNode moveReserve(JsonNode claim, String outstanding, String reason, LocalDate effective) {
        String id = claim.get("id").asText();
        api.post(BROKER, "/claims/" + id + "/reserve-movements", new ReserveMovementRequest(new Money(outstanding, "CNY"), reason, effective),
                etag(claim));
        return api.get(BROKER, "/claims/" + id).body();
    }

    private void registerClaim(UUID placement, JsonNode claim) {
        String umr = api.get(BROKER, "/placements/" + placement).body().get("umr").asText();
        api.post(BROKER, "/claims/" + claim.get("id").asText() + "/registration", new ClaimRegistrationRequest(
                UUID.fromString(claim.get("id").asText()), umr, claim.get("ucr").asText(), LocalDate.parse(claim.get("lossDate").asText()),
                new Money(claim.get("reserve").get("amount").asText(), "CNY"), new Money(claim.get("paidTotal").get("amount").asText(), "CNY")),
                null);
    }

    private JsonNode invoice(String user, JsonNode account, UUID reinsurer, boolean consumedAbroad) {
        return api.post(user, "/invoices", new InvoiceRequest(UUID.fromString(account.get("id").asText()), reinsurer, consumedAbroad), null).body();
    }

    private JsonNode step(String user, JsonNode invoice, String verb, Object body) {
        return api.post(user, "/invoices/" + invoice.get("id").asText() + "/" + verb, body, etag(invoice)).body();
    }

    /** Huatai places Lion City General's Singapore aviation book with China Re 60% (lead) and Pudong Re 40%, signed. */
    private UUID lionCityPlacement() {
        JsonNode p = api.post(BROKER, "/placements", new PlacementCreateRequest("Lion City General aviation book 2027", LION_CITY, null,
                DemoPlacements.slip("B0999HT2027SG1")), null).body();
        UUID id = UUID.fromString(p.get("id").asText());
        api.post(BROKER, "/placements/" + id + "/transitions", new io.redesk.sdk.model.placement.TransitionRequest(PlacementStatus.SUBMITTED, null),
                etag(p));
        JsonNode inquiry = api.post(BROKER, "/placements/" + id + "/inquiries", new InquiryRequest(List.of(CHINA_RE),
                Instant.now().plus(14, ChronoUnit.DAYS), "Singapore book; please quote.", null), null).body();
        UUID quote = UUID.fromString(inquiry.get("quotes").get(0).get("id").asText());
        api.post("uw.chinare", "/quotes/" + quote + "/quote", new QuoteTermsRequest(new Money("800000.00", "CNY"), "0.2", "60",
                "As per slip", List.of(), Instant.now().plus(30, ChronoUnit.DAYS)), "\"1\"");
        api.post(BROKER, "/quotes/" + quote + "/accept", null, api.get(BROKER, "/quotes/" + quote).etag());
        api.post(BROKER, "/placements/" + id + "/firm-order", new FirmOrderRequest(quote, "100", List.of(PUDONG_RE), null),
                api.get(BROKER, "/placements/" + id).etag());
        api.post("uw.chinare", "/placements/" + id + "/lines", new LineWriteRequest("60", false, null, "CR-SG-1", null), null);
        api.post("uw.pudong", "/placements/" + id + "/lines", new LineWriteRequest("40", false, null, "PD-SG-1", null), null);
        api.post(BROKER, "/placements/" + id + "/signing/close", new SigningCloseRequest(null), api.get(BROKER, "/placements/" + id).etag());
        return id;
    }
}
