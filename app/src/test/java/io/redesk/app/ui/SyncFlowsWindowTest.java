package io.redesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.LaunchOptions;
import io.redesk.app.desk.DeskFixture;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.desk.WireSlips;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.sync.fault.FaultPlan;
import io.redesk.app.sync.fault.FaultProxy;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.testing.TestPlacements;
import io.redesk.app.ui.task.FxTaskExecutor;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.Slip;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableRow;
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
 * Offline work through the real window (headless): the app reaches the shared exchange through a
 * loopback {@link FaultProxy} that the test switches off and on, so the app loses the exchange while the
 * exchange itself (and the other tests using it) keep running. Drafting offline goes out exactly once on
 * reconnect; an edit that crossed a change on the exchange becomes a conflict, resolved field by field;
 * an autosaved edit is a pending change, marked queued in the slips list, until Sync now sends it.
 */
@ExtendWith(ApplicationExtension.class)
class SyncFlowsWindowTest {

    private static final String ONLINE = "Online · 127.0.0.1";
    private static final String OFFLINE = "Offline · 127.0.0.1";

    @TempDir
    Path home;

    private FaultProxy proxy;
    private AppContext context;
    private ExchangeClient broker;

    @BeforeAll
    static void startExchange() {
        TestExchange.get();
    }

    @Start
    void start(Stage stage) throws IOException {
        proxy = FaultProxy.start(URI.create(TestExchange.get().baseUrl()).getPort(), FaultPlan.none());
        Files.createDirectories(home);
        Files.writeString(home.resolve("exchange.properties"), "exchange.url=" + proxy.baseUrl() + "\n");
        context = AppContext.create(AppDirectories.at(home),
                new LaunchOptions(Optional.of(Language.ENGLISH), Optional.of(ThemeChoice.LIGHT), false),
                new FxTaskExecutor(), TestExchange.fastVaults());
        new MainWindow(context).show(stage);
        // the broker's other desk (and the other firms) talk to the exchange directly, never through the proxy
        broker = TestPlacements.as("broker.alice");
    }

    @AfterEach
    void tearDown() {
        // callbacks already queued on the FX thread run before their executor closes
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        context.close();
        broker.close();
        proxy.close();
    }

    @Test
    void aSlipDraftedAndEditedOfflineReachesTheExchangeExactlyOnceOnReconnect(FxRobot fx) {
        FlowRobot robot = new FlowRobot(fx);
        String umr = uniqueUmr("OFF");
        signInAndSync(robot, fx);

        goOffline(robot);
        robot.click("#nav-slips").click("#slips-new");
        fx.clickOn("Facultative property (proportional)");
        robot.fill("#slip-title", "Offline draft " + umr);
        robot.fillCompleteSlip(umr, "Yangshan Port Logistics");
        robot.click("#slips-save-version");
        robot.waitForTextStarting("#slips-outcome", "Saved and queued for the exchange: " + umr + ".");
        robot.waitForText("#status-pending", "1 pending change");
        assertThat(robot.text("#status-connection")).isEqualTo(OFFLINE);

        robot.fill(field(SlipField.INSURED), "Yangshan Port Logistics Group")
                .fill(field(SlipField.INFORMATION), "Edited on the plane");
        robot.click("#slips-save-version");
        robot.waitForText("#status-pending", "2 pending changes");
        assertThat(robot.text("#status-connection")).isEqualTo(OFFLINE);
        assertThat(placementsWith(umr)).as("nothing reached the exchange while offline").isEmpty();

        proxy.offline(false);
        robot.waitForText("#status-connection", ONLINE);
        robot.waitForText("#status-pending", "No pending changes");

        Placement p = placementsWith(umr).stream().collect(java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(), l -> {
                    assertThat(l).as("the slip exactly once on the exchange").hasSize(1);
                    return l.get(0);
                }));
        assertThat(p.title()).isEqualTo("Offline draft " + umr);
        assertThat(p.slipVersion()).as("created, then edited once").isEqualTo(2);
        assertThat(p.slip().riskDetails().insured()).isEqualTo("Yangshan Port Logistics Group");
        assertThat(p.slip().information()).isEqualTo("Edited on the plane");
        assertThat(p.cedentId()).isEqualTo(DemoSeed.DONGFANG);
    }

    @Test
    void anEditThatCrossedAChangeOnTheExchangeIsMergedFieldByField(FxRobot fx) {
        FlowRobot robot = new FlowRobot(fx);
        String umr = uniqueUmr("CFL");
        SlipForm form = DeskFixture.completeSlip(umr).with(SlipField.INFORMATION, "Loss record attached.");
        Slip original = WireSlips.toWire(form.parse().slip());
        Placement created = broker.placements().create(new PlacementCreateRequest("Conflict " + umr, DemoSeed.DONGFANG,
                null, original));
        signInAndSync(robot, fx);

        // the broker opens the placement the sync engine brought into the vault
        openFromList(robot, fx, umr);
        robot.waitForText(field(SlipField.INSURED), "Yangshan Port Logistics");
        robot.waitForText(field(SlipField.INFORMATION), "Loss record attached.");

        // offline, the broker edits two fields; meanwhile the exchange's slip changes one of them
        goOffline(robot);
        Slip theirs = new Slip(original.umr(), original.contractKind(), original.riskDetails(), "Survey report received.",
                original.securityDetails(), original.subscriptionAgreement(), original.fiscalRegulatory(),
                original.brokerRemuneration());
        broker.placements().putSlip(created.id(), theirs, created.version());
        robot.fill(field(SlipField.INSURED), "Yangshan Port Logistics Group")
                .fill(field(SlipField.INFORMATION), "Loss record and survey attached.");
        robot.click("#slips-save-version");
        try {
            robot.waitForText("#status-pending", "1 pending change");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; outcome '" + robot.text("#slips-outcome") + "', problem '"
                    + robot.text("#slips-problem") + "', engine " + engine().state() + ", outbox "
                    + engine().store().outbox().unfinished() + ", failed "
                    + engine().store().outbox().withStatus(io.redesk.store.outbox.OutboxEntry.Status.FAILED), e);
        }

        // back online: the exchange refuses the stale edit (412) and the conflict shows
        proxy.offline(false);
        robot.waitForText("#status-connection", ONLINE);
        // one stopped change, shown once: as the conflict, not also as a rejected change
        robot.waitForText("#status-sync-issues", "1 conflict · none rejected");
        robot.click("#status-sync-issues");
        robot.node("#page-sync-issues");
        robot.click("#sync-refresh");
        FlowRobot.waitUntil("the conflict listed", () -> !fx.lookup("#sync-conflicts").queryListView().getItems().isEmpty());
        assertThat(fx.lookup("#sync-rejected").queryListView().getItems()).as("the conflict's change is not also rejected").isEmpty();
        robot.click(fx.from(robot.node("#sync-conflicts")).lookup(".list-cell").query());

        // base, mine and the exchange's, field by field; only the field both changed needs a choice
        robot.node("#sync-field-information");
        assertThat(robot.text("#sync-field-information")).as("the editor's label, not the wire name").isEqualTo("Information ⚠");
        assertThat(robot.text("#sync-base-information")).isEqualTo("Loss record attached.");
        assertThat(robot.text("#sync-mine-information")).isEqualTo("Loss record and survey attached.");
        assertThat(robot.text("#sync-theirs-information")).isEqualTo("Survey report received.");
        assertThat(robot.text("#sync-base-riskDetails_insured")).isEqualTo("Yangshan Port Logistics");
        assertThat(robot.text("#sync-mine-riskDetails_insured")).isEqualTo("Yangshan Port Logistics Group");
        assertThat(robot.text("#sync-theirs-riskDetails_insured")).isEqualTo("Yangshan Port Logistics");
        assertThat(((RadioButton) robot.node("#sync-mine-riskDetails_insured")).isSelected()).isTrue();
        assertThat(fx.from(robot.node("#page-sync-issues")).lookup(".radio-button").queryAll())
                .as("no other field differs").hasSize(4);

        robot.click("#sync-merge");
        robot.waitForText("#sync-error", "Choose mine or theirs for “information” (changed on both sides).");
        robot.click("#sync-theirs-information");
        robot.click("#sync-merge");
        robot.waitForText("#sync-message", "The merged version will be sent.");
        robot.waitForText("#status-pending", "No pending changes");
        FlowRobot.waitUntil("the conflict badge gone", () -> !robot.node("#page-sync-issues").getScene()
                .lookup("#status-sync-issues").isVisible());

        Placement merged = broker.placements().get(created.id());
        assertThat(merged.slip().information()).as("theirs, chosen").isEqualTo("Survey report received.");
        assertThat(merged.slip().riskDetails().insured()).as("mine, changed only here").isEqualTo("Yangshan Port Logistics Group");
        assertThat(merged.slipVersion()).isEqualTo(3);
    }

    @Test
    void anAutosavedEditIsAPendingChangeMarkedQueuedUntilSyncTakesItToTheExchange(FxRobot fx) throws Exception {
        FlowRobot robot = new FlowRobot(fx);
        String umr = uniqueUmr("AUT");
        Placement created = broker.placements().create(new PlacementCreateRequest("Autosave " + umr, DemoSeed.DONGFANG,
                null, WireSlips.toWire(DeskFixture.completeSlip(umr).with(SlipField.INFORMATION, "Loss record attached.")
                        .parse().slip())));
        signInAndSync(robot, fx);
        openFromList(robot, fx, umr);
        robot.waitForText(field(SlipField.INFORMATION), "Loss record attached.");
        robot.waitForText("#status-pending", "No pending changes");

        // typing only (offline, so nothing can go out meanwhile): the autosave makes it a pending change
        // (ADR 0811), not a local draft the status bar ignores
        goOffline(robot);
        robot.fill(field(SlipField.INFORMATION), "Loss record and survey attached.");
        robot.waitForText("#status-pending", "1 pending change");
        robot.click(fx.from(robot.node("#slips-tabs")).lookup(".tab").nth(0).<Node>query()); // back to the list
        FlowRobot.waitUntil("the row marked queued", () -> statusCell(fx, umr).equals("Draft · queued"));
        assertThat(broker.placements().get(created.id()).slipVersion()).isEqualTo(1);
        Files.createDirectories(Path.of("target", "screenshots"));
        robot.screenshot(Path.of("target", "screenshots", "slips-queued-en.png")); // for the README, looked at by hand

        proxy.offline(false);
        robot.waitForText("#status-connection", ONLINE);
        robot.click("#status-sync-now");
        robot.waitForText("#status-pending", "No pending changes");
        FlowRobot.waitUntil("the queued mark gone", () -> statusCell(fx, umr).equals("Draft"));
        Placement after = broker.placements().get(created.id());
        assertThat(after.slip().information()).isEqualTo("Loss record and survey attached.");
        // typing that pauses for longer than the quiet time may go out in steps; each step is only the typing
        com.fasterxml.jackson.databind.ObjectMapper json = io.redesk.sdk.model.WireJson.newMapper();
        com.fasterxml.jackson.databind.node.ObjectNode v1 = json.valueToTree(created.slip());
        for (var v : broker.placements().allSlipVersions(created.id()).toList()) {
            com.fasterxml.jackson.databind.node.ObjectNode vn = json.valueToTree(v.slip());
            vn.remove("information");
            assertThat(vn).as("version %s differs only in the information", v.number()).isEqualTo(v1.deepCopy().without("information"));
        }
    }

    /** The status column's text of the slips-list row {@code umr}, read on the FX thread ("" when not shown). */
    private static String statusCell(FxRobot fx, String umr) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> fx.lookup("#slips-table").queryAs(javafx.scene.control.TableView.class)
                    .lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                    .filter(r -> r.getItem() instanceof io.redesk.app.desk.SlipCatalog.Row x && umr.equals(x.umr()))
                    .flatMap(r -> r.lookupAll(".table-cell").stream())
                    .map(c -> ((javafx.scene.control.TableCell<?, ?>) c).getText())
                    .filter(t -> t != null && t.startsWith("Draft")).findFirst().orElse("")).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    /** Finds {@code umr} in the slips list and opens it: select the row, Enter (a double click arrives as two clicks under load). */
    private static void openFromList(FlowRobot robot, FxRobot fx, String umr) {
        robot.click("#nav-slips");
        robot.fill("#slips-search", umr);
        TableRow<?> row = robot.row("#slips-table", (io.redesk.app.desk.SlipCatalog.Row r) -> umr.equals(r.umr()), umr);
        robot.click(row);
        FlowRobot.waitUntil(umr + " selected", row::isSelected);
        fx.type(javafx.scene.input.KeyCode.ENTER);
    }

    private io.redesk.app.sync.engine.SyncEngine engine() {
        return context.sessions().current().orElseThrow().service(io.redesk.app.sync.engine.SyncEngine.class).orElseThrow();
    }

    private void signInAndSync(FlowRobot robot, FxRobot fx) {
        DeskRobot.signIn(fx, "broker.alice");
        robot.waitForText("#status-connection", ONLINE);
        // the engine's first cycle (the pull) is done, and the cedents are known for offline drafting
        robot.waitForTextStarting("#status-last-sync", "Last sync ");
        FlowRobot.waitUntil("the cedent list", () -> context.deskProperty().get().broker().orElseThrow().cedentsKnown());
    }

    private void goOffline(FlowRobot robot) {
        proxy.offline(true);
        robot.waitForText("#status-connection", OFFLINE);
    }

    private List<Placement> placementsWith(String umr) {
        return broker.placements().listAll(null).filter(p -> umr.equals(p.umr())).toList();
    }

    private static String uniqueUmr(String tag) {
        return "B0999" + tag + String.format("%06d", Math.floorMod(System.nanoTime(), 1_000_000));
    }

    private static String field(SlipField f) {
        return "#slip-field-" + f.name();
    }
}
