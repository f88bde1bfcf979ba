package io.redesk.app.ui.support;

import io.redesk.app.ui.AppContext;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.FinanceDesk;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.testing.TestPlacements;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.quote.Quote;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the finance window tests share (issue 12): reading the scene on the FX thread, syncing the
 * signed-in desk with the in-process exchange, opening an account in the list, and a fresh signed
 * placement whose premium accounts the exchange produced, so each test has accounts no other test touches.
 */
public final class FinanceWindow {

    private FinanceWindow() {
    }

    /** Runs {@code read} on the FX thread and returns its answer. */
    public static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** The text of the labelled node {@code query}, read on the FX thread. */
    public static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> ((Labeled) robot.lookup(query).query()).getText());
    }

    /** The text of the field {@code query}, read on the FX thread. */
    public static String field(FxRobot robot, String query) throws Exception {
        return fx(() -> ((TextInputControl) robot.lookup(query).query()).getText());
    }

    /** Whether a visible node matches {@code query}, asked on the FX thread. */
    public static boolean shown(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Waits until {@code condition} holds (asked on the FX thread), failing with {@code what}. */
    public static void waitUntil(String what, int seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s for: " + what, e);
        }
    }

    /** Waits until the labelled node {@code query} contains {@code part}. */
    public static void waitForText(FxRobot robot, String query, String part) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> robot.lookup(query).tryQuery()
                    .map(n -> ((Labeled) n).getText() != null && ((Labeled) n).getText().contains(part)).orElse(false)));
        } catch (TimeoutException e) {
            throw new AssertionError("waited 30 s for " + query + " to contain '" + part + "'; it holds '"
                    + fx(() -> robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("(no such node)"))
                    + "'; the editor says '" + fx(() -> robot.lookup("#editor-error").tryQuery()
                    .map(n -> ((Labeled) n).getText()).orElse("(closed)")) + "'", e);
        }
    }

    /** One sync cycle of the signed-in desk with the exchange, to the end. */
    public static void syncNow(AppContext context) throws Exception {
        context.sessions().current().orElseThrow().service(SyncEngine.class).orElseThrow().syncNow().get(60, TimeUnit.SECONDS);
    }

    /** The signed-in desk's finance service. */
    public static FinanceDesk finance(AppContext context) {
        return context.sessions().current().orElseThrow().service(FinanceDesk.class).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    public static TableView<AccountRow> accounts(FxRobot robot) {
        return robot.lookup("#accounts-table").queryAs(TableView.class);
    }

    /** Waits until account {@code id} is in the list, selects it (the detail opens) and waits for its title. */
    public static AccountRow openAccount(FxRobot robot, UUID id) throws Exception {
        waitUntil("account " + id + " in the list", 60, () -> accounts(robot).getItems().stream().anyMatch(r -> r.id().equals(id)));
        AccountRow row = fx(() -> {
            AccountRow r = accounts(robot).getItems().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            accounts(robot).getSelectionModel().select(r);
            accounts(robot).scrollTo(r);
            return r;
        });
        waitForText(robot, "#account-title", row.contractReference());
        return row;
    }

    /** Signs out through the session badge and waits for the sign-in screen. */
    public static void signOut(FxRobot robot) throws Exception {
        robot.clickOn("#session-sign-out");
        waitUntil("the sign-in screen", 30, () -> robot.lookup("#signin-username").tryQuery().isPresent());
    }

    /**
     * A fresh placement of broker.alice signed 100% to China Re, the lead; the exchange produced its
     * quarterly premium accounts at signing. Returns them oldest period first (drafts).
     */
    public static List<TechnicalAccount> signedPlacementAccounts(String title) {
        ExchangeClient broker = TestPlacements.as("broker.alice");
        ExchangeClient chinaRe = TestPlacements.as("uw.chinare");
        UUID placement = TestPlacements.inInquiry(broker, title, List.of(DemoSeed.CHINA_RE));
        Quote lead = TestPlacements.quote(chinaRe, placement, "800000.00", "Lead");
        TestPlacements.firmOrder(broker, placement, lead, List.of());
        TestPlacements.writeLine(chinaRe, placement, "100", false);
        TestPlacements.close(broker, placement);
        return broker.accounts().listAll(placement, null).sorted(Comparator.comparing(TechnicalAccount::period)).toList();
    }

    /** broker.alice issues {@code account} on the exchange (the step before the finance users' part). */
    public static TechnicalAccount issue(TechnicalAccount account) {
        ExchangeClient broker = TestPlacements.as("broker.alice");
        return broker.accounts().issue(account.id(), broker.accounts().get(account.id()).version());
    }
}
