package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.Fixtures;
import io.redesk.exchange.testing.TestExchange;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.RiskDetails;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.quote.InquiryRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input gets a specific problem naming the field, and nothing is saved. */
class ValidationTest {
    private final ApiClient api = TestExchange.client();

    private static Slip withPremium(Slip s, Money premium, Money limit) {
        RiskDetails r = s.riskDetails();
        RiskDetails changed = new RiskDetails(r.type(), r.reinsured(), r.insured(), r.periodStart(), r.periodEnd(), r.timeZone(), r.interest(),
                limit, r.sumInsured(), r.excess(), r.retention(), r.deductible(), r.territorialScope(), r.conditions(), r.exclusions(),
                r.choiceOfLaw(), r.jurisdiction(), premium, r.paymentTerms(), r.taxes(), r.subjectivities());
        return new Slip(s.umr(), s.contractKind(), changed, s.information(), s.securityDetails(), s.subscriptionAgreement(),
                s.fiscalRegulatory(), s.brokerRemuneration());
    }

    private ApiClient.Reply create(Slip slip) {
        return api.post("broker.alice", "/placements", new PlacementCreateRequest("Invalid", DemoSeed.DONGFANG, null, slip));
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        ApiClient.Reply r = api.post("broker.alice", "/placements",
                new PlacementCreateRequest("No slip", DemoSeed.DONGFANG, null, null));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.field()).isEqualTo("slip");
    }

    @Test
    void moneyWithMoreDecimalsThanTheCurrencyAllowsIsRefusedNotRounded() {
        Slip s = DemoPlacements.slip(Fixtures.umr());
        ApiClient.Reply r = create(withPremium(s, Money.of("1200000.005", "CNY"), s.riskDetails().limit()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.field()).isEqualTo("slip.riskDetails.premium.amount");
        assertThat(api.get("broker.alice", "/placements?limit=200").json().get("items").findValuesAsText("umr")).doesNotContain(s.umr());
    }

    @Test
    void aMoneyAmountThatIsAFloatIsRefused() {
        String body = "{\"title\":\"f\",\"cedentId\":\"" + DemoSeed.DONGFANG + "\",\"slip\":{\"umr\":\"" + Fixtures.umr()
                + "\",\"contractKind\":\"QUOTA_SHARE\",\"riskDetails\":{\"type\":\"t\",\"reinsured\":\"r\",\"periodStart\":\"2027-01-01\","
                + "\"periodEnd\":\"2027-12-31\",\"timeZone\":\"Asia/Shanghai\",\"interest\":\"i\",\"limit\":{\"amount\":1000.5,\"currency\":\"CNY\"},"
                + "\"premium\":{\"amount\":\"10.00\",\"currency\":\"CNY\"}},\"securityDetails\":{\"orderShare\":\"100\"},"
                + "\"brokerRemuneration\":{\"brokerage\":\"2.5\"}}}";
        ApiClient.Reply r = api.post("broker.alice", "/placements", body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.field()).isEqualTo("slip.riskDetails.limit.amount");
    }

    @Test
    void mixedCurrenciesOnOneSlipAreRefused() {
        Slip s = DemoPlacements.slip(Fixtures.umr());
        ApiClient.Reply r = create(withPremium(s, s.riskDetails().premium(), Money.of("100.00", "USD")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("CURRENCY_MISMATCH");
        assertThat(r.field()).isEqualTo("slip.riskDetails.limit.currency");
    }

    @Test
    void malformedJsonIsItsOwnProblem() {
        ApiClient.Reply r = api.post("broker.alice", "/placements", "{\"title\":".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void anOversizedBodyIsRefused() {
        byte[] big = ("{\"title\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        ApiClient.Reply r = api.post("broker.alice", "/placements", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aUmrWithATrailingNewlineIsRefusedNotRegisteredBesideTheExactOne() {
        Slip s = DemoPlacements.slip(Fixtures.umr());
        assertThat(create(s).status()).isEqualTo(201);
        Slip newline = new Slip(s.umr() + "\n", s.contractKind(), s.riskDetails(), s.information(), s.securityDetails(),
                s.subscriptionAgreement(), s.fiscalRegulatory(), s.brokerRemuneration());
        ApiClient.Reply r = create(newline);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.field()).isEqualTo("slip.umr");
        assertThat(r.json().get("detail").asText()).contains("line break");
        ApiClient.Reply cny = create(withPremium(s, Money.of("100.00", "CNY\n"), null));
        assertThat(cny.status()).isEqualTo(400);
        assertThat(cny.field()).isEqualTo("slip.riskDetails.premium.currency");
    }

    private static Slip withPeriod(Slip s, java.time.LocalDate start, java.time.LocalDate end) {
        RiskDetails r = s.riskDetails();
        RiskDetails changed = new RiskDetails(r.type(), r.reinsured(), r.insured(), start, end, r.timeZone(),
                r.interest(), r.limit(), r.sumInsured(), r.excess(), r.retention(), r.deductible(), r.territorialScope(),
                r.conditions(), r.exclusions(), r.choiceOfLaw(), r.jurisdiction(), r.premium(), r.paymentTerms(), r.taxes(),
                r.subjectivities(), r.cededShare());
        return new Slip(s.umr(), s.contractKind(), changed, s.information(), s.securityDetails(), s.subscriptionAgreement(),
                s.fiscalRegulatory(), s.brokerRemuneration());
    }

    /** The exchange applies domain's period rule (both days inclusive), the one the desk's editor applies. */
    @Test
    void aOneDayPeriodIsTheSameRuleAsTheDesksValidatorAndABackwardsOneIsNamed() {
        java.time.LocalDate day = java.time.LocalDate.of(2027, 3, 1);
        assertThat(io.redesk.domain.slip.SlipValidator.validate(new io.redesk.domain.slip.Slip(
                new io.redesk.domain.slip.RiskDetails(null, null, null, null,
                        new io.redesk.domain.slip.Period(day, day, io.redesk.domain.slip.Period.SHANGHAI),
                        null, null, null, null, null, null, null, null, null, null, null, null),
                null, null, null, null, null), io.redesk.domain.slip.SlipStage.DRAFT)).isEmpty();
        ApiClient.Reply oneDay = create(withPeriod(DemoPlacements.slip(Fixtures.umr()), day, day));
        assertThat(oneDay.status()).as(oneDay.text()).isEqualTo(201);
        ApiClient.Reply backwards = create(withPeriod(DemoPlacements.slip(Fixtures.umr()), day, day.minusDays(1)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.field()).isEqualTo("slip.riskDetails.periodEnd");
    }

    @Test
    void aDuplicateUmrIsAConflict() {
        Slip s = DemoPlacements.slip(Fixtures.umr());
        assertThat(create(s).status()).isEqualTo(201);
        ApiClient.Reply again = create(s);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DUPLICATE_UMR");
    }

    @Test
    void invitingAReinsurerBelowThePolicyNeedsARecordedOverride() {
        UUID id = Fixtures.placement(PlacementStatus.SUBMITTED);
        ApiClient.Reply r = api.post("broker.alice", "/placements/" + id + "/inquiries",
                new InquiryRequest(List.of(DemoSeed.PUDONG_RE, DemoSeed.MINOR_RE), null, null, null));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("SECURITY_OVERRIDE_REQUIRED");
        assertThat(r.field()).isEqualTo("reinsurerIds[1]");
        assertThat(api.get("broker.alice", "/placements/" + id).json().get("status").asText()).isEqualTo("SUBMITTED");
        ApiClient.Reply flags = api.get("broker.alice", "/reinsurers/" + DemoSeed.MINOR_RE);
        assertThat(flags.json().at("/securityFlag/belowMinimum").asBoolean()).isTrue();
    }

    @Test
    void anUnknownIdIsNotFoundAndABadLimitIsNamed() {
        assertThat(api.get("broker.alice", "/placements/not-a-uuid").status()).isEqualTo(404);
        ApiClient.Reply r = api.get("broker.alice", "/placements?limit=0");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.field()).isEqualTo("limit");
    }

    private static Slip withCededShare(Slip s, String cededShare) {
        RiskDetails r = s.riskDetails();
        RiskDetails changed = new RiskDetails(r.type(), r.reinsured(), r.insured(), r.periodStart(), r.periodEnd(), r.timeZone(),
                r.interest(), r.limit(), r.sumInsured(), r.excess(), r.retention(), r.deductible(), r.territorialScope(),
                r.conditions(), r.exclusions(), r.choiceOfLaw(), r.jurisdiction(), r.premium(), r.paymentTerms(), r.taxes(),
                r.subjectivities(), cededShare);
        return new Slip(s.umr(), s.contractKind(), changed, s.information(), s.securityDetails(), s.subscriptionAgreement(),
                s.fiscalRegulatory(), s.brokerRemuneration());
    }

    @Test
    void aProportionalSlipKeepsItsCededShareAndAnOutOfRangeOneIsRefusedByName() {
        Slip kept = withCededShare(DemoPlacements.slip(Fixtures.umr()), "35.5");
        ApiClient.Reply created = create(kept);
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.get("broker.alice", "/placements/" + created.id()).json().at("/slip/riskDetails/cededShare").asText())
                .isEqualTo("35.5");

        Slip zero = withCededShare(DemoPlacements.slip(Fixtures.umr()), "0");
        ApiClient.Reply refused = create(zero);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.field()).isEqualTo("slip.riskDetails.cededShare");
        assertThat(api.get("broker.alice", "/placements?limit=200").json().get("items").findValuesAsText("umr"))
                .doesNotContain(zero.umr());
    }

    @Test
    void aSlipWithoutACededShareStillReadsAsBefore() {
        Slip old = DemoPlacements.slip(Fixtures.umr());
        ApiClient.Reply created = create(old);
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.get("broker.alice", "/placements/" + created.id()).json().at("/slip/riskDetails").has("cededShare"))
                .isFalse();
    }
}
