package io.redesk.store.bench;

import io.redesk.domain.money.Money;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Deterministic benchmark data and the table both stores write it to. */
public final class BenchData {

    public static final int RECORDS = 100_000;
    public static final int BATCH = 1_000;

    /** The vault side writes through the real document layer into the real placements table. */
    public static final DocumentTable<BenchSlip> TABLE = DocumentTable.of("placements", BenchSlip.class)
            .id(BenchSlip::id)
            .column("status", BenchSlip::status)
            .searchable(s -> Arrays.asList(s.title(), s.umr()))
            .build();

    private static final String[] WORDS = {"Pacific", "Marine", "Cargo", "Energy", "Aviation", "Property", "Casualty",
        "Hull", "Satellite", "Offshore", "Green", "Shipping", "Chip", "Foundry", "Yangtze", "Delta", "Harbour", "Rail",
        "Solar", "Wind", "Logistics", "Port", "Terminal", "Refinery"};

    private BenchData() {
    }

    public static String umr(int i) {
        return String.format("B0999R%07d", i);
    }

    public static List<BenchSlip> slips(int n) {
        Random r = new Random(20261127L);
        List<BenchSlip> out = new ArrayList<>(n);
        String clause = "Subject to the terms, conditions and exclusions of the original policy, this reinsurance "
                + "follows the fortunes of the reinsured in respect of the interest described. ";
        for (int i = 0; i < n; i++) {
            String title = WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " "
                    + WORDS[r.nextInt(WORDS.length)] + " " + (2020 + r.nextInt(8));
            out.add(new BenchSlip("slip-" + i, umr(i), title, PlacementStatus.values()[r.nextInt(5)],
                    "Insured Holdings " + r.nextInt(100_000) + " Co., Ltd.",
                    clause + clause.substring(0, 60 + r.nextInt(60)),
                    "Worldwide excluding sanctioned territories; PRC including Hong Kong SAR and Macao SAR",
                    clause + clause + "Premium payment warranty 60 days.",
                    "War, strikes, riots and civil commotion; nuclear, chemical, biological; cyber; communicable disease. "
                            + clause,
                    "Survey within 30 days; loss record 5 years; " + clause.substring(0, 80),
                    Money.of(r.nextInt(900_000_000) + ".00", "CNY"), Money.of(r.nextInt(9_000_000) + "." + (10 + r.nextInt(89)), "CNY"),
                    "12.5000", List.of("org-" + r.nextInt(500), "org-" + r.nextInt(500), "org-" + r.nextInt(500))));
        }
        return out;
    }

    /** Average JSON size, to report alongside the figures. */
    public static int averageJsonBytes(List<BenchSlip> slips) {
        long total = 0;
        int n = Math.min(1000, slips.size());
        try {
            for (int i = 0; i < n; i++) {
                total += Json.mapper().writeValueAsBytes(slips.get(i)).length;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (int) (total / n);
    }
}
