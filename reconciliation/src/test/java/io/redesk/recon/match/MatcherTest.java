package io.redesk.recon.match;

import static io.redesk.recon.match.Fixtures.e;
import static io.redesk.recon.match.Fixtures.groupOfLedger;
import static io.redesk.recon.match.Fixtures.groupOfStatement;
import static io.redesk.recon.match.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.account.AgeBucket;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTest {

    @Test
    void matchesTheSameReferenceAndAmountAsExactWhateverTheDates() {
        var r = run(List.of(e("L1", 0, "Swiss Re", "1000.00", "B0999HT2027008", "")),
                List.of(e("S1", 40, "other name", "1000.00", "b0999ht2027008", "")));
        MatchGroup g = groupOfLedger(r, "L1");
        assertThat(g.matchClass()).isEqualTo(MatchClass.EXACT);
        assertThat(g.pass()).isEqualTo(Pass.REFERENCE);
        assertThat(g.statementIds()).containsExactly("S1");
        assertThat(g.score()).isEqualTo(100);
        assertThat(g.explanation().matchedOn()).isEqualTo("B0999HT2027008");
        assertThat(g.explanation().daysApart()).isEqualTo(40);
        assertThat(g.ageBucket()).isEmpty();
    }

    @Test
    void findsALedgerReferenceInsideAStatementDescription() {
        var r = run(List.of(e("L1", 0, "A", "500.00", "B0999HT2027008", "")),
                List.of(e("S1", 2, "B", "500.00", "", "PAYMENT REF B0999HT2027008 Q1")));
        MatchGroup g = groupOfLedger(r, "L1");
        assertThat(g.pass()).isEqualTo(Pass.REFERENCE_IN_DESCRIPTION);
        assertThat(g.matchClass()).isEqualTo(MatchClass.EXACT);
        assertThat(g.explanation().matchedOn()).isEqualTo("B0999HT2027008");
    }

    @Test
    void findsAStatementReferenceInsideALedgerDescription() {
        var r = run(List.of(e("L1", 0, "A", "500.00", "", "settlement TA-2027-001, Q1")),
                List.of(e("S1", 2, "B", "500.00", "TA-2027-001", "")));
        assertThat(groupOfLedger(r, "L1").pass()).isEqualTo(Pass.REFERENCE_IN_DESCRIPTION);
    }

    @Test
    void neverFindsAReferenceInsideALongerRun() {
        var r = run(List.of(e("L1", 0, "A", "500.00", "B0999HT2027008", "")),
                List.of(e("S1", 90, "B", "500.00", "", "REF B0999HT20270081")));
        assertThat(groupOfLedger(r, "L1").matchClass()).isEqualTo(MatchClass.UNMATCHED);
    }

    @Test
    void aReferenceWithARoundingDifferenceIsRounding() {
        var r = run(List.of(e("L1", 0, "A", "500.00", "UMR1234", "")),
                List.of(e("S1", 1, "B", "499.97", "UMR1234", "")));
        MatchGroup g = groupOfLedger(r, "L1");
        assertThat(g.matchClass()).isEqualTo(MatchClass.ROUNDING);
        assertThat(g.differenceMinor()).isEqualTo(3);
    }

    @Test
    void matchesAmountAndNormalisedCounterpartyWithinTheDateWindow() {
        var r = run(List.of(e("L1", 0, "太平再保险股份有限公司", "1234.56", "", ""),
                        e("L2", 0, "Swiss Re Co., Ltd.", "99.00", "", "")),
                List.of(e("S1", 5, "太平再保险有限公司", "1234.56", "", ""),
                        e("S2", 3, "ＳＷＩＳＳ ＲＥ", "99.00", "", "")));
        MatchGroup g = groupOfLedger(r, "L1");
        assertThat(g.pass()).isEqualTo(Pass.AMOUNT_COUNTERPARTY_DATE);
        assertThat(g.matchClass()).isEqualTo(MatchClass.EXACT);
        assertThat(g.statementIds()).containsExactly("S1");
        assertThat(g.score()).isEqualTo(80);
        assertThat(groupOfLedger(r, "L2").statementIds()).containsExactly("S2");
    }

    @Test
    void leavesTheSameAmountOutsideTheWindowOrForAnotherPartyUnmatched() {
        var r = run(List.of(e("L1", 0, "Alpha", "100.00", "", ""), e("L2", 0, "Alpha", "200.00", "", "")),
                List.of(e("S1", 6, "Alpha", "100.00", "", ""), e("S2", 0, "Beta", "200.00", "", "")));
        assertThat(r.countByClass().get(MatchClass.UNMATCHED)).isEqualTo(4);
    }

    @Test
    void twoLinesOfTheSameAmountForOneItemAreAmbiguous() {
        var r = run(List.of(e("L1", 3, "Alpha", "100.00", "", "")),
                List.of(e("S1", 1, "Alpha", "100.00", "", ""), e("S2", 5, "Alpha", "100.00", "", "")));
        MatchGroup g = groupOfLedger(r, "L1");
        assertThat(g.matchClass()).isEqualTo(MatchClass.AMBIGUOUS);
        assertThat(g.statementIds()).containsExactly("S1", "S2");
        assertThat(g.explanation().alternatives()).hasSize(2);
        assertThat(g.ageBucket()).contains(AgeBucket.OVER_90); // its oldest line, 120 days
    }

    @Test
    void aDifferenceWithinTheToleranceIsRoundingAndOneAboveItIsNot() {
        var r = run(List.of(e("L1", 0, "Alpha", "100.00", "", ""), e("L2", 0, "Alpha", "300.00", "", "")),
                List.of(e("S1", 2, "Alpha", "100.05", "", ""), e("S2", 2, "Alpha", "300.06", "", "")));
        MatchGroup g = groupOfLedger(r, "L1");
        assertThat(g.matchClass()).isEqualTo(MatchClass.ROUNDING);
        assertThat(g.pass()).isEqualTo(Pass.AMOUNT_WITHIN_TOLERANCE);
        assertThat(g.differenceMinor()).isEqualTo(-5);
        assertThat(groupOfLedger(r, "L2").matchClass()).isEqualTo(MatchClass.UNMATCHED);
    }

    @Test
    void aToleranceFinerThanTheMinorUnitAllowsNothing() {
        var jpy = java.util.Currency.getInstance("JPY");
        var s = Fixtures.SETTINGS;
        assertThat(s.toleranceMinor(jpy)).isZero();
        assertThat(s.withTolerance(new BigDecimal("1.99")).toleranceMinor(jpy)).isEqualTo(1);
        assertThat(s.toleranceMinor(Fixtures.CNY)).isEqualTo(5);
    }

    @Test
    void findsOneLedgerItemPaidInSeveralLines() {
        var r = run(List.of(e("L1", 0, "Alpha", "1000.00", "", "")),
                List.of(e("S1", 1, "Alpha", "600.00", "", ""), e("S2", 3, "Alpha", "250.00", "", ""),
                        e("S3", 4, "Alpha", "150.00", "", ""), e("S4", 2, "Alpha", "77.00", "", "")));
        MatchGroup g = groupOfLedger(r, "L1");
        assertThat(g.matchClass()).isEqualTo(MatchClass.ONE_TO_MANY);
        assertThat(g.pass()).isEqualTo(Pass.SUBSET_SUM);
        assertThat(g.statementIds()).containsExactly("S1", "S2", "S3");
        assertThat(g.differenceMinor()).isZero();
        assertThat(groupOfStatement(r, "S4").matchClass()).isEqualTo(MatchClass.UNMATCHED);
    }

    @Test
    void findsSeveralLedgerItemsPaidInOneLine() {
        var r = run(List.of(e("L1", 0, "Alpha", "400.00", "", ""), e("L2", 1, "Alpha", "350.00", "", "")),
                List.of(e("S1", 3, "Alpha", "750.00", "", "")));
        MatchGroup g = groupOfStatement(r, "S1");
        assertThat(g.matchClass()).isEqualTo(MatchClass.MANY_TO_ONE);
        assertThat(g.ledgerIds()).containsExactly("L1", "L2");
    }

    @Test
    void twoSubsetsThatBothFitAreAmbiguousNeverAGuess() {
        var r = run(List.of(e("L1", 0, "Alpha", "1000.00", "", "")),
                List.of(e("S1", 1, "Alpha", "700.00", "", ""), e("S2", 1, "Alpha", "300.00", "", ""),
                        e("S3", 2, "Alpha", "600.00", "", ""), e("S4", 2, "Alpha", "400.00", "", "")));
        MatchGroup g = groupOfLedger(r, "L1");
        assertThat(g.matchClass()).isEqualTo(MatchClass.AMBIGUOUS);
        assertThat(g.pass()).isEqualTo(Pass.SUBSET_SUM);
        assertThat(g.explanation().alternatives()).extracting(Explanation.Alternative::statementIds)
                .containsExactlyInAnyOrder(List.of("S1", "S2"), List.of("S3", "S4"));
    }

    @Test
    void aSearchCutShortByItsBudgetDecidesNothing() {
        var settings = Fixtures.SETTINGS.withSubsetBudget(3, java.time.Duration.ofSeconds(5));
        var r = new Matcher(settings).reconcile(List.of(e("L1", 0, "Alpha", "1000.00", "", "")),
                List.of(e("S1", 1, "Alpha", "100.00", "", ""), e("S2", 1, "Alpha", "200.00", "", ""),
                        e("S3", 2, "Alpha", "300.00", "", ""), e("S4", 2, "Alpha", "400.00", "", "")));
        assertThat(groupOfLedger(r, "L1").matchClass()).isEqualTo(MatchClass.UNMATCHED);
        assertThat(r.searchesCutShort()).isEqualTo(1);
    }

    @Test
    void unmatchedItemsAreAgedWithTheDomainBuckets() {
        var r = run(List.of(e("L1", 0, "Alpha", "1.00", "", ""), e("L2", 100, "Alpha", "2.00", "", "")),
                List.of(e("S1", 125, "Beta", "3.00", "", ""), e("S2", 200, "Beta", "4.00", "", "")));
        assertThat(groupOfLedger(r, "L1").ageBucket()).contains(AgeBucket.OVER_90); // 121 days
        assertThat(groupOfLedger(r, "L2").ageBucket()).contains(AgeBucket.DAYS_0_30); // 21 days
        assertThat(groupOfStatement(r, "S2").ageBucket()).contains(AgeBucket.NOT_YET_DUE);
        assertThat(groupOfStatement(r, "S1").differenceMinor()).isEqualTo(-300);
        assertThat(groupOfLedger(r, "L1").differenceMinor()).isEqualTo(100);
    }

    @Test
    void anAliasJoinsTheExchangesNameToAShortName() {
        var names = CounterpartyNames.withAliases(java.util.Map.of("中再", "中国再保险(集团)股份有限公司"));
        var r = new Matcher(Fixtures.SETTINGS.withNames(names)).reconcile(
                List.of(e("L1", 0, "中国再保险（集团）股份有限公司", "10.00", "", "")),
                List.of(e("S1", 0, "中再", "10.00", "", "")));
        assertThat(groupOfLedger(r, "L1").matchClass()).isEqualTo(MatchClass.EXACT);
    }

    @Test
    void refusesAnIdUsedTwiceOnOneSide() {
        assertThatThrownBy(() -> run(List.of(e("L1", 0, "A", "1.00", "", ""), e("L1", 1, "A", "2.00", "", "")),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'L1'");
    }
}
