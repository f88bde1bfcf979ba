package io.redesk.domain.slip;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.line.Line;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.FieldError;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlipValidatorTest {

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsACompleteSlipOfEveryContractKindAsAFirmOrder() {
        for (Slip s : List.of(Slips.treatyQuotaShare(), Slips.treatySurplus(), Slips.facultativePerRiskXl(),
                Slips.treatyCatXl(), Slips.treatyStopLoss())) {
            assertThat(s.validate(SlipStage.FIRM_ORDER)).as(s.riskDetails().kind().toString()).isEmpty();
        }
    }

    @Test
    void anEmptyDraftIsValidSoItCanAlwaysBeSaved() {
        Slip empty = new Slip(null, null, null, null, null, null);
        assertThat(empty.validate(SlipStage.DRAFT)).isEmpty();
        assertThat(fields(empty.validate(SlipStage.FIRM_ORDER))).containsExactly("riskDetails", "securityDetails",
                "subscriptionAgreement", "fiscalAndRegulatory", "brokerRemuneration");
    }

    @Test
    void reportsEveryMissingRiskDetailAtSubmissionNotOnlyTheFirst() {
        RiskDetails blank = new RiskDetails(null, ContractKind.facultative(ContractType.QUOTA_SHARE), " ", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        Slip s = new Slip(blank, null, null, null, new FiscalAndRegulatory("none", "CN", "property", false),
                new BrokerRemuneration(Share.of("2.5"), null));
        assertThat(fields(s.validate(SlipStage.SUBMISSION))).containsExactly(
                "riskDetails.umr", "riskDetails.reinsured", "riskDetails.interest", "riskDetails.territorialScope",
                "riskDetails.choiceOfLaw", "riskDetails.jurisdiction", "riskDetails.paymentTerms", "riskDetails.premium",
                "riskDetails.cover", "riskDetails.period", "riskDetails.insured", "riskDetails.sumInsured");
        assertThat(s.validate(SlipStage.SUBMISSION)).allSatisfy(e -> assertThat(e.code()).isEqualTo("required"));
        assertThat(s.validate(SlipStage.DRAFT)).isEmpty();
    }

    @Test
    void checksTheFormatOfWhatIsFilledInEvenInADraft() {
        RiskDetails r = new RiskDetails("b0999 x", ContractKind.facultative(ContractType.CAT_XL), null, null,
                new Period(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 1, 1), ZoneId.of("Asia/Shanghai")), null, null,
                new Cover.QuotaShareCover(Share.of("140"), null), null, null, null, null, null, null, null, null, null);
        List<FieldError> errors = new Slip(r, null, null, null, new FiscalAndRegulatory(null, "XX", null, false), null)
                .validate(SlipStage.DRAFT);
        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("riskDetails.umr", "umr.format"),
                org.assertj.core.groups.Tuple.tuple("riskDetails.kind", "kind.treatyOnly"),
                org.assertj.core.groups.Tuple.tuple("riskDetails.period.expiry", "period.order"),
                org.assertj.core.groups.Tuple.tuple("riskDetails.cover", "cover.mismatch"),
                org.assertj.core.groups.Tuple.tuple("riskDetails.cover.cededShare", "percent.max"),
                org.assertj.core.groups.Tuple.tuple("fiscalAndRegulatory.countryOfOrigin", "country.iso"));
    }

    @Test
    void acceptsWellFormedUniqueMarketReferences() {
        assertThat(SlipValidator.UMR.matcher("B0999RD2027QS01").matches()).isTrue();
        assertThat(SlipValidator.UMR.matcher("SHRE2027001").matches()).isTrue();
        assertThat(SlipValidator.UMR.matcher("B123").matches()).isFalse();
        assertThat(SlipValidator.UMR.matcher("B1234RD2027-01").matches()).isFalse();
        assertThat(SlipValidator.UMR.matcher("B".repeat(31)).matches()).isFalse();
    }

    @Test
    void mapsContractKindsToTheExchangeCodesAndBack() {
        for (String code : List.of("FAC_PROPORTIONAL", "FAC_EXCESS_OF_LOSS", "QUOTA_SHARE", "SURPLUS",
                "PER_RISK_EXCESS_OF_LOSS", "CAT_EXCESS_OF_LOSS", "STOP_LOSS")) {
            assertThat(ContractKind.ofCode(code).code()).isEqualTo(code);
        }
        assertThat(ContractKind.ofCode("FAC_EXCESS_OF_LOSS")).isEqualTo(ContractKind.facultative(ContractType.PER_RISK_XL));
        assertThat(ContractKind.ofCode("SURPLUS").isProportional()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContractKind.ofCode("FAC_SURPLUS"))
                .hasMessageContaining("unknown contract kind code: 'FAC_SURPLUS'");
    }

    @Test
    void flagsMoneyTermsInAnotherCurrencyThanThePremium() {
        Slip s = Slips.slip(Slips.risk(ContractKind.treaty(ContractType.SURPLUS),
                new Cover.SurplusCover(Money.of("1000000", "USD"), 0), null, null));
        assertThat(s.validate(SlipStage.DRAFT)).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("riskDetails.cover.retention", "currency.mismatch"),
                org.assertj.core.groups.Tuple.tuple("riskDetails.cover.lines", "min"));
    }

    @Test
    void checksLinesLeaderAndRemunerationForAFirmOrder() {
        Slip base = Slips.treatyQuotaShare();
        SecurityDetails badLines = new SecurityDetails(Share.of("0"), null, null, List.of(
                Line.written("L1", "re-a", Share.of("0"), false, "UW", Slips.T0),
                Line.written("L1", "re-a", Share.of("120"), false, "UW", null)));
        Slip s = new Slip(base.riskDetails(), base.information(), badLines,
                new SubscriptionAgreement("re-lead", List.of(), ClaimsAgreementBasis.LEADER_AND_AGREEMENT_PARTIES, null),
                base.fiscalAndRegulatory(),
                new BrokerRemuneration(Share.of("95"), List.of(new Deduction(" ", Share.of("10")))));
        assertThat(fields(s.validate(SlipStage.FIRM_ORDER))).containsExactly(
                "securityDetails.orderHereon",
                "securityDetails.basisOfWrittenLines",
                "securityDetails.lines[0].written",
                "securityDetails.lines[1].lineId",
                "securityDetails.lines[1].reinsurerId",
                "securityDetails.lines[1].written",
                "securityDetails.lines[1].writtenAt",
                "subscriptionAgreement.slipLeaderId",
                "subscriptionAgreement.agreementParties",
                "brokerRemuneration.otherDeductions[0].description",
                "brokerRemuneration.otherDeductions");
    }

    @Test
    void anXlCoverConvertsToTheLayerThatComputesRecoveries() {
        Slip s = Slips.facultativePerRiskXl();
        Cover.ExcessOfLossCover xl = (Cover.ExcessOfLossCover) s.riskDetails().cover();
        assertThat(xl.toLayer(Money.cny("500000"), s.riskDetails().period()).effectiveAggregateLimit())
                .isEqualTo(Money.cny("10000000"));
        assertThat(s.riskDetails().period().endExclusive()).isEqualTo(LocalDate.of(2028, 1, 1));
    }
}
