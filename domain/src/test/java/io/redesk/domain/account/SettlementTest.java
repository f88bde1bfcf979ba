package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.FxRate;
import io.redesk.domain.money.Money;
import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Organisation;
import io.redesk.domain.validation.ValidationException;
import io.redesk.domain.workflow.IllegalTransitionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementTest {
    static final Currency USD = Currency.getInstance("USD");
    static final Organisation DONGFANG = new Organisation("dongfang", "Dongfang P&C", OrgType.CEDENT, "CN");
    static final Organisation CHINARE = new Organisation("chinare", "China Re Shanghai", OrgType.REINSURER, "CN");
    static final Organisation LIONCITY = new Organisation("lioncity", "Lion City General", OrgType.CEDENT, "SG");
    static final Organisation THAMES = new Organisation("thames", "Thames Re", OrgType.REINSURER, "GB");
    static final FxRate USD_CNY = new FxRate(USD, Money.CNY, new BigDecimal("7.1234"), "CFETS central parity", LocalDate.of(2027, 4, 6));

    private static NetPosition position(Money net) {
        return new NetPosition("chinare", net, List.of("TA-1"));
    }

    @Test
    void aUsdPositionSettlesInCnyAtTheNamedRate() {
        Settlement s = Settlement.instruct(position(Money.of("-10000.00", "USD")), null, USD_CNY, false, DONGFANG, CHINARE);
        assertThat(s.due()).isEqualTo(Money.cny("71234.00"));
        assertThat(s.rate()).contains(USD_CNY);
        assertThat(s.status()).isEqualTo(SettlementStatus.INSTRUCTED);
    }

    @Test
    void refusesAMissingUnneededOrWrongRate() {
        assertThatThrownBy(() -> Settlement.instruct(position(Money.of("100", "USD")), Money.CNY, null, false, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("settlement.fxRequired"));
        assertThatThrownBy(() -> Settlement.instruct(position(Money.cny("100")), Money.CNY, USD_CNY, false, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("settlement.fxNotNeeded"));
        FxRate eur = new FxRate(Currency.getInstance("EUR"), Money.CNY, new BigDecimal("7.8"), "CFETS", LocalDate.of(2027, 4, 6));
        assertThatThrownBy(() -> Settlement.instruct(position(Money.of("100", "USD")), Money.CNY, eur, false, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("settlement.fxCurrencies"));
        assertThatThrownBy(() -> Settlement.instruct(position(Money.cny("0")), Money.CNY, null, false, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("settlement.nothingToSettle"));
    }

    @Test
    void crossBorderRmbAppliesOnlyToCnyBetweenADomesticAndAnOverseasParty() {
        assertThat(CrossBorderRmb.refusal(LIONCITY, CHINARE, Money.CNY)).isEmpty();
        assertThat(CrossBorderRmb.refusal(DONGFANG, CHINARE, Money.CNY)).get().asString().contains("both parties are domestic");
        assertThat(CrossBorderRmb.refusal(LIONCITY, THAMES, Money.CNY)).get().asString().contains("neither party is domestic");
        assertThat(CrossBorderRmb.refusal(LIONCITY, CHINARE, USD)).get().asString().contains("in USD");
        assertThatThrownBy(() -> Settlement.instruct(position(Money.cny("100")), Money.CNY, null, true, DONGFANG, CHINARE))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("crossBorderRmb");
                    assertThat(e.errors().get(0).code()).isEqualTo("settlement.rmbNotApplicable");
                });
        assertThat(Settlement.instruct(position(Money.cny("100")), Money.CNY, null, true, LIONCITY, CHINARE).crossBorderRmb()).isTrue();
    }

    @Test
    void partialPaymentsLeaveAResidueUntilPaidThenTheBankReferenceConfirms() {
        Settlement s = Settlement.instruct(position(Money.cny("1000.00")), null, null, false, null, null);
        Settlement part = s.pay(new Payment(Money.cny("400.00"), "ICBC-1", LocalDate.of(2027, 4, 10)));
        assertThat(part.status()).isEqualTo(SettlementStatus.PARTLY_PAID);
        assertThat(part.residue()).isEqualTo(Money.cny("600.00"));
        assertThatThrownBy(() -> part.confirm("ICBC-9")).isInstanceOf(IllegalTransitionException.class);
        Settlement paid = part.pay(new Payment(Money.cny("600.00"), "ICBC-2", LocalDate.of(2027, 4, 12)));
        assertThat(paid.status()).isEqualTo(SettlementStatus.PAID);
        assertThat(paid.residue().isZero()).isTrue();
        Settlement done = paid.confirm("CR-7788");
        assertThat(done.status()).isEqualTo(SettlementStatus.CONFIRMED);
        assertThat(done.confirmedBankReference()).contains("CR-7788");
    }

    @Test
    void refusesAPaymentInTheWrongCurrencyOrAboveTheResidue() {
        Settlement s = Settlement.instruct(position(Money.cny("1000.00")), null, null, false, null, null);
        assertThatThrownBy(() -> s.pay(new Payment(Money.of("1000.00", "USD"), "B", LocalDate.of(2027, 4, 10))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("settlement.wrongCurrency"));
        assertThatThrownBy(() -> s.pay(new Payment(Money.cny("1000.01"), "B", LocalDate.of(2027, 4, 10))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("settlement.overpaid"));
        assertThatThrownBy(() -> s.pay(new Payment(Money.cny("0"), "B", LocalDate.of(2027, 4, 10))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("settlement.paymentNotPositive"));
    }

    @Test
    void crossBorderRmbIsRefusedWhereTheReinsurerIsRatedBelowThePolicysRmbMinimum() {
        Organisation minor = new Organisation("minor", "Minor Mutual Re", OrgType.REINSURER, "CN",
                List.of(io.redesk.domain.party.Rating.of(io.redesk.domain.party.RatingAgency.SP, "BBB+")));
        Organisation rated = new Organisation("chinare", "China Re Shanghai", OrgType.REINSURER, "CN",
                List.of(io.redesk.domain.party.Rating.of(io.redesk.domain.party.RatingAgency.SP, "AA-")));
        io.redesk.domain.security.SecurityPolicy policy = io.redesk.domain.security.SecurityPolicy.DEFAULT;
        assertThat(CrossBorderRmb.refusal(LIONCITY, rated, Money.CNY, policy)).isEmpty();
        assertThat(CrossBorderRmb.refusal(LIONCITY, minor, Money.CNY, policy)).get().asString()
                .contains("Minor Mutual Re is rated SP BBB+").contains("minimum of A-");
        assertThat(CrossBorderRmb.refusal(LIONCITY, CHINARE, Money.CNY, policy)).get().asString().contains("has no rating");
        // a policy whose RMB minimum is lower lets the same reinsurer through; no policy checks no rating
        io.redesk.domain.security.SecurityPolicy lenient = new io.redesk.domain.security.SecurityPolicy(
                io.redesk.domain.party.CreditGrade.A_MINUS, io.redesk.domain.party.CreditGrade.BBB_MINUS,
                java.util.EnumSet.allOf(io.redesk.domain.party.RatingAgency.class));
        assertThat(CrossBorderRmb.refusal(minor, LIONCITY, Money.CNY, lenient)).isEmpty();
        assertThat(CrossBorderRmb.refusal(LIONCITY, minor, Money.CNY, null)).isEmpty();
        assertThatThrownBy(() -> Settlement.instruct(position(Money.cny("-100")), Money.CNY, null, true, LIONCITY, minor, policy))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("crossBorderRmb");
                    assertThat(e.errors().get(0).code()).isEqualTo("settlement.rmbRatingBelowMinimum");
                });
        // the place rule comes first: a domestic pair is refused as not cross-border, whatever the rating
        assertThatThrownBy(() -> Settlement.instruct(position(Money.cny("-100")), Money.CNY, null, true, DONGFANG, minor, policy))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("settlement.rmbNotApplicable"));
    }
}
