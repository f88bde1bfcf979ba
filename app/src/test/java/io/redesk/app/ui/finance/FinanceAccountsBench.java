package io.redesk.app.ui.finance;

import io.redesk.app.desk.finance.AccountQuery;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.RowPage;
import io.redesk.app.desk.finance.SyncMark;
import io.redesk.app.export.ExportTable;
import io.redesk.app.export.XlsxExport;
import io.redesk.app.i18n.Language;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.ShellModel;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BalanceDirection;
import io.redesk.sdk.model.account.ParticipantResponse;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The accounts-page benchmark harness (issue 12: 100,000 technical accounts; open ≤ 1 s, filter as you
 * type within a frame, export all to XLSX). Not a test: it asserts nothing and is skipped unless
 * {@code -Dredesk.bench=true}; run it with {@code app/bench/finance-accounts.sh}. Figures go to
 * {@code app/target/bench/finance-accounts.txt}.
 *
 * <p>What it measures: the page's own path on the FX thread at 1280×800 (view-model query, rows into
 * the table, CSS and layout of the visible rows) and the export (the list's columns, fastexcel). The
 * book is an in-memory list of 100,000 rows filtered by substring, standing in for fsync's
 * {@code FinanceBook}, which keeps its rows in memory the same way; the vault read behind it is fsync's
 * to measure.
 */
@ExtendWith(ApplicationExtension.class)
class FinanceAccountsBench {

    private static final int N = Integer.getInteger("redesk.bench.accounts", 100_000);

    @TempDir
    Path dir;

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    /** An in-memory book of {@code N} accounts. */
    static final class BigBook extends FakeFinance {
        final List<AccountRow> rows = new ArrayList<>();
        final List<String> keys = new ArrayList<>();

        BigBook() {
            super(FakeFinance.HUATAI);
            Random rnd = new Random(42);
            String[] periods = {"2026Q1", "2026Q2", "2026Q3", "2026Q4", "2027Q1", "2027Q2"};
            UUID[] cps = {FakeFinance.CHINA_RE, FakeFinance.PUDONG_RE, FakeFinance.DONGFANG};
            AccountStatus[] st = {AccountStatus.DRAFT, AccountStatus.ISSUED, AccountStatus.AGREED, AccountStatus.QUERIED,
                AccountStatus.SETTLED};
            for (int i = 0; i < N; i++) {
                Money balance = Money.of(java.math.BigDecimal.valueOf(rnd.nextLong(-5_000_000_000L, 90_000_000_000L), 2),
                        java.util.Currency.getInstance(i % 7 == 0 ? "USD" : "CNY"));
                String umr = String.format("B0999HT%08d", i);
                String period = periods[rnd.nextInt(periods.length)];
                LocalDate due = dueDate(period);
                Money stated = i % 50 == 0 ? balance.plus(Money.of("0.01", balance.currency().getCurrencyCode())) : null;
                AccountRow r = new AccountRow(UUID.randomUUID(), UUID.randomUUID(), umr, "Layer " + (1 + i % 3), period,
                        balance.currency().getCurrencyCode(), null, 1, AccountKind.ORIGINAL, st[rnd.nextInt(st.length)],
                        ParticipantResponse.PENDING, FakeFinance.DONGFANG, FakeFinance.HUATAI,
                        List.of(cps[rnd.nextInt(cps.length)]), balance, stated,
                        stated == null ? Money.zero(balance.currency()) : stated.minus(balance), stated != null,
                        BalanceDirection.DUE_TO_REINSURERS, balance, due, due.isBefore(TODAY), Instant.EPOCH, SyncMark.SYNCED);
                rows.add(r);
                keys.add((umr + " " + period + " layer " + (1 + i % 3)).toLowerCase(Locale.ROOT));
            }
        }

        @Override
        public RowPage<AccountRow> accounts(AccountQuery q) {
            String t = q.text() == null ? null : q.text().toLowerCase(Locale.ROOT);
            List<AccountRow> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                AccountRow r = rows.get(i);
                if ((t == null || keys.get(i).contains(t)) && (!q.flaggedOnly() || r.flagged())
                        && (q.currency() == null || q.currency().equals(r.currency()))) {
                    out.add(r);
                }
            }
            out.sort(Comparator.comparing(AccountRow::period).reversed());
            return new RowPage<>(out, out.size());
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    @Test
    void accountsPageWith100kAccounts() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("redesk.bench"), "benchmark: run app/bench/finance-accounts.sh");
        List<String> out = new ArrayList<>();
        long t0 = System.nanoTime();
        BigBook book = new BigBook();
        out.add(String.format("built %,d accounts in memory in %d ms", N, (System.nanoTime() - t0) / 1_000_000));
        I18n i18n = AccountsViewModelTest.i18n(Language.ENGLISH);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        FinanceContext desk = book.desk(dir);

        for (int round = 0; round < 2; round++) {
            // open: view-model + page + first layout with every row loaded, on the FX thread
            long[] open = fx(() -> {
                long s = System.nanoTime();
                AccountsViewModel model = new AccountsViewModel(desk, executor, i18n);
                AccountsPage page = new AccountsPage(model, new FinanceExporter(desk.exports(), executor, i18n),
                        new ShellModel(), i18n);
                root.getChildren().setAll(page);
                root.applyCss();
                root.layout();
                return new long[] {System.nanoTime() - s, model.rows().size(), model.lastQueryNanos()};
            });
            out.add(String.format("%s: accounts page open with %,d rows %d ms (book query %d ms)",
                    round == 0 ? "cold" : "warm", open[1], open[0] / 1_000_000, open[2] / 1_000_000));
        }
        AccountsViewModel model = fx(() -> ((AccountsPage) root.getChildren().get(0)).modelForBench());
        for (String word : List.of("b0999ht0004", "2027q1", "layer 2")) {
            StringBuilder typed = new StringBuilder();
            long worst = 0;
            List<String> each = new ArrayList<>();
            for (char c : word.toCharArray()) {
                typed.append(c);
                String now = typed.toString();
                long[] k = fx(() -> {
                    long s = System.nanoTime();
                    model.searchProperty().set(now);
                    root.applyCss();
                    root.layout();
                    return new long[] {System.nanoTime() - s, model.rows().size(), model.lastQueryNanos()};
                });
                worst = Math.max(worst, k[0]);
                each.add(String.format("%d ms (book %d)/%,d", k[0] / 1_000_000, k[2] / 1_000_000, k[1]));
            }
            out.add(String.format("typing '%s': worst keystroke %d ms (total ms (book query ms)/rows matching: %s)", word, worst / 1_000_000,
                    String.join(", ", each)));
            fx(() -> {
                model.searchProperty().set("");
                return null;
            });
        }

        // export all to XLSX
        for (int round = 0; round < 2; round++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            ExportTable table = fx(model::exportTable);
            Path file = dir.resolve("accounts-" + round + ".xlsx");
            long s = System.nanoTime();
            long written;
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
                written = XlsxExport.write(table, os);
            }
            long ns = System.nanoTime() - s;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.add(String.format("%s: export %,d accounts to XLSX in %d ms = %,.0f rows/s; file %,d KiB; heap before %d MiB,"
                            + " peak during %d MiB (pools' peaks summed, an upper bound)", round == 0 ? "cold" : "warm", written,
                    ns / 1_000_000, written * 1e9 / ns, Files.size(file) / 1024, before >> 20, peak >> 20));
        }
        out.add("max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; " + Runtime.getRuntime().availableProcessors()
                + " cores; load " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path report = Path.of("target/bench/finance-accounts.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, out);
        out.forEach(System.out::println);
    }
}
