package io.redesk.store.bench;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.Json;
import java.time.LocalDate;
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

    private static final String[] CONDITIONS = {
        "Subject to the terms, conditions and exclusions of the original policy, this reinsurance follows the"
                + " fortunes of the reinsured.",
        "Claims cooperation clause: the reinsured shall notify any loss likely to exceed 10% of the limit within"
                + " 30 days.",
        "Premium payment warranty: 60 days from inception; cancellation for non-payment on 15 days' notice.",
        "Sanctions limitation and exclusion clause (LMA3100A).",
        "Several liability notice (LSW1001): the reinsurers' obligations are several and not joint.",
        "Loss occurring during the period; hours clause 72 hours for windstorm, 168 hours for flood.",
        "Currency conversion at the rate of exchange used in the reinsured's books on the date of settlement.",
        "Arbitration in Shanghai under the rules of the Shanghai International Arbitration Center."};
    private static final String[] EXCLUSIONS = {
        "War, strikes, riots and civil commotion", "Nuclear, chemical and biological", "Cyber attack (CL380)",
        "Communicable disease (LMA5394)", "Terrorism (NMA2920)", "Pollution and contamination, except sudden"
                + " and accidental", "Wear, tear and gradual deterioration", "Contractual liability"};
    private static final String[] INTERESTS = {
        "Property damage and business interruption of the insured's manufacturing plants",
        "Hull and machinery of a fleet of bulk carriers and container vessels",
        "Cargo in transit by sea, air and land, including storage up to 60 days",
        "Offshore energy package: platforms, pipelines and control of well",
        "Construction all risks of a bridge and approach roads, including testing and commissioning"};

    private BenchData() {
    }

    public static String umr(int i) {
        return String.format("B0999R%07d", i);
    }

    /** {@code n} records, the same for every run (seeded). */
    public static List<BenchSlip> slips(int n) {
        Random r = new Random(20261127L);
        List<BenchSlip> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String title = WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " "
                    + WORDS[r.nextInt(WORDS.length)] + " " + (2020 + r.nextInt(8));
            LocalDate inception = LocalDate.of(2026, 1 + r.nextInt(12), 1);
            String cedent = "org-" + r.nextInt(500);
            BenchSlip.RiskDetails risk = new BenchSlip.RiskDetails(
                    r.nextBoolean() ? "QUOTA_SHARE" : "PER_RISK_XL", cedent,
                    "Insured Holdings " + r.nextInt(100_000) + " Co., Ltd.", inception,
                    inception.plusYears(1).minusDays(1), INTERESTS[r.nextInt(INTERESTS.length)],
                    Money.of(r.nextInt(900_000_000) + ".00", "CNY"), Money.of(r.nextInt(90_000_000) + ".00", "CNY"),
                    Money.of(r.nextInt(9_000_000) + ".00", "CNY"),
                    "Worldwide excluding sanctioned territories",
                    pick(r, CONDITIONS, 1 + r.nextInt(3)), pick(r, EXCLUSIONS, 2 + r.nextInt(2)),
                    "PRC law", "Shanghai courts",
                    Money.of(r.nextInt(9_000_000) + "." + (10 + r.nextInt(89)), "CNY"),
                    "Quarterly in arrears, 60 days",
                    "VAT payable by the reinsured",
                    List.of("Survey within 30 days of inception"));
            List<BenchSlip.Line> lines = new ArrayList<>();
            int nLines = 2 + r.nextInt(3);
            for (int k = 0; k < nLines; k++) {
                lines.add(new BenchSlip.Line("org-" + r.nextInt(500), Share.of((5 + r.nextInt(30)) + ".5"),
                        "LR" + r.nextInt(1_000_000), r.nextInt(4) == 0));
            }
            out.add(new BenchSlip("slip-" + i, umr(i), title, PlacementStatus.values()[r.nextInt(5)], risk,
                    new BenchSlip.Information("Ten-year loss history attached, no major losses.",
                            List.of("loss-history.pdf", "survey-" + r.nextInt(1000) + ".pdf")),
                    new BenchSlip.Security(Share.of("100"), "PERCENTAGE_OF_ORDER",
                            "Pro rata signing down, lines to stand excepted", lines),
                    new BenchSlip.Subscription(lines.get(0).reinsurerId(), List.of(lines.get(0).reinsurerId()),
                            "LEADER_ONLY", "Slip leader"),
                    new BenchSlip.Fiscal("Reinsurers' own taxes", "CN", "Property", r.nextBoolean()),
                    new BenchSlip.Remuneration(Share.of("12.5"),
                            List.of(new BenchSlip.Deduction("Exchange fee", Share.of("0.25"))))));
        }
        return out;
    }

    private static List<String> pick(Random r, String[] from, int count) {
        List<String> out = new ArrayList<>(count);
        int start = r.nextInt(from.length);
        for (int k = 0; k < count; k++) {
            out.add(from[(start + k) % from.length]);
        }
        return out;
    }

    /** Mean JSON size in bytes, to report alongside the figures. */
    public static int averageJsonBytes(List<BenchSlip> slips) {
        long total = 0;
        int n = slips.size();
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
