package io.redesk.app.bench;

import io.redesk.app.desk.SlipCatalog;
import io.redesk.app.ui.slips.SlipsListBenchProbe;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slips-list benchmark harness (issue 6: 100,000 placements, open in ≤ 1 s, filter as you type).
 * Not a test: it asserts nothing and is skipped unless {@code -Dredesk.bench=true}; run it with
 * {@code app/bench/slips-list.sh}. Figures go to {@code app/target/bench/slips-list.txt}.
 *
 * <p>Measured on the real path: an encrypted vault (AES-GCM suite, records and blind index written by
 * local-store), {@link SlipCatalog} reads and the list view-model's filter function, in a fresh JVM
 * after a short warm-up of the same calls on the same vault.
 */
class SlipsListBench {

    private static final Logger LOG = LoggerFactory.getLogger(SlipsListBench.class);
    private static final int N = Integer.getInteger("redesk.bench.placements", 100_000);
    private static final String[] EN = {"Yangshan", "port", "stock", "cargo", "aviation", "fleet", "Pudong", "warehouse",
        "typhoon", "property", "marine", "hull", "energy", "refinery", "engineering", "bridge", "metro", "satellite"};
    private static final String[] KINDS = {"FAC_PROPORTIONAL", "FAC_EXCESS_OF_LOSS", "QUOTA_SHARE", "SURPLUS",
        "PER_RISK_EXCESS_OF_LOSS", "CAT_EXCESS_OF_LOSS", "STOP_LOSS"};
    private static final String[] ZH = {"洋山港", "仓储", "货运", "航空", "机队", "浦东", "台风", "财产", "船舶", "能源", "炼油", "工程", "大桥", "地铁"};

    @TempDir
    Path dir;

    @Test
    void slipsListWith100kPlacements() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("redesk.bench"), "benchmark: run app/bench/slips-list.sh");
        List<String> out = new ArrayList<>();
        Vault vault = Vaults.create(new VaultLocation(dir, "bench"), "bench passphrase".toCharArray(),
                CryptoSuite.INTERNATIONAL, VaultOptions.defaults());
        PlacementRepository repo = new PlacementRepository(vault);
        Random rnd = new Random(42);
        long t0 = System.nanoTime();
        for (int start = 0; start < N; start += 10_000) {
            List<PlacementRecord> batch = new ArrayList<>();
            for (int i = start; i < Math.min(N, start + 10_000); i++) {
                String title = rnd.nextInt(4) == 0
                        ? ZH[rnd.nextInt(ZH.length)] + ZH[rnd.nextInt(ZH.length)] + " " + (2020 + rnd.nextInt(8))
                        : EN[rnd.nextInt(EN.length)] + " " + EN[rnd.nextInt(EN.length)] + " " + EN[rnd.nextInt(EN.length)] + " " + i;
                LocalDate inception = LocalDate.of(2020 + rnd.nextInt(8), 1 + rnd.nextInt(12), 1);
                batch.add(new PlacementRecord(UUID.randomUUID().toString(), String.format("B0999BN%08d", i), title,
                        PlacementStatus.values()[rnd.nextInt(PlacementStatus.values().length)], null, null, inception,
                        inception.plusYears(1).minusDays(1), 1, KINDS[rnd.nextInt(KINDS.length)]));
            }
            repo.insertAll(batch);
        }
        out.add(String.format("seeded %,d placements in %.1f s", N, (System.nanoTime() - t0) / 1e9));

        SlipCatalog catalog = new SlipCatalog(vault);
        long first = time(() -> catalog.newest(200));
        long full = time(() -> SlipsListBenchProbe.load(catalog.all()));
        out.add(String.format("cold: first screen (newest 200 rows) %d ms; whole list with search keys (%,d rows) %d ms",
                first, N, full));
        for (int i = 0; i < 3; i++) {
            catalog.newest(200);
            SlipsListBenchProbe.load(catalog.all());
        }
        first = time(() -> catalog.newest(200));
        System.gc();
        long before = usedHeap();
        SlipsListBenchProbe.Loaded all = SlipsListBenchProbe.load(catalog.all());
        full = time(() -> SlipsListBenchProbe.load(catalog.all()));
        System.gc();
        long after = usedHeap();
        out.add(String.format("warm: first screen %d ms; whole list %d ms", first, full));
        out.add(String.format("heap held by the loaded list: %.1f MiB (%,d rows); JVM max heap %.0f MiB",
                (after - before) / 1048576.0, all.size(), Runtime.getRuntime().maxMemory() / 1048576.0));

        for (String word : List.of("yangshan", "b0999bn0004", "洋山港仓储")) {
            List<String> steps = new ArrayList<>();
            long worst = 0;
            for (int len = 1; len <= word.length(); len++) {
                String q = word.substring(0, len);
                long[] hits = new long[1];
                long ms = time(() -> hits[0] = SlipsListBenchProbe.filter(all, q, null).size());
                worst = Math.max(worst, ms);
                steps.add(q + "→" + hits[0] + " rows " + ms + " ms");
            }
            out.add("typing '" + word + "' (worst " + worst + " ms per keystroke): " + String.join("; ", steps));
        }
        long status = time(() -> SlipsListBenchProbe.filter(all, "", PlacementStatus.INQUIRY).size());
        out.add("status filter over all rows: " + status + " ms");
        long[] treaties = new long[1];
        long kind = time(() -> treaties[0] = SlipsListBenchProbe.filter(all, "", null,
                io.redesk.app.desk.KindFilter.TREATY).size());
        out.add("kind filter (treaty, " + treaties[0] + " rows) over all rows: " + kind + " ms");
        long combined = time(() -> SlipsListBenchProbe.filter(all, "yangshan", PlacementStatus.BOUND,
                io.redesk.app.desk.KindFilter.NON_PROPORTIONAL).size());
        out.add("search + status + kind together: " + combined + " ms");
        // a save in the editor changes one slip: its row is read again and merged (SlipsListViewModel.changed)
        String changedId = catalog.newest(1).get(0).id();
        long[] merged = new long[1];
        long merge = time(() -> merged[0] = SlipsListBenchProbe.merge(all, java.util.Set.of(changedId), catalog).size());
        long mergeWarm = time(() -> SlipsListBenchProbe.merge(all, java.util.Set.of(changedId), catalog));
        out.add(String.format("one saved slip merged into the list (read, merge, %,d rows): %d ms, again %d ms "
                + "(a reload of the whole list: %d ms warm)", merged[0], merge, mergeWarm, full));
        vault.close();

        Path report = Path.of("target/bench/slips-list.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, String.join("\n", out) + "\n");
        out.forEach(LOG::info);
    }

    private static long time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

}
