package io.redesk.app.ui.finance;

import io.redesk.app.desk.finance.AccountAction;
import io.redesk.app.desk.finance.SettlementView;
import io.redesk.app.desk.finance.StatementView;
import io.redesk.app.desk.finance.SyncMark;
import io.redesk.app.i18n.Language;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.PageAccess;
import io.redesk.app.ui.shell.ShellModel;
import io.redesk.app.ui.theme.ThemeManager;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.SettlementStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Shows one finance page on the fake book at 1280×800 in a real window, for the README's screenshots
 * taken with {@code xshot} while fsync's vault-backed book is not wired into the app yet (see
 * app/README.md). Test scope only; figures are DESIGN.md's worked examples.
 * Usage: {@code FinanceScreens accounts|statement|ageing en|zh}.
 */
public final class FinanceScreens {

    private FinanceScreens() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "accounts";
        Language language = args.length > 1 && args[1].equals("zh") ? Language.CHINESE : Language.ENGLISH;
        Platform.startup(() -> {
            try {
                show(which, language);
            } catch (Exception e) {
                e.printStackTrace();
                Platform.exit();
            }
        });
    }

    static FakeFinance book() {
        FakeFinance b = new FakeFinance(FakeFinance.HUATAI);
        b.designAccount(UUID.nameUUIDFromBytes("a1".getBytes()), "B0999HT2027001", AccountStatus.ISSUED,
                List.of(AccountAction.AGREE, AccountAction.QUERY));
        String[] umrs = {"B0999HT2027002", "B0999HT2027003", "B0999HT2027004", "B0999HT2027005", "B0999HT2027006",
            "B0999HT2027007", "B0999HT2027008"};
        String[] periods = {"2027Q1", "2026Q4", "2026Q3", "2027Q1", "2026Q2", "2027Q1", "2026Q4"};
        String[] amounts = {"180000.00", "-25000.50", "1234567.89", "45000.00", "-98000.00", "312500.00", "7600.25"};
        for (int i = 0; i < umrs.length; i++) {
            b.plainAccount(UUID.nameUUIDFromBytes(umrs[i].getBytes()), umrs[i], periods[i], Money.cny(amounts[i]));
        }
        b.plainAccount(UUID.nameUUIDFromBytes("usd".getBytes()), "B0999HT2027009", "2027Q1", Money.of("56000.00", "USD"));
        b.statements.add(StatementsViewModelTest.pudongQ1());
        b.statements.add(statement(FakeFinance.CHINA_RE, "2026Q3", "B0999HT2026031", "620000.00", AccountStatus.AGREED));
        b.statements.add(statement(FakeFinance.DONGFANG, "2026Q2", "B0999HT2026022", "-410000.00", AccountStatus.ISSUED));
        b.statements.add(statement(FakeFinance.CHINA_RE, "2026Q4", "B0999HT2026041", "150000.00", AccountStatus.QUERIED));
        b.settlements.add(new SettlementView(UUID.randomUUID(), FakeFinance.PUDONG_RE, FakeFinance.HUATAI, FakeFinance.PUDONG_RE,
                false, Money.cny("154999.50"), Money.cny("154999.50"), null, true, null, SettlementStatus.PARTLY_PAID,
                List.of(), List.of(new SettlementView.Payment(Money.cny("100000.00"), "BOC-2027-0503-001", LocalDate.of(2027, 5, 3))),
                Money.cny("100000.00"), Money.cny("54999.50"), null, Instant.parse("2027-04-03T00:00:00Z"),
                LocalDate.of(2027, 6, 29), true, SyncMark.SYNCED));
        b.settlements.add(new SettlementView(UUID.randomUUID(), FakeFinance.HUATAI, FakeFinance.DONGFANG, FakeFinance.DONGFANG,
                true, Money.cny("410000.00"), Money.cny("410000.00"), null, false, null, SettlementStatus.PAID,
                List.of(), List.of(new SettlementView.Payment(Money.cny("250000.00"), "ICBC-0302", LocalDate.of(2027, 3, 2)),
                new SettlementView.Payment(Money.cny("160000.00"), "ICBC-0415", LocalDate.of(2027, 4, 15))),
                Money.cny("410000.00"), Money.cny("0.00"), null, Instant.parse("2027-02-03T00:00:00Z"),
                LocalDate.of(2027, 3, 29), false, SyncMark.SYNCED));
        return b;
    }

    private static StatementView statement(UUID cp, String period, String umr, String amount, AccountStatus status) {
        UUID id = UUID.nameUUIDFromBytes(umr.getBytes());
        Money m = Money.cny(amount);
        return new StatementView(cp, "CNY", period, List.of(new StatementView.Line(id, umr, AccountKind.ORIGINAL, status, m)),
                m, status == AccountStatus.AGREED ? List.of(new StatementView.NettingLine(List.of(id), List.of(m), m)) : List.of(),
                Instant.now());
    }

    static void show(String which, Language language) throws Exception {
        FakeFinance book = book();
        I18n i18n = AccountsViewModelTest.i18n(language);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        Path exports = Files.createTempDirectory("screens");
        FinanceContext desk = book.desk(exports);
        ShellModel shell = new ShellModel();
        shell.restrictTo(new PageAccess(false, false, true, true)::allows);
        FinanceExporter exporter = new FinanceExporter(desk.exports(), executor, i18n);
        javafx.scene.Parent page;
        if (which.equals("accounts")) {
            AccountsViewModel model = new AccountsViewModel(desk, executor, i18n);
            AccountsPage p = new AccountsPage(model, exporter, shell, i18n);
            model.open(UUID.nameUUIDFromBytes("a1".getBytes()));
            page = p;
        } else {
            StatementsViewModel model = new StatementsViewModel(desk, executor, i18n);
            StatementsPage p = new StatementsPage(model, exporter, shell, i18n);
            ((TableView<?>) p.lookup("#statements-table")).getSelectionModel().select(0);
            if (which.equals("ageing")) {
                javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) p.lookup("#statements-tabs");
                tabs.getSelectionModel().select(1);
            }
            page = p;
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Scene scene = new Scene(scroll, 1280, 800);
        new ThemeManager(io.redesk.app.prefs.ThemeChoice.LIGHT).style(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }
}
