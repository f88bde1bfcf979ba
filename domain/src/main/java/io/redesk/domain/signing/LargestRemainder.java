package io.redesk.domain.signing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Splits a whole number of units in proportion to weights so the parts add up to exactly the total:
 * each part gets the floor of its exact quota, and the units left over go one each to the parts with
 * the largest remainders (Hamilton's method). Ties go to the part listed first, so callers list parts
 * in tie-break priority (for lines: earliest written first).
 *
 * <p>All arithmetic is on integers, so remainders are exact: no part is rounded twice and none is
 * decided by floating-point noise. A part whose exact quota is a whole number never receives an extra
 * unit, hence no part exceeds the ceiling of its quota.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param total   units to distribute (≥ 0)
     * @param weights non-negative weights in tie-break order; their sum must be positive unless total is 0
     * @return parts in the same order as the weights, summing to {@code total}
     */
    public static List<Long> allocate(long total, List<Long> weights) {
        Objects.requireNonNull(weights, "weights");
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        BigInteger sum = BigInteger.ZERO;
        for (Long w : weights) {
            if (w == null || w < 0) {
                throw new IllegalArgumentException("weights must be non-negative: " + weights);
            }
            sum = sum.add(BigInteger.valueOf(w));
        }
        int n = weights.size();
        List<Long> parts = new ArrayList<>(n);
        if (total == 0) {
            for (int i = 0; i < n; i++) {
                parts.add(0L);
            }
            return parts;
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("cannot distribute " + total + " units over zero weight");
        }
        BigInteger t = BigInteger.valueOf(total);
        BigInteger[] remainders = new BigInteger[n];
        long allocated = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = BigInteger.valueOf(weights.get(i)).multiply(t).divideAndRemainder(sum);
            long floor = qr[0].longValueExact();
            parts.add(floor);
            remainders[i] = qr[1];
            allocated += floor;
        }
        long residue = total - allocated;
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        // Stable sort: equal remainders keep list order, i.e. ties go to the earlier part.
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; k < residue; k++) {
            int i = order.get(k);
            parts.set(i, parts.get(i) + 1);
        }
        return parts;
    }
}
