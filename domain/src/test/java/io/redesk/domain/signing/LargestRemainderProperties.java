package io.redesk.domain.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class LargestRemainderProperties {

    @Property
    void partsSumToTheTotalAndStayWithinOneUnitAboveTheirFloor(
            @ForAll @LongRange(min = 0, max = 1_000_000) long total,
            @ForAll @Size(min = 1, max = 15) List<@LongRange(min = 0, max = 1_000_000) Long> weights) {
        long sum = weights.stream().mapToLong(Long::longValue).sum();
        Assume.that(sum > 0);
        List<Long> parts = LargestRemainder.allocate(total, weights);
        assertThat(parts.stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        for (int i = 0; i < weights.size(); i++) {
            BigInteger[] qr = BigInteger.valueOf(weights.get(i)).multiply(BigInteger.valueOf(total))
                    .divideAndRemainder(BigInteger.valueOf(sum));
            long floor = qr[0].longValueExact();
            long ceil = qr[1].signum() == 0 ? floor : floor + 1;
            assertThat(parts.get(i)).isBetween(floor, ceil);
        }
    }

    @Property
    void equalWeightsGiveTheExtraUnitsToTheEarliestParts(@ForAll @Size(min = 2, max = 12) List<@LongRange(min = 1, max = 5) Long> ignored,
                                                          @ForAll @LongRange(min = 1, max = 1000) long weight,
                                                          @ForAll @LongRange(min = 0, max = 10_000) long total) {
        List<Long> weights = ignored.stream().map(x -> weight).toList();
        List<Long> parts = LargestRemainder.allocate(total, weights);
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i - 1)).isGreaterThanOrEqualTo(parts.get(i));
        }
    }
}
