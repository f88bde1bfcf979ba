package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ceding commission and brokerage at signing, and the broker's statement of brokerage earned. */
class BrokerageAndCommissionTest {

    @Test
    void anInstalmentCarriesCedingCommissionAndBrokerageOnItsPremiumHalfUp() {
        PremiumInstalments.Instalment q1 = PremiumInstalments.plan(Money.cny("1000000.00"), "Quarterly in advance",
                LocalDate.of(2027, 1, 1)).instalments().get(0);
        List<TaItem> items = PremiumInstalments.items(q1, Share.of("27.5"), Share.of("2.5"));
        assertThat(items).extracting(TaItem::type).containsExactly(TaItemType.PREMIUM, TaItemType.CEDING_COMMISSION, TaItemType.BROKERAGE);
        assertThat(items).extracting(TaItem::amount).containsExactly(Money.cny("250000.00"), Money.cny("68750.00"), Money.cny("6250.00"));
        assertThat(items).extracting(TaItem::reference).containsOnly("INST-1");
        // 333,333.33 × 12.345% = 41,149.9996 → 41,150.00 half-up
        PremiumInstalments.Instalment third = PremiumInstalments.plan(Money.cny("1000000.00"), "3 instalments",
                LocalDate.of(2027, 1, 1)).instalments().get(2);
        assertThat(PremiumInstalments.items(third, Share.of("12.345"), null).get(1).amount()).isEqualTo(Money.cny("41150.00"));
    }

    @Test
    void noCommissionOrBrokerageGivesThePremiumAlone() {
        PremiumInstalments.Instalment whole = PremiumInstalments.plan(Money.cny("100.00"), "annual", LocalDate.of(2027, 1, 1)).instalments().get(0);
        assertThat(PremiumInstalments.items(whole, Share.ZERO, null)).extracting(TaItem::type).containsExactly(TaItemType.PREMIUM);
    }

    @Test
    void brokerageSplitsOverTheSignedLinesAndAReversalCancelsIt() {
        TechnicalAccount a = new TechnicalAccount("B0999", "2027Q1", Money.CNY, List.of(
                new TaItem(TaItemType.PREMIUM, Money.cny("1000000.00")),
                new TaItem(TaItemType.BROKERAGE, Money.cny("25000.00")),
                new TaItem(TaItemType.BROKERAGE, Money.cny("0.01"))), null);
        List<BrokerageStatements.Participant> lines = List.of(new BrokerageStatements.Participant("chinare", Share.of("40")),
                new BrokerageStatements.Participant("pudong", Share.of("20")), new BrokerageStatements.Participant("thames", Share.of("40")));
        List<StatementEntry> entries = BrokerageStatements.entries("TA-1", a, Share.HUNDRED, lines);
        // 25,000.01: 10,000.00 / 5,000.00 / 10,000.00 exact quotas plus the cent, to the largest remainder, ties to the earliest line
        assertThat(entries).extracting(StatementEntry::amount).containsExactly(Money.cny("10000.01"), Money.cny("5000.00"), Money.cny("10000.00"));
        List<StatementEntry> all = new java.util.ArrayList<>(entries);
        all.addAll(BrokerageStatements.entries("TA-1R", a.reversal(), Share.HUNDRED, lines));
        List<StatementOfAccount> s = BrokerageStatements.aggregate(all);
        assertThat(s).hasSize(3).allSatisfy(x -> assertThat(x.total()).isEqualTo(Money.cny("0.00")));
    }

    @Test
    void anAccountWithoutBrokerageEarnsNothing() {
        TechnicalAccount a = new TechnicalAccount("B0999", "2027Q1", Money.CNY, List.of(new TaItem(TaItemType.PREMIUM, Money.cny("10.00"))), null);
        assertThat(BrokerageStatements.entries("TA-1", a, Share.HUNDRED, List.of(new BrokerageStatements.Participant("x", Share.HUNDRED))))
                .isEmpty();
    }
}
