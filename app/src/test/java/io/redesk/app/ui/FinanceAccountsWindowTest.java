package io.redesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.LaunchOptions;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.FinanceDesk;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.ui.task.FxTaskExecutor;
import io.redesk.sdk.model.account.AccountStatus;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reinsurer's finance user queries an account in the real window, on fsync's vault-backed book
 * synced from the in-process exchange: the account the demo left issued is listed, a query without a
 * reason is refused, with one it is saved, shown queried at once and sent by the sync engine. Every
 * scene lookup runs on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class FinanceAccountsWindowTest {

    @TempDir
    Path home;

    private AppContext context;

    @BeforeAll
    static void startExchange() {
        TestExchange.get();
    }

    @Start
    void start(Stage stage) {
        TestExchange.configure(home);
        context = AppContext.create(AppDirectories.at(home),
                new LaunchOptions(Optional.of(Language.ENGLISH), Optional.of(ThemeChoice.LIGHT), Optional.empty(), false),
                new FxTaskExecutor(), TestExchange.fastVaults());
        new MainWindow(context).show(stage);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AccountRow> table(FxRobot robot) {
        return robot.lookup("#accounts-table").queryAs(TableView.class);
    }

    @Test
    void aReinsurersFinanceUserQueriesAnIssuedAccount(FxRobot robot) throws Exception {
        DeskRobot.signIn(robot, "pudong.finance");
        robot.clickOn("#nav-accounts");
        var session = context.sessions().current().orElseThrow();
        session.service(SyncEngine.class).orElseThrow().syncNow().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> table(robot).getItems().stream()
                .anyMatch(r -> r.status() == AccountStatus.ISSUED)));

        AccountRow issued = fx(() -> table(robot).getItems().stream().filter(r -> r.status() == AccountStatus.ISSUED)
                .findFirst().orElseThrow());
        fx(() -> {
            table(robot).getSelectionModel().select(issued);
            table(robot).scrollTo(issued);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#account-query").tryQuery().isPresent()));
        assertThat(fx(() -> ((Labeled) robot.lookup("#account-title").query()).getText()))
                .startsWith(issued.contractReference());

        robot.clickOn("#account-query");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> ((Labeled) robot.lookup("#account-query-error").query()).getText()))
                .startsWith("Say why you query the account");

        robot.clickOn("#account-query-reason").write("Ceding commission should be 27.5%");
        robot.clickOn("#account-query");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() ->
                ((Labeled) robot.lookup("#accounts-message").query()).getText().contains(issued.contractReference())));

        FinanceDesk finance = session.service(FinanceDesk.class).orElseThrow();
        assertThat(finance.book().account(issued.id()).orElseThrow().row().status()).isEqualTo(AccountStatus.QUERIED);
        // the engine sends it: the exchange's copy comes back queried and nothing is left on its way
        session.service(SyncEngine.class).orElseThrow().syncNow().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            AccountRow now = finance.book().account(issued.id()).orElseThrow().row();
            return now.status() == AccountStatus.QUERIED && !now.sync().pending();
        });
    }
}
