package io.redesk.app.ui;

import static io.redesk.app.ui.support.FinanceWindow.field;
import static io.redesk.app.ui.support.FinanceWindow.finance;
import static io.redesk.app.ui.support.FinanceWindow.openAccount;
import static io.redesk.app.ui.support.FinanceWindow.shown;
import static io.redesk.app.ui.support.FinanceWindow.signOut;
import static io.redesk.app.ui.support.FinanceWindow.syncNow;
import static io.redesk.app.ui.support.FinanceWindow.text;
import static io.redesk.app.ui.support.FinanceWindow.waitForText;
import static io.redesk.app.ui.support.FinanceWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.LaunchOptions;
import io.redesk.app.desk.finance.AccountDetail;
import io.redesk.app.desk.finance.AccountItem;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.testing.TestPlacements;
import io.redesk.app.ui.support.FinanceWindow;
import io.redesk.app.ui.task.FxTaskExecutor;
import io.redesk.domain.money.Money;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.ParticipantResponse;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 12, flow (b), in the real window against the in-process exchange: China Re's finance user
 * queries a premium account with a reason; Huatai's finance user opens it, corrects it in the items
 * editor (a malformed amount refused under the field, nothing sent; the balance recomputed as they type)
 * and issues the corrected version; China Re agrees it. Outcomes are asserted on screen, in the desk's
 * book and on the exchange. Every scene lookup runs on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class FinanceCorrectionWindowTest {

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

    @Test
    void aReinsurerQueriesTheBrokerCorrectsAndTheReinsurerAgreesTheCorrectedVersion(FxRobot robot) throws Exception {
        List<TechnicalAccount> produced = FinanceWindow.signedPlacementAccounts("Correction flow");
        TechnicalAccount q1 = FinanceWindow.issue(produced.get(0));
        ExchangeClient exchange = TestPlacements.as("broker.alice");
        FlowRobot flow = new FlowRobot(robot);

        // China Re queries it
        DeskRobot.signIn(robot, "chinare.finance");
        robot.clickOn("#nav-accounts");
        syncNow(context);
        openAccount(robot, q1.id());
        flow.fill("#account-query-reason", "Brokerage is 2.5% of the net premium");
        flow.click("#account-query");
        waitForText(robot, "#accounts-message", "Your query on " + q1.contractReference());
        syncNow(context);
        waitUntil("the query to reach the exchange", 60, () -> exchange.accounts().get(q1.id()).status() == AccountStatus.QUERIED);
        signOut(robot);

        // Huatai's finance user corrects it
        DeskRobot.signIn(robot, "broker.finance");
        robot.clickOn("#nav-accounts");
        syncNow(context);
        openAccount(robot, q1.id());
        waitUntil("the query in the book", 60, () -> finance(context).book().account(q1.id()).orElseThrow().row().status()
                == AccountStatus.QUERIED);
        AccountDetail before = finance(context).book().account(q1.id()).orElseThrow();
        assertThat(before.shares()).anySatisfy(s -> assertThat(s.queryReason()).isEqualTo("Brokerage is 2.5% of the net premium"));
        waitUntil("the correct button", 30, () -> robot.lookup("#account-edit").tryQuery().isPresent());
        flow.click("#account-edit");
        waitUntil("the items editor", 30, () -> robot.lookup("#account-editor").tryQuery().isPresent());
        int premium = indexOf(before.items(), TaItemType.PREMIUM);
        String line = "#editor-amount-" + premium;
        Money premiumWas = before.items().get(premium).amount();
        assertThat(field(robot, line)).isEqualTo(premiumWas.amount().toPlainString());

        // a malformed amount is refused under the field and nothing is sent
        flow.fill(line, "190000.005");
        waitForText(robot, "#editor-error-" + premium, "CNY allows 2 decimals; ‘190000.005’ has more.");
        flow.click("#editor-save");
        waitForText(robot, "#editor-error", "Fix the fields marked in red");
        assertThat(finance(context).book().account(q1.id()).orElseThrow().row().status()).isEqualTo(AccountStatus.QUERIED);

        // the corrected premium: the balance is recomputed as the user types
        Money premiumNow = premiumWas.minus(Money.cny("10000.00"));
        flow.fill(line, premiumNow.amount().toPlainString());
        Money expected = before.row().balance().minus(Money.cny("10000.00"));
        String expectedText = context.i18n().formats().money(expected);
        waitForText(robot, "#editor-balance", expectedText);
        assertThat(text(robot, "#editor-explained")).contains("this correction changes the balance by -CN¥10,000.00");
        flow.click("#editor-save");
        waitForText(robot, "#accounts-message", "Correction of " + q1.contractReference() + " saved");
        assertThat(shown(robot, "#account-editor")).isFalse();
        assertThat(finance(context).book().account(q1.id()).orElseThrow().row().status()).isEqualTo(AccountStatus.SUPERSEDED);

        syncNow(context);
        waitUntil("the correction on the exchange", 60, () -> exchange.accounts().get(q1.id()).status() == AccountStatus.SUPERSEDED);
        TechnicalAccount corrected = exchange.accounts().get(exchange.accounts().get(q1.id()).supersededById());
        assertThat(corrected.kind()).isEqualTo(AccountKind.CORRECTION);
        assertThat(corrected.status()).isEqualTo(AccountStatus.DRAFT);
        assertThat(corrected.accountVersion()).isEqualTo(q1.accountVersion() + 1);
        assertThat(new BigDecimal(corrected.balance().amount())).isEqualByComparingTo(expected.amount());

        // the broker issues the corrected version
        openAccount(robot, corrected.id());
        waitUntil("the issue button", 30, () -> robot.lookup("#account-issue").tryQuery().isPresent());
        flow.click("#account-issue");
        waitForText(robot, "#accounts-message", q1.contractReference() + " issued");
        syncNow(context);
        waitUntil("the corrected version issued", 60, () -> exchange.accounts().get(corrected.id()).status() == AccountStatus.ISSUED);
        signOut(robot);

        // China Re agrees the corrected version
        DeskRobot.signIn(robot, "chinare.finance", "chinare.finance-2");
        robot.clickOn("#nav-accounts");
        syncNow(context);
        openAccount(robot, corrected.id());
        waitForText(robot, "#account-balance", expectedText);
        waitUntil("the agree button", 30, () -> robot.lookup("#account-agree").tryQuery().isPresent());
        flow.click("#account-agree");
        waitForText(robot, "#accounts-message", "You agreed " + q1.contractReference());
        syncNow(context);
        waitUntil("the agreement on the exchange", 60, () -> exchange.accounts().get(corrected.id()).shares().stream()
                .anyMatch(s -> s.participantId().equals(DemoSeed.CHINA_RE) && s.response() == ParticipantResponse.AGREED));
        assertThat(exchange.accounts().get(corrected.id()).status()).isEqualTo(AccountStatus.AGREED);
        waitForText(robot, "#account-status", "Agreed");
    }

    private static int indexOf(List<AccountItem> items, TaItemType type) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " item in " + items);
    }

}
