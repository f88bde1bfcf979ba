package io.redesk.sdk.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Share;
import io.redesk.domain.signing.SigningDown;
import io.redesk.domain.signing.SigningResult;
import io.redesk.domain.signing.WrittenLine;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DomainValuesTest {

    private static Line line(String written, boolean toStand, LineStatus status, int second) {
        return new Line(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), status, written, toStand, null, null,
                null, null, null, Instant.parse("2026-11-27T08:00:00Z").plusSeconds(second), null, 1);
    }

    @Test
    void moneyRoundTripsExactly() {
        var wire = new io.redesk.sdk.model.Money("1234567.89", "CNY");
        var domain = DomainValues.money(wire);
        assertThat(domain.amount()).isEqualByComparingTo(new BigDecimal("1234567.89"));
        assertThat(DomainValues.wire(domain)).isEqualTo(wire);
    }

    @Test
    void malformedValuesNameTheValue() {
        assertThatThrownBy(() -> DomainValues.money(new io.redesk.sdk.model.Money("12,5", "CNY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12,5");
        assertThatThrownBy(() -> DomainValues.share("abc")).hasMessageContaining("'abc'");
    }

    @Test
    void sharesAreWrittenWithFourDecimals() {
        assertThat(DomainValues.wire(DomainValues.share("18.75"))).isEqualTo("18.7500");
    }

    @Test
    void writtenLinesSkipWithdrawnOnesAndKeepWrittenOrderForTheWorkedExample() {
        // DESIGN.md rule 1: A 40 (to stand), B 30, C 25, D 25 -> 40, 22.5, 18.75, 18.75
        List<Line> lines = List.of(line("25", false, LineStatus.WRITTEN, 3), line("40", true, LineStatus.WRITTEN, 0),
                line("10", false, LineStatus.WITHDRAWN, 1), line("30", false, LineStatus.AMENDED, 1),
                line("25", false, LineStatus.WRITTEN, 2));
        List<WrittenLine> written = DomainValues.writtenLines(lines);
        assertThat(written).extracting(WrittenLine::written)
                .containsExactly(Share.of("40"), Share.of("30"), Share.of("25"), Share.of("25"));
        SigningResult r = SigningDown.sign(written);
        assertThat(r.lines()).extracting(l -> l.signed().percent().toPlainString())
                .containsExactly("40.0000", "22.5000", "18.7500", "18.7500");
    }
}
