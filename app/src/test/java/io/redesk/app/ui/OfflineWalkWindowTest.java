package io.redesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.LaunchOptions;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.desk.WireSlipForms;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.session.DemoExchange;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.ui.task.FxTaskExecutor;
import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.seed.Seed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.model.WireJson;
import io.redesk.sdk.model.audit.AuditEvent;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.store.crypto.CryptoSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The offline walk through the real window (headless), against a standalone exchange with its own data
 * folder that the test stops and starts again on the same port: sign in online; the exchange stops;
 * quit; start with the exchange unreachable and unlock with the passphrase alone; draft, edit and
 * submit a slip; quit and start offline again; the exchange comes back; every change arrives exactly
 * once (the exchange's audit log and slip versions) and the exchange's slip equals the window's.
 */
@ExtendWith(ApplicationExtension.class)
class OfflineWalkWindowTest {

    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    Path home;

    @TempDir
    Path exchangeData;

    private Stage stage;
    private ExchangeServer exchange;
    private int port;
    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown(FxRobot fx) {
        quit(fx);
        if (exchange != null) {
            exchange.close();
        }
    }

    @Test
    void aBrokerWhoQuitOfflineGetsBackInDraftsEditsSubmitsAndEveryChangeArrivesOnce(FxRobot fx) throws IOException {
        FlowRobot robot = new FlowRobot(fx);
        String umr = "B0999OFW" + String.format("%06d", Math.floorMod(System.nanoTime(), 1_000_000));
        signInOnlineThenStartOffline(fx, robot, CryptoSuite.INTERNATIONAL);
        assertThat(robot.text("#status-connection")).isEqualTo(offline());
        assertThat(robot.text("#signin-error")).as("offline is no error of the sign-in screen").isEmpty();

        // draft, edit and submit, all offline
        robot.click("#nav-slips").click("#slips-new");
        fx.clickOn("Facultative property (proportional)");
        robot.fill("#slip-title", "Offline walk " + umr);
        robot.fillCompleteSlip(umr, "Yangshan Port Logistics");
        robot.click("#slips-save-version");
        robot.waitForTextStarting("#slips-outcome", "Saved and queued for the exchange: " + umr + ".");
        robot.fill(field(SlipField.INSURED), "Yangshan Port Logistics Group")
                .fill(field(SlipField.INFORMATION), "Prepared on the plane");
        robot.click("#slips-save-version");
        robot.waitForText("#slips-outcome", t -> t.startsWith("Saved and queued for the exchange: " + umr + "."),
                "the edit queued");
        robot.click("#slips-submit");
        robot.waitForTextStarting("#slips-outcome", "Submission of " + umr + " saved and queued");
        String pending = robot.waitForText("#status-pending", t -> t.endsWith("pending changes"), "changes pending");
        assertThat(robot.text("#status-connection")).isEqualTo(offline());

        // quit and start offline again: the pending changes and the slip are still there
        quit(fx);
        launch(fx);
        unlockOffline(fx, robot);
        robot.waitForText("#status-pending", pending);
        robot.click("#nav-slips");
        robot.fill("#slips-search", umr);
        FlowRobot.waitUntil("the slip listed once", () -> fx.lookup("#slips-table").queryTableView().getItems().stream()
                .filter(r -> umr.equals(((io.redesk.app.desk.SlipCatalog.Row) r).umr())).count() == 1);

        // the exchange comes back on the same port with the same data
        startExchange();
        robot.waitForText("#status-connection", online());
        robot.waitForText("#status-pending", "No pending changes");

        try (ExchangeClient broker = client()) {
            List<Placement> found = broker.placements().listAll(null).filter(p -> umr.equals(p.umr())).toList();
            assertThat(found).as("the slip exactly once on the exchange").hasSize(1);
            Placement p = found.get(0);
            assertThat(p.title()).isEqualTo("Offline walk " + umr);
            assertThat(p.slipVersion()).as("created, then edited once").isEqualTo(2);
            assertThat(p.status()).isEqualTo(io.redesk.sdk.model.placement.PlacementStatus.SUBMITTED);
            Map<String, Long> actions = java.util.stream.StreamSupport.stream(java.util.Spliterators
                            .spliteratorUnknownSize(broker.audit().from(null), 0), false)
                    .filter(e -> p.id().toString().equals(e.entityId()))
                    .collect(Collectors.groupingBy(AuditEvent::action, Collectors.counting()));
            assertThat(actions).as("every change once in the audit log").containsExactlyInAnyOrderEntriesOf(Map.of(
                    "PLACEMENT_CREATED", 1L, "SLIP_VERSION_CREATED", 1L, "PLACEMENT_SUBMITTED", 1L));

            // the exchange's slip, field by field, against what the window shows for the fields edited
            robot.click(robot.row("#slips-table", (io.redesk.app.desk.SlipCatalog.Row r) -> umr.equals(r.umr()), umr));
            fx.type(javafx.scene.input.KeyCode.ENTER);
            robot.waitForText(field(SlipField.INSURED), "Yangshan Port Logistics Group");
            SlipForm theirs = WireSlipForms.toForm(WireJson.newMapper().valueToTree(p.slip()));
            for (SlipField f : List.of(SlipField.UMR, SlipField.REINSURED, SlipField.INSURED, SlipField.INTEREST,
                    SlipField.SUM_INSURED, SlipField.LIMIT_PER_RISK, SlipField.PREMIUM, SlipField.SLIP_LEADER,
                    SlipField.INFORMATION)) {
                String shown = ((TextInputControl) robot.node(field(f))).getText();
                assertThat(normalised(theirs.get(f))).as(f.name()).isEqualTo(normalised(shown));
            }
        }
    }

    @Test
    void aGmVaultOpensOfflineWithItsPassphraseAndItsDraftArrivesOnce(FxRobot fx) throws IOException {
        FlowRobot robot = new FlowRobot(fx);
        String umr = "B0999OFG" + String.format("%06d", Math.floorMod(System.nanoTime(), 1_000_000));
        signInOnlineThenStartOffline(fx, robot, CryptoSuite.GM);
        assertThat(context.sessions().require().vault().suite()).isEqualTo(CryptoSuite.GM);
        robot.click("#nav-slips").click("#slips-new");
        fx.clickOn("Facultative property (proportional)");
        robot.fill("#slip-title", "国密 offline " + umr);
        robot.fillCompleteSlip(umr, "洋山港物流");
        robot.click("#slips-save-version");
        robot.waitForText("#status-pending", "1 pending change");

        startExchange();
        robot.waitForText("#status-connection", online());
        robot.waitForText("#status-pending", "No pending changes");
        try (ExchangeClient broker = client()) {
            List<Placement> found = broker.placements().listAll(null).filter(p -> umr.equals(p.umr())).toList();
            assertThat(found).hasSize(1);
            assertThat(found.get(0).slip().riskDetails().insured()).isEqualTo("洋山港物流");
            assertThat(found.get(0).slipVersion()).isEqualTo(1);
        }
    }

    /** Signs in online (a new profile of {@code suite}), the exchange stops, quit, start and unlock offline. */
    private void signInOnlineThenStartOffline(FxRobot fx, FlowRobot robot, CryptoSuite suite) throws IOException {
        startExchange();
        launch(fx);
        signInOnline(fx, robot, suite);
        stopExchange(robot);
        quit(fx);
        launch(fx);
        unlockOffline(fx, robot);
    }

    private void startExchange() {
        exchange = ExchangeServer.builder().host("127.0.0.1").port(port).dataDir(exchangeData).seed(Seed.DEMO)
                .plainHttp(true).start();
        port = exchange.port();
    }

    private void stopExchange(FlowRobot robot) {
        exchange.close();
        exchange = null;
        robot.waitForText("#status-connection", offline());
    }

    private void launch(FxRobot fx) throws IOException {
        Files.writeString(home.resolve("exchange.properties"), "exchange.url=http://127.0.0.1:" + port + "\n");
        fx.interact(() -> {
            context = AppContext.create(AppDirectories.at(home),
                    new LaunchOptions(Optional.of(Language.ENGLISH), Optional.of(ThemeChoice.LIGHT), false),
                    new FxTaskExecutor(), TestExchange.fastVaults());
            window = new MainWindow(context);
            window.show(stage);
        });
        DeskRobot.waitFor(fx, "#page-signin", 30);
    }

    /** Closes the app as the window's close button does: the session ends without signing out. */
    private void quit(FxRobot fx) {
        if (context == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        AppContext closing = context;
        MainWindow closingWindow = window;
        context = null;
        window = null;
        fx.interact(() -> {
            closingWindow.close();
            closing.close();
        });
    }

    private void signInOnline(FxRobot fx, FlowRobot robot, CryptoSuite suite) {
        robot.fill("#signin-username", "broker.alice");
        robot.fill("#signin-password", DemoExchange.password());
        robot.click("#signin-mode-create");
        ComboBox<?> profile = fx.lookup("#signin-profile").queryAs(ComboBox.class);
        robot.fill(profile.getEditor(), "alice");
        @SuppressWarnings("unchecked")
        ComboBox<CryptoSuite> suites = fx.lookup("#signin-suite").queryAs(ComboBox.class);
        fx.interact(() -> suites.setValue(suite));
        robot.fill("#signin-passphrase", PASSPHRASE);
        robot.fill("#signin-passphrase-confirm", PASSPHRASE);
        robot.click("#signin-submit");
        DeskRobot.waitFor(fx, "#page-home", 30);
        robot.waitForText("#status-connection", online());
        robot.waitForTextStarting("#status-last-sync", "Last sync ");
        FlowRobot.waitUntil("the cedent list", () -> context.deskProperty().get().broker().orElseThrow().cedentsKnown());
    }

    private void unlockOffline(FxRobot fx, FlowRobot robot) {
        assertThat(robot.text("#signin-offline-hint")).startsWith("A profile that has signed in before opens");
        assertThat(((ComboBox<?>) robot.node("#signin-profile")).getEditor().getText()).isEqualTo("alice");
        robot.fill("#signin-passphrase", PASSPHRASE);
        robot.click("#signin-submit");
        DeskRobot.waitFor(fx, "#page-home", 30);
        robot.waitForText("#status-connection", offline());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ExchangeClient client() {
        ExchangeClient c = ExchangeClient.create(ExchangeClientOptions.builder().baseUrl("http://127.0.0.1:" + port).build());
        c.auth().login("broker.alice", DemoExchange.password());
        return c;
    }

    private String online() {
        return "Online · 127.0.0.1";
    }

    private String offline() {
        return "Offline · 127.0.0.1";
    }

    /** Amounts are compared as numbers (the editor may show 1200000.00 where the wire form has 1200000). */
    private static String normalised(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        String t = s.trim().replace(",", "");
        try {
            return new java.math.BigDecimal(t).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return s.trim();
        }
    }

    private static String field(SlipField f) {
        return "#slip-field-" + f.name();
    }
}
