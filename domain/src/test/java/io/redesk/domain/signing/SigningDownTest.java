package io.redesk.domain.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Share;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningDownTest {

    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    private static WrittenLine line(String id, String written, boolean toStand, int minute) {
        return new WrittenLine(id, Share.of(written), toStand, T0.plusSeconds(60L * minute));
    }

    @Test
    void signsDownProportionallyKeepingToStandLines() {
        SigningResult r = SigningDown.sign(List.of(
                line("A", "40", true, 0), line("B", "30", false, 1), line("C", "25", false, 2), line("D", "25", false, 3)));

        assertThat(r.isSigned()).isTrue();
        assertThat(r.factor()).isEqualByComparingTo("0.75");
        assertThat(r.line("A").signed().percent()).hasToString("40.0000");
        assertThat(r.line("B").signed().percent()).hasToString("22.5000");
        assertThat(r.line("C").signed().percent()).hasToString("18.7500");
        assertThat(r.line("D").signed().percent()).hasToString("18.7500");
        assertThat(r.signedTotal()).isEqualTo(Share.HUNDRED);
        assertThat(r.writtenTotal()).isEqualTo(Share.of("120"));
    }

    @Test
    void givesTheRoundingResidueByLargestRemainderToTheEarliestWrittenLineOnATie() {
        // 3 × 50 = 150 → f = 2/3: each exact 33.33333…, residue 0.0001 goes to the earliest written (Y).
        SigningResult r = SigningDown.sign(List.of(line("X", "50", false, 5), line("Y", "50", false, 1), line("Z", "50", false, 3)));
        assertThat(r.line("Y").signed()).isEqualTo(Share.of("33.3334"));
        assertThat(r.line("X").signed()).isEqualTo(Share.of("33.3333"));
        assertThat(r.line("Z").signed()).isEqualTo(Share.of("33.3333"));
        assertThat(r.signedTotal()).isEqualTo(Share.HUNDRED);
    }

    @Test
    void givesTheResidueToTheLargestRemainderBeforeTies() {
        // 60 + 30 + 20 = 110, f = 100/110: 54.545454…, 27.272727…, 18.181818…; floors sum 99.9998,
        // remainders .54, .27, .81 (×0.0001) → Z then X get a unit.
        SigningResult r = SigningDown.sign(List.of(line("X", "60", false, 0), line("Y", "30", false, 1), line("Z", "20", false, 2)));
        assertThat(r.line("X").signed()).isEqualTo(Share.of("54.5455"));
        assertThat(r.line("Y").signed()).isEqualTo(Share.of("27.2727"));
        assertThat(r.line("Z").signed()).isEqualTo(Share.of("18.1818"));
        assertThat(r.signedTotal()).isEqualTo(Share.HUNDRED);
    }

    @Test
    void signsAsWrittenWhenExactlyFullySubscribed() {
        SigningResult r = SigningDown.sign(List.of(line("A", "60", false, 0), line("B", "40", true, 1)));
        assertThat(r.lines()).extracting(SignedLine::signed).containsExactly(Share.of("60"), Share.of("40"));
        assertThat(r.underSubscription()).isEqualTo(UnderSubscription.NONE);
    }

    @Test
    void linesArePercentagesOfTheOrder() {
        SigningResult r = SigningDown.sign(List.of(line("A", "75", false, 0), line("B", "50", false, 1)), Share.of("80"));
        assertThat(r.line("A").signed()).isEqualTo(Share.of("60"));
        assertThat(r.line("B").signed()).isEqualTo(Share.of("40"));
        assertThat(r.order()).isEqualTo(Share.of("80"));
        assertThat(r.line("A").ofWholeRisk(r.order()).plus(r.line("B").ofWholeRisk(r.order()))).isEqualTo(Share.of("80"));
    }

    @Test
    void refusesToSignAnUnderSubscribedPlacementWithoutABrokerDecision() {
        SigningResult r = SigningDown.sign(List.of(line("A", "50", false, 0), line("B", "40", false, 1)));
        assertThat(r.isSigned()).isFalse();
        assertThat(r.underSubscription()).isEqualTo(UnderSubscription.DECISION_REQUIRED);
        assertThat(r.lines()).extracting(SignedLine::signed).containsExactly(Share.of("50"), Share.of("40"));
    }

    @Test
    void keepsAnUnderSubscribedPlacementOpenWhenTheBrokerSaysSo() {
        SigningResult r = SigningDown.sign(List.of(line("A", "50", false, 0)), Share.HUNDRED, BrokerDecision.KEEP_OPEN);
        assertThat(r.isSigned()).isFalse();
        assertThat(r.underSubscription()).isEqualTo(UnderSubscription.KEPT_OPEN);
    }

    @Test
    void reducesTheOrderToTheWrittenTotalKeepingEachLinesShareOfTheWholeRisk() {
        SigningResult r = SigningDown.sign(List.of(line("A", "50", true, 0), line("B", "40", false, 1)),
                Share.of("80"), BrokerDecision.REDUCE_ORDER);
        assertThat(r.isSigned()).isTrue();
        assertThat(r.underSubscription()).isEqualTo(UnderSubscription.ORDER_REDUCED);
        assertThat(r.order()).isEqualTo(Share.of("72"));
        assertThat(r.line("A").signed()).isEqualTo(Share.of("55.5556"));
        assertThat(r.line("B").signed()).isEqualTo(Share.of("44.4444"));
        assertThat(r.signedTotal()).isEqualTo(Share.HUNDRED);
        assertThat(r.line("A").ofWholeRisk(r.order())).isEqualTo(Share.of("40"));
        assertThat(r.line("B").ofWholeRisk(r.order())).isEqualTo(Share.of("32"));
    }

    @Test
    void rejectsLinesThatCannotBeSignedWithSpecificReasons() {
        assertThatThrownBy(() -> SigningDown.sign(List.of())).isInstanceOf(SigningException.class)
                .hasMessageContaining("no written lines");
        assertThatThrownBy(() -> SigningDown.sign(List.of(line("A", "70", true, 0), line("B", "60", true, 1))))
                .hasMessageContaining("to stand total 130.0000%");
        assertThatThrownBy(() -> SigningDown.sign(List.of(line("A", "70", false, 0), line("A", "60", false, 1))))
                .hasMessageContaining("line A appears more than once");
        assertThatThrownBy(() -> SigningDown.sign(List.of(line("A", "0", false, 0))))
                .hasMessageContaining("line A is written at 0%");
        assertThatThrownBy(() -> SigningDown.sign(List.of(line("A", "101", false, 0))))
                .hasMessageContaining("more than 100% of the order");
        assertThatThrownBy(() -> SigningDown.sign(List.of(line("A", "100", false, 0)), Share.ZERO))
                .hasMessageContaining("order must be above 0%");
        assertThatThrownBy(() -> SigningDown.sign(List.of(line("A", "0.0001", false, 0)), Share.of("0.0001"),
                BrokerDecision.REDUCE_ORDER)).hasMessageContaining("leaves nothing to sign");
    }

    @Test
    void signsOtherLinesToZeroWhenToStandLinesFillTheOrder() {
        SigningResult r = SigningDown.sign(List.of(line("A", "100", true, 0), line("B", "10", false, 1)));
        assertThat(r.line("A").signed()).isEqualTo(Share.HUNDRED);
        assertThat(r.line("B").signed()).isEqualTo(Share.ZERO);
    }
}
