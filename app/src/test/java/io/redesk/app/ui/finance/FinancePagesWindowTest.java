package io.redesk.app.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.finance.AccountAction;
import io.redesk.app.i18n.Language;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.PageAccess;
import io.redesk.app.ui.shell.ShellModel;
import io.redesk.app.ui.task.FxTaskExecutor;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountStatus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The finance pages at 1280×800 on a fake finance book (the real book is fsync's): no amount is ever
 * cut off, a statement exported to XLSX reads back to the figures on screen, and an account is queried
 * in Chinese through the page. Every scene lookup runs on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class FinancePagesWindowTest {

    @TempDir
    Path exports;

    static final UUID BIG = UUID.fromString("00000000-0000-0000-0000-0000000000b9");

    private FakeFinance book;
    private I18n i18n;
    private StackPane root;
    private FxTaskExecutor executor;
    private ShellModel shell;

    @Start
    void start(Stage stage) {
        book = new FakeFinance(FakeFinance.HUATAI);
        book.designAccount(StatementsViewModelTest.A1, "B0999HT2027001", AccountStatus.ISSUED,
                List.of(AccountAction.AGREE, AccountAction.QUERY));
        book.plainAccount(BIG, "B0999HT2027099", "2027Q1", Money.cny("-1234567890123.45"));
        book.statements.add(StatementsViewModelTest.pudongQ1());
        i18n = AccountsViewModelTest.i18n(Language.ENGLISH);
        executor = new FxTaskExecutor();
        shell = new ShellModel();
        shell.restrictTo(new PageAccess(false, false, true, true)::allows);
        root = new StackPane();
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void show(Callable<Node> page) throws Exception {
        Node n = fx(page);
        fx(() -> root.getChildren().setAll(n));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Every right-aligned figure (table cells and detail labels) whose text is wider than its node. */
    private List<String> cutOff() throws Exception {
        return fx(() -> {
            List<String> cut = new ArrayList<>();
            for (Node n : root.lookupAll(".rd-amount")) {
                if (!(n instanceof Labeled l) || l.getText() == null || l.getText().isEmpty() || !l.isVisible()) {
                    continue;
                }
                Text probe = new Text(l.getText());
                probe.setFont(l.getFont());
                double room = l.getWidth() - l.getInsets().getLeft() - l.getInsets().getRight();
                if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                    cut.add(l.getText() + " in " + room);
                }
            }
            return cut;
        });
    }

    @Test
    void noAmountOnTheAccountsPageIsCutOffAt1280x800InEitherLanguage() throws Exception {
        AccountsViewModel model = fx(() -> new AccountsViewModel(book.desk(exports), executor, i18n));
        show(() -> new AccountsPage(model, new FinanceExporter(book.desk(exports).exports(), executor, i18n), shell, i18n));
        waitUntil(() -> model.rows().size() == 2);
        fx(() -> {
            model.open(BIG);
            return null;
        });
        waitUntil(() -> model.detail().detailProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> root.lookupAll(".rd-amount").stream().filter(n -> n instanceof TableCell<?, ?> c
                && c.getText() != null && c.getText().contains("1,234,567,890,123.45")).count())).isGreaterThan(0);
        assertThat(cutOff()).isEmpty();

        fx(() -> {
            i18n.setLanguage(Language.CHINESE);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> model.loadsProperty().get() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cutOff()).isEmpty();
    }

    @Test
    void aStatementExportedToXlsxReadsBackToTheFiguresOnScreen(FxRobot robot) throws Exception {
        StatementsViewModel model = fx(() -> new StatementsViewModel(book.desk(exports), executor, i18n));
        FinanceExporter exporter = fx(() -> new FinanceExporter(book.desk(exports).exports(), executor, i18n));
        show(() -> new StatementsPage(model, exporter, shell, i18n));
        waitUntil(() -> model.statements().size() == 1);
        fx(() -> {
            robot.lookup("#statements-table").queryAs(TableView.class).getSelectionModel().select(0);
            return null;
        });
        waitUntil(() -> robot.lookup("#statement-export-xlsx").tryQuery().isPresent());
        assertThat(cutOff()).isEmpty();
        List<String> screen = fx(() -> robot.lookup("#statement-lines").lookup(".rd-amount").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()).toList());
        robot.clickOn("#statement-export-xlsx");
        waitUntil(() -> exporter.lastFile() != null);

        Path file = exporter.lastFile();
        assertThat(file.getFileName().toString()).startsWith("statement-").endsWith(".xlsx");
        List<String> exported = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> rows = wb.getFirstSheet().read();
            for (Row r : rows.subList(1, rows.size() - 1)) {
                exported.add(i18n.formats().money(Money.of(r.getCellAsNumber(3).orElseThrow(), java.util.Currency.getInstance("CNY"))));
            }
        }
        assertThat(screen).containsExactlyElementsOf(exported);
        assertThat(exported).containsExactly("CN¥180,000.00", "-CN¥25,000.50", "CN¥1,000.00");
    }

    @Test
    void aReinsurerQueriesAnAccountInChineseThroughThePage(FxRobot robot) throws Exception {
        FakeFinance reinsurer = new FakeFinance(FakeFinance.CHINA_RE);
        reinsurer.designAccount(StatementsViewModelTest.A1, "B0999HT2027001", AccountStatus.ISSUED,
                List.of(AccountAction.AGREE, AccountAction.QUERY));
        fx(() -> {
            i18n.setLanguage(Language.CHINESE);
            return null;
        });
        AccountsViewModel model = fx(() -> new AccountsViewModel(reinsurer.desk(exports), executor, i18n));
        show(() -> new AccountsPage(model, new FinanceExporter(reinsurer.desk(exports).exports(), executor, i18n), shell, i18n));
        waitUntil(() -> model.rows().size() == 1);
        fx(() -> {
            robot.lookup("#accounts-table").queryAs(TableView.class).getSelectionModel().select(0);
            return null;
        });
        waitUntil(() -> robot.lookup("#account-query").tryQuery().isPresent());
        assertThat(fx(() -> ((Labeled) robot.lookup("#account-explained").query()).getText()))
                .contains("申报合计 ¥230,000.00 与按明细重算的余额 ¥225,000.00 相差 ¥5,000.00");

        robot.clickOn("#account-query");
        waitUntil(() -> !((Labeled) robot.lookup("#account-query-error").query()).getText().isEmpty());
        assertThat(fx(() -> ((Labeled) robot.lookup("#account-query-error").query()).getText()))
                .isEqualTo("请说明疑问原因：经纪人需要据此更正账单。");
        assertThat(reinsurer.calls).isEmpty();

        robot.clickOn("#account-query-reason").write("经纪佣金应按净保费的2.5%计算");
        robot.clickOn("#account-query");
        waitUntil(() -> !reinsurer.calls.isEmpty());
        assertThat(reinsurer.calls).containsExactly("query " + StatementsViewModelTest.A1 + " 经纪佣金应按净保费的2.5%计算");
        waitUntil(() -> ((Labeled) robot.lookup("#accounts-message").query()).getText().contains("B0999HT2027001"));
        assertThat(fx(() -> ((Labeled) robot.lookup("#accounts-message").query()).getText()))
                .isEqualTo("您对 B0999HT2027001 的疑问已保存，交易所可达时发送。");
    }
}
