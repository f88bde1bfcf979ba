package io.redesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.LaunchOptions;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.testing.TestPlacements;
import io.redesk.app.ui.task.FxTaskExecutor;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.store.outbox.OutboxEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
 * A change the exchange rejects for good, fixed and resent from the Sync issues page of the real window
 * (headless) against the in-process exchange: the status bar counts it, the page shows the exchange's
 * reason and how to fix it, the user corrects the named field and resends, the exchange accepts it
 * exactly once, and the status bar's counts go back to zero.
 *
 * <p>The underwriter desk's own quote form refuses a capacity above 100% before anything is queued (the
 * domain's rule), so the refused change is queued the way any change reaches the outbox, through the
 * session's sync engine, as a change typed before a rule it breaks was known to the desk would be.
 */
@ExtendWith(ApplicationExtension.class)
class RejectedChangeWindowTest {

    @TempDir
    Path home;

    private AppContext context;
    private ExchangeClient broker;
    private ExchangeClient pudong;

    @BeforeAll
    static void startExchange() {
        TestExchange.get();
    }

    @Start
    void start(Stage stage) {
        TestExchange.configure(home);
        context = AppContext.create(AppDirectories.at(home),
                new LaunchOptions(Optional.of(Language.ENGLISH), Optional.of(ThemeChoice.LIGHT), false),
                new FxTaskExecutor(), TestExchange.fastVaults());
        new MainWindow(context).show(stage);
        broker = TestPlacements.as("broker.alice");
        pudong = TestPlacements.as("uw.pudong");
    }

    @AfterEach
    void tearDown() {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        context.close();
        broker.close();
        pudong.close();
    }

    @Test
    void aRejectedChangeIsFixedAndResentFromTheSyncIssuesPageAndAcceptedExactlyOnce(FxRobot fx) {
        FlowRobot robot = new FlowRobot(fx);
        UUID placement = TestPlacements.inInquiry(broker, "Rejected and fixed", List.of(DemoSeed.PUDONG_RE));
        Quote requested = TestPlacements.quoteOf(pudong, placement);
        DeskRobot.signIn(fx, "uw.pudong");
        robot.waitForTextStarting("#status-last-sync", "Last sync ");

        engine().changes().submitQuote(requested.id().toString(), new QuoteTermsRequest(Money.of("750000.00", "CNY"),
                null, "150", "Pudong wording", null, Instant.now().plus(15, ChronoUnit.DAYS)));
        robot.click("#status-sync-now");
        robot.waitForText("#status-sync-issues", "No conflicts · 1 rejected");
        robot.waitForText("#status-pending", "No pending changes");
        assertThat(pudong.quotes().get(requested.id()).status()).as("nothing reached the exchange")
                .isEqualTo(QuoteStatus.REQUESTED);

        // the status bar's badge opens the page; the change shows with the exchange's reason and the fix
        robot.click("#status-sync-issues");
        robot.node("#page-sync-issues");
        ListView<?> rejected = (ListView<?>) robot.node("#sync-rejected");
        FlowRobot.waitUntil("the rejected change listed", () -> rejected.getItems().size() == 1);
        robot.click(rejectedCell(rejected));
        robot.waitForText("#sync-reason", r -> r.contains("capacity"), "the exchange's reason naming capacity");
        assertThat(robot.text("#sync-hint")).isEqualTo(
                "A value was not accepted: correct the named field below and send again.");
        DeskRobot.waitForValue(fx, "#sync-fix-capacity", "150");
        assertThat(robot.text("#sync-fix-label-capacity")).as("the form's label, not the wire name").isEqualTo("Capacity offered %");

        robot.fill("#sync-fix-capacity", "50");
        robot.click("#sync-resend");
        robot.waitForText("#sync-message", "Sent again with your corrections.");
        FlowRobot.waitUntil("the change gone from the page", () -> rejected.getItems().isEmpty());
        FlowRobot.waitUntil("the status bar's badge gone (no conflicts, none rejected)",
                () -> !robot.node("#status-pending").getScene().lookup("#status-sync-issues").isVisible());
        robot.waitForText("#status-pending", "No pending changes");

        Quote quoted = pudong.quotes().get(requested.id());
        assertThat(quoted.status()).isEqualTo(QuoteStatus.QUOTED);
        assertThat(new BigDecimal(quoted.capacity())).isEqualByComparingTo("50");
        assertThat(quoted.version()).as("accepted exactly once").isEqualTo(requested.version() + 1);
        List<OutboxEntry> sent = engine().store().outbox().forAggregate("QUOTE", requested.id().toString());
        assertThat(sent).as("one change, done").singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(OutboxEntry.Status.DONE));
        assertThat(engine().state().rejected()).isZero();
        assertThat(engine().state().openConflicts()).isZero();
    }

    private static Node rejectedCell(ListView<?> list) {
        FlowRobot.waitUntil("the rejected change's cell shown", () -> list.lookupAll(".list-cell").stream()
                .anyMatch(n -> FlowRobot.showing(n) && ((ListCell<?>) n).getItem() != null));
        return list.lookupAll(".list-cell").stream()
                .filter(n -> FlowRobot.showing(n) && ((ListCell<?>) n).getItem() != null).findFirst().orElseThrow();
    }

    private SyncEngine engine() {
        return context.sessions().current().orElseThrow().service(SyncEngine.class).orElseThrow();
    }
}
