package io.redesk.recon.match;

import static io.redesk.recon.match.Fixtures.groupOfLedger;
import static io.redesk.recon.match.Fixtures.groupOfStatement;
import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.recon.model.Entry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MatcherProperties {

    private static Entry entry(String id, int day, String party, long minor) {
        return new Entry(id, Fixtures.DAY0.plusDays(day), party, Fixtures.CNY, minor, "", "");
    }

    /** Splits {@code total} into {@code parts} positive, distinct-enough amounts. */
    private static List<Long> split(long total, int parts, Random random) {
        List<Long> out = new ArrayList<>();
        long left = total;
        for (int i = 0; i < parts - 1; i++) {
            long share = left / (parts - i) + random.nextInt(1 + (int) Math.min(1000, left / (4L * (parts - i))));
            out.add(share);
            left -= share;
        }
        out.add(left);
        return out;
    }

    @Property(tries = 200)
    void aPlantedOneToManyGroupIsFound(@ForAll @LongRange(min = 100_000, max = 1_000_000_000) long total,
                                       @ForAll @IntRange(min = 2, max = 5) int parts, @ForAll long seed) {
        Random random = new Random(seed);
        List<Long> amounts = split(total, parts, random);
        List<Entry> statement = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            statement.add(entry("S" + i, random.nextInt(11) - 5, "Alpha Re", amounts.get(i)));
        }
        statement.add(entry("NOISE", 0, "Alpha Re", total + 12_345)); // larger than the target: never a part
        var r = Fixtures.run(List.of(entry("L", 0, "ALPHA REINSURANCE", total)), statement);
        MatchGroup g = groupOfLedger(r, "L");
        assertThat(g.matchClass()).isEqualTo(MatchClass.ONE_TO_MANY);
        assertThat(g.statementIds()).hasSize(parts).doesNotContain("NOISE");
        assertThat(g.differenceMinor()).isZero();
    }

    @Property(tries = 200)
    void aPlantedManyToOneGroupIsFound(@ForAll @LongRange(min = 100_000, max = 1_000_000_000) long total,
                                       @ForAll @IntRange(min = 2, max = 5) int parts, @ForAll long seed) {
        Random random = new Random(seed);
        List<Long> amounts = split(total, parts, random);
        List<Entry> ledger = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            ledger.add(entry("L" + i, random.nextInt(11) - 5, "太平再保险股份有限公司", -amounts.get(i)));
        }
        var r = Fixtures.run(ledger, List.of(entry("S", 0, "太平再保险有限公司", -total)));
        MatchGroup g = groupOfStatement(r, "S");
        assertThat(g.matchClass()).isEqualTo(MatchClass.MANY_TO_ONE);
        assertThat(g.ledgerIds()).hasSize(parts);
    }

    @Property(tries = 200)
    void twoSubsetsThatBothFitGiveAmbiguous(@ForAll @LongRange(min = 100_000, max = 1_000_000_000) long total,
                                            @ForAll @IntRange(min = 2, max = 4) int partsA,
                                            @ForAll @IntRange(min = 2, max = 4) int partsB, @ForAll long seed) {
        Random random = new Random(seed);
        List<Entry> statement = new ArrayList<>();
        int k = 0;
        for (List<Long> subset : List.of(split(total, partsA, random), split(total, partsB, random))) {
            for (long a : subset) {
                statement.add(entry("S" + k++, random.nextInt(11) - 5, "Beta", a));
            }
        }
        var r = Fixtures.run(List.of(entry("L", 0, "Beta", total)), statement);
        MatchGroup g = groupOfLedger(r, "L");
        assertThat(g.matchClass()).isEqualTo(MatchClass.AMBIGUOUS);
        assertThat(g.explanation().alternatives()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Property(tries = 300)
    void aDifferenceAboveTheToleranceIsNeverMatched(@ForAll @LongRange(min = 1_000, max = 1_000_000_000) long amount,
                                                    @ForAll @LongRange(min = 6, max = 10_000) long difference,
                                                    @ForAll boolean over, @ForAll @IntRange(min = -5, max = 5) int days) {
        long other = over ? amount + difference : amount - difference;
        var r = Fixtures.run(List.of(entry("L", 0, "Gamma", amount)), List.of(entry("S", days, "Gamma", other)));
        assertThat(groupOfLedger(r, "L").matchClass()).isEqualTo(MatchClass.UNMATCHED);
        assertThat(groupOfStatement(r, "S").matchClass()).isEqualTo(MatchClass.UNMATCHED);
    }

    @Property(tries = 100)
    void everyItemIsInExactlyOneGroupAndTheResultIgnoresInputOrder(@ForAll("sides") List<List<Entry>> sides,
                                                                   @ForAll long seed) {
        List<Entry> ledger = sides.get(0);
        List<Entry> statement = sides.get(1);
        var r = Fixtures.run(ledger, statement);
        List<String> seenL = r.groups().stream().flatMap(g -> g.ledgerIds().stream()).toList();
        List<String> seenS = r.groups().stream().flatMap(g -> g.statementIds().stream()).toList();
        assertThat(seenL).containsExactlyInAnyOrderElementsOf(ledger.stream().map(Entry::id).toList());
        assertThat(seenS).containsExactlyInAnyOrderElementsOf(statement.stream().map(Entry::id).toList());

        List<Entry> l2 = new ArrayList<>(ledger);
        List<Entry> s2 = new ArrayList<>(statement);
        Collections.shuffle(l2, new Random(seed));
        Collections.shuffle(s2, new Random(seed + 1));
        assertThat(canonical(Fixtures.run(l2, s2))).isEqualTo(canonical(r));
    }

    private static Set<String> canonical(ReconciliationResult r) {
        return r.groups().stream()
                .map(g -> g.matchClass() + " " + g.pass() + " " + g.ledgerIds() + " " + g.statementIds() + " "
                        + g.differenceMinor() + " " + g.age())
                .collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * Two small sides over few parties, amounts and days, so references, equal amounts, rounding and
     * subsets all collide often.
     */
    @Provide
    Arbitrary<List<List<Entry>>> sides() {
        Arbitrary<int[]> row = Combinators.combine(Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(-3, 3), Arbitraries.integers().between(0, 6))
                .as((day, party, amount, cents, ref) -> new int[] {day, party, amount, cents, ref});
        Arbitrary<List<int[]>> rows = row.list().ofMaxSize(14);
        return Combinators.combine(rows, rows).as((a, b) -> List.of(build("L", a), build("S", b)));
    }

    private static List<Entry> build(String prefix, List<int[]> rows) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int[] x = rows.get(i);
            String ref = x[4] < 3 ? "REF" + (1000 + x[4]) : "";
            String desc = x[4] == 5 ? "paid REF1001 thanks" : "";
            out.add(new Entry(prefix + i, Fixtures.DAY0.plusDays(x[0]), List.of("A Re", "B Ltd", "C").get(x[1]),
                    Fixtures.CNY, x[2] * 10_000L + x[3], ref, desc));
        }
        return out;
    }
}
