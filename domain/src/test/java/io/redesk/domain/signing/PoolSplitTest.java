package io.redesk.domain.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Share;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolSplitTest {

    private static final List<PoolMember> MEMBERS = List.of(
            new PoolMember("P1", Share.of("50")), new PoolMember("P2", Share.of("30")), new PoolMember("P3", Share.of("20")));

    @Test
    void splitsATenPercentPoolLineFiveThreeTwo() {
        assertThat(PoolSplit.split(Share.of("10"), MEMBERS)).extracting(MemberLine::line)
                .containsExactly(Share.of("5"), Share.of("3"), Share.of("2"));
    }

    @Test
    void signsDownThePoolLineFirstThenSplitsWithTheSameRoundingRule() {
        Instant t = Instant.parse("2026-11-02T00:00:00Z");
        SigningResult signing = SigningDown.sign(List.of(
                new WrittenLine("LEAD", Share.of("40"), true, t),
                new WrittenLine("POOL", Share.of("10"), false, t.plusSeconds(60)),
                new WrittenLine("F", Share.of("60"), false, t.plusSeconds(120))));
        // f = 60/70: pool line 8.571428… → 8.5714, F 51.428571… → 51.4286 (larger remainder).
        assertThat(signing.line("POOL").signed()).isEqualTo(Share.of("8.5714"));
        List<MemberLine> split = PoolSplit.split(signing, "POOL", MEMBERS);
        // 8.5714 × 50/30/20 = 4.2857, 2.57142, 1.71428 → floors sum 8.5713; residue to P3 (.8 > .2).
        assertThat(split).extracting(MemberLine::line)
                .containsExactly(Share.of("4.2857"), Share.of("2.5714"), Share.of("1.7143"));
        assertThat(split.stream().map(MemberLine::line).reduce(Share.ZERO, Share::plus)).isEqualTo(Share.of("8.5714"));
    }

    @Test
    void rejectsMemberSharesThatDoNotAddUpToHundred() {
        assertThatThrownBy(() -> PoolSplit.split(Share.of("10"), List.of(new PoolMember("P1", Share.of("50")),
                new PoolMember("P2", Share.of("30"))))).isInstanceOf(SigningException.class)
                .hasMessageContaining("add up to 80.0000%");
        assertThatThrownBy(() -> PoolSplit.split(Share.of("10"), List.of(new PoolMember("P1", Share.of("50")),
                new PoolMember("P1", Share.of("50"))))).hasMessageContaining("P1 appears more than once");
    }

    @Test
    void refusesToSplitBeforeSigning() {
        SigningResult open = SigningDown.sign(List.of(new WrittenLine("POOL", Share.of("10"), false, Instant.EPOCH)));
        assertThatThrownBy(() -> PoolSplit.split(open, "POOL", MEMBERS)).hasMessageContaining("not signed (DECISION_REQUIRED)");
    }
}
