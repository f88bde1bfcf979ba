package io.redesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.LaunchOptions;
import io.redesk.app.desk.SlipField;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.testing.TestPlacements;
import io.redesk.app.ui.inquiry.InquiryViewModel;
import io.redesk.app.ui.lines.LinesViewModel;
import io.redesk.app.ui.quoteboard.QuoteBoardViewModel;
import io.redesk.app.ui.registration.RegistrationViewModel;
import io.redesk.app.ui.task.FxTaskExecutor;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.registration.RegistrationReceipt;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * The broker's placement through the real window (headless), against a real exchange, from an empty
 * slip to the registration receipt: the MRC editor with inline validation in the user's language, the
 * submission, the inquiry with a security override, the quote board, the firm order, the lines monitor
 * with the signing-down preview, close and sign, and registration showing what leaves the machine. The
 * reinsurers' side (quotes, lines) is played through the SDK, as the other firms would.
 */
@ExtendWith(ApplicationExtension.class)
class BrokerFlowWindowTest {

    @TempDir
    Path home;

    private AppContext context;
    private final List<ExchangeClient> clients = new java.util.ArrayList<>();

    @BeforeAll
    static void startExchange() {
        // off the FX thread: the first start seeds the demo market, which takes longer than a window setup may
        TestExchange.get();
    }

    @Start
    void start(Stage stage) {
        TestExchange.configure(home);
        context = AppContext.create(AppDirectories.at(home),
                new LaunchOptions(Optional.of(Language.ENGLISH), Optional.of(ThemeChoice.LIGHT), false),
                new FxTaskExecutor(), TestExchange.fastVaults());
        new MainWindow(context).show(stage);
    }

    @AfterEach
    void tearDown() {
        // callbacks already queued on the FX thread run before their executor closes
        WaitForAsyncUtils.waitForFxEvents();
        context.close();
        clients.forEach(ExchangeClient::close);
    }

    private ExchangeClient as(String user) {
        ExchangeClient c = TestPlacements.as(user);
        clients.add(c);
        return c;
    }

    @Test
    void brokerPlacesARiskFromAnEmptySlipToTheRegistrationReceipt(FxRobot fx) {
        FlowRobot robot = new FlowRobot(fx);
        String umr = "B0999FLOW" + String.format("%06d", Math.floorMod(System.nanoTime(), 1_000_000));
        DeskRobot.signIn(fx, "broker.alice");

        // -- the slip, from a template, in the MRC editor
        robot.click("#nav-slips");
        robot.click("#slips-new");
        fx.clickOn("Facultative property (proportional)");
        robot.node("#slip-editor");
        robot.fill("#slip-title", "Yangshan port stock 2027");
        robot.fill(field(SlipField.UMR), umr)
                .fill(field(SlipField.REINSURED), "Dongfang Property & Casualty")
                .fill(field(SlipField.INSURED), "Yangshan Port Logistics")
                .fill(field(SlipField.INTEREST), "Warehouses and stock at Yangshan deep-water port")
                .fill(field(SlipField.SUM_INSURED), "800000000")
                .fill(field(SlipField.LIMIT_PER_RISK), "200000000")
                .fill(field(SlipField.PREMIUM), "1200000.00")
                .fill(field(SlipField.SLIP_LEADER), "China Re Shanghai");

        // one bad field: the error shows under it at once, in the user's language, and follows a switch
        robot.fill(field(SlipField.INCEPTION), "2027-13-45");
        robot.waitForText("#slip-error-INCEPTION", "Not a date (yyyy-mm-dd)");
        robot.click("#nav-settings").click("#lang-zh").click("#nav-slips");
        robot.waitForText("#slip-error-INCEPTION", "不是有效日期（yyyy-mm-dd）");
        robot.click("#nav-settings").click("#lang-en").click("#nav-slips");
        robot.waitForText("#slip-error-INCEPTION", "Not a date (yyyy-mm-dd)");
        robot.fill(field(SlipField.INCEPTION), "2027-01-01").fill(field(SlipField.EXPIRY), "2027-12-31");
        robot.waitForText("#slip-error-INCEPTION", "");
        robot.waitForText("#slip-summary", "Complete: ready to submit");

        robot.click("#slips-submit");
        robot.waitForText("#slips-outcome",
                "Submitted to the exchange as " + umr + ". Next: send the inquiry (Inquiries page).");
        // the list has the slip once, submitted, without a sync or a reload of the whole list
        TableView<io.redesk.app.desk.SlipCatalog.Row> slips = fx.lookup("#slips-table").queryTableView();
        FlowRobot.waitUntil("the slips list shows " + umr + " submitted, once", () -> onFx(() -> slips.getItems().stream()
                .filter(r -> umr.equals(r.umr())).map(io.redesk.app.desk.SlipCatalog.Row::status).toList()
                .equals(List.of(io.redesk.domain.placement.PlacementStatus.SUBMITTED))));
        ExchangeClient broker = as("broker.alice");
        Placement submitted = broker.placements().listAll(null).filter(p -> umr.equals(p.umr())).findFirst().orElseThrow();
        UUID id = submitted.id();
        assertThat(submitted.status()).isEqualTo(PlacementStatus.SUBMITTED);
        assertThat(submitted.slip().riskDetails().insured()).isEqualTo("Yangshan Port Logistics");

        // -- the inquiry: China Re, Pudong Re and Minor Mutual Re, who is below the policy
        robot.click("#nav-inquiries");
        robot.choose("#inquiry-placement", (Placement p) -> umr.equals(p.umr()), "placement " + umr);
        invite(robot, fx, "China Re Shanghai");
        invite(robot, fx, "Pudong Re");
        TableRow<InquiryViewModel.Candidate> minor = invite(robot, fx, "Minor Mutual Re");
        assertThat(cellText(minor, 3)).isEqualTo("⚠ Below your minimum: override needed");
        assertThat(cellText(robot.row("#inquiry-candidates", (InquiryViewModel.Candidate c) ->
                c.security().name().equals("China Re Shanghai"), "China Re"), 3)).isEqualTo("Meets your minimum");
        robot.click("#inquiry-send");
        robot.waitForText("#inquiry-outcome",
                "Minor Mutual Re is below your security policy: type the reason for the override before sending.");
        assertThat(broker.quotes().allForPlacement(id).toList()).as("nothing sent without the override").isEmpty();

        // the keyboard way the column header names: select the row, F2 edits its override reason
        TableView<InquiryViewModel.Candidate> candidates = fx.lookup("#inquiry-candidates").queryTableView();
        java.util.function.Predicate<InquiryViewModel.Candidate> isMinor = c -> c.security().name().equals("Minor Mutual Re");
        robot.click(cell(robot.row("#inquiry-candidates", isMinor, "Minor Mutual Re"), 1));
        FlowRobot.waitUntil("Minor Mutual Re selected", () -> {
            InquiryViewModel.Candidate selected = candidates.getSelectionModel().getSelectedItem();
            return selected != null && isMinor.test(selected);
        });
        fx.type(KeyCode.F2);
        try {
            FlowRobot.waitUntil("the override reason editor", () -> candidates.getEditingCell() != null
                    && fx.from(candidates).lookup(".text-field-table-cell .text-field").tryQuery().isPresent());
        } catch (AssertionError e) {
            robot.screenshot(java.nio.file.Path.of("target/flow-f2.png"));
            throw new AssertionError(e.getMessage() + "; editing " + candidates.getEditingCell() + ", focus "
                    + candidates.getScene().getFocusOwner(), e);
        }
        TextField reasonField = fx.from(candidates).lookup(".text-field-table-cell .text-field").query();
        robot.fill(reasonField, "Collateralised; long relationship");
        fx.type(KeyCode.ENTER);
        FlowRobot.waitUntil("the override reason committed", () -> candidates.getEditingCell() == null);
        assertThat(cellText(robot.row("#inquiry-candidates", isMinor, "Minor Mutual Re"), 4))
                .isEqualTo("Collateralised; long relationship");
        robot.click("#inquiry-send");
        robot.waitForText("#inquiry-outcome", "Inquiry sent: 3 quote requests.");

        // -- the reinsurers answer (their own desks, here through the SDK)
        TestPlacements.quote(as("uw.chinare"), id, "1150000.00", "As per slip, China Re wording");
        TestPlacements.quote(as("uw.pudong"), id, "1240000.00", "Pudong wording");

        // -- the quote board compares them; the broker accepts China Re's into a firm order
        robot.click("#inquiry-reload");
        robot.choose("#board-placement", (Placement p) -> umr.equals(p.umr()), "placement " + umr);
        TableView<QuoteBoardViewModel.Row> board = fx.lookup("#board-quotes").queryTableView();
        FlowRobot.waitUntil("three quotes on the board", () -> board.getItems().size() == 3);
        TableRow<QuoteBoardViewModel.Row> china = robot.row("#board-quotes",
                (QuoteBoardViewModel.Row r) -> r.reinsurer().equals("China Re Shanghai"), "China Re's quote");
        assertThat(cellText(china, 1)).isEqualTo("Quoted");
        // figures in the user's (English) formats
        var formats = context.i18n().formats();
        java.util.Currency cny = java.util.Currency.getInstance("CNY");
        assertThat(cellText(china, 2)).isEqualTo("CN¥1,150,000.00")
                .isEqualTo(formats.money(new java.math.BigDecimal("1150000.00"), cny));
        assertThat(cellText(china, 4)).isEqualTo(formats.share(new java.math.BigDecimal("50")));
        assertThat(cellText(china, 5)).isEqualTo("As per slip, China Re wording");
        TableRow<QuoteBoardViewModel.Row> pudong = robot.row("#board-quotes",
                (QuoteBoardViewModel.Row r) -> r.reinsurer().equals("Pudong Re"), "Pudong's quote");
        assertThat(cellText(pudong, 2)).isEqualTo("CN¥1,240,000.00");
        assertThat(cellText(robot.row("#board-quotes", (QuoteBoardViewModel.Row r) -> r.reinsurer().equals("Minor Mutual Re"),
                "Minor's request"), 1)).isEqualTo("Requested");
        robot.click(china);
        robot.click("#board-accept");
        robot.waitForText("#board-outcome", "Firm order placed with China Re Shanghai as leader.");
        assertThat(broker.placements().get(id).status()).isEqualTo(PlacementStatus.FIRM_ORDER);

        // -- the market writes lines (120% in all, China Re's 40% to stand)
        TestPlacements.writeLine(as("uw.chinare"), id, "40", true);
        TestPlacements.writeLine(as("uw.pudong"), id, "30", false);
        TestPlacements.writeLine(as("uw.thames"), id, "25", false);
        TestPlacements.writeLine(as("uw.pool"), id, "25", false);

        // -- the lines monitor: written total and the signing-down preview, then close and sign
        robot.click("#nav-lines");
        robot.choose("#lines-placement", (Placement p) -> umr.equals(p.umr()), "placement " + umr);
        robot.waitForText("#lines-total", "Written total 120.0000% of an order of 100.0000%");
        robot.waitForTextStarting("#lines-factor", "Signing-down factor ");
        assertThat(robot.text("#lines-factor")).endsWith("subscription: over-subscribed: lines not to stand are signed down");
        assertThat(signedPreview(robot, "China Re Shanghai")).isEqualTo("40.0000");
        assertThat(signedPreview(robot, "Pudong Re")).isEqualTo("22.5000");
        assertThat(signedPreview(robot, "Thames Re Ltd")).isEqualTo("18.7500");
        assertThat(signedPreview(robot, "China Aviation Reinsurance Pool")).isEqualTo("18.7500");
        robot.click("#lines-close");
        robot.waitForText("#lines-outcome", "Closed: lines signed and the contract bound. Next: register the contract (Registration page).");
        assertThat(broker.placements().get(id).status()).isEqualTo(PlacementStatus.BOUND);

        // -- registration: exactly these fields leave the machine; then the receipt
        robot.click("#nav-registration");
        robot.choose("#registration-placement", (Placement p) -> umr.equals(p.umr()), "placement " + umr);
        TableView<RegistrationViewModel.Field> fields = fx.lookup("#registration-fields").queryTableView();
        FlowRobot.waitUntil("the fields that leave the machine", () -> fields.getItems().size() == 12);
        assertThat(fields.getItems()).extracting(RegistrationViewModel.Field::name).containsExactly("umr", "contractKind",
                "cedentId", "brokerId", "periodStart", "periodEnd", "premium", "orderShare",
                "lines[0]", "lines[1]", "lines[2]", "lines[3]");
        assertThat(cellText(robot.row("#registration-fields", (RegistrationViewModel.Field f) -> f.name().equals("umr"), "umr"), 1))
                .isEqualTo(umr);
        assertThat(fields.getItems()).extracting(RegistrationViewModel.Field::value)
                .noneMatch(v -> v.contains("Yangshan") || v.contains("China Re wording"));
        // parties read as names; the ids that are sent only as secondary text
        assertThat(cellText(robot.row("#registration-fields", (RegistrationViewModel.Field f) -> f.name().equals("cedentId"),
                "cedentId"), 1)).isEqualTo("Dongfang Property & Casualty");
        assertThat(fields.getItems()).filteredOn(f -> f.name().equals("cedentId")).singleElement()
                .satisfies(f -> assertThat(f.secondary()).isEqualTo(DemoSeed.DONGFANG.toString()));
        assertThat(fields.getItems()).extracting(RegistrationViewModel.Field::value)
                .contains("Huatai Re Brokers", "Pudong Re · 22.5000%", "Thames Re Ltd · 18.7500%")
                .noneMatch(v -> v.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*"));
        robot.click("#registration-send");
        String receiptText = robot.waitForTextStarting("#registration-receipt", "Registration number ");
        robot.waitForText("#registration-outcome", "Registered. The receipt is kept with the placement.");
        robot.waitForText("#registration-receipt-parties",
                "Registered between Dongfang Property & Casualty (cedent) and Huatai Re Brokers (broker)");

        // -- the exchange's state at the end
        Placement registered = broker.placements().get(id);
        assertThat(registered.status()).isEqualTo(PlacementStatus.REGISTERED);
        RegistrationReceipt receipt = broker.registration().receipt(id);
        assertThat(receiptText).contains(receipt.registrationNumber());
        List<Line> lines = broker.lines().listAll(id).toList();
        assertThat(lines).extracting(Line::signedShare).containsExactlyInAnyOrder("40.0000", "22.5000", "18.7500", "18.7500");
        List<Quote> quotes = broker.quotes().allForPlacement(id).toList();
        assertThat(quotes).filteredOn(q -> q.reinsurerId().equals(DemoSeed.CHINA_RE)).singleElement()
                .satisfies(q -> assertThat(q.status()).isEqualTo(QuoteStatus.ACCEPTED));
        assertThat(quotes).filteredOn(q -> q.reinsurerId().equals(DemoSeed.MINOR_RE)).singleElement()
                .satisfies(q -> assertThat(q.securityOverrideReason()).isEqualTo("Collateralised; long relationship"));
    }

    @Test
    void aRefusedCloseShowsTheExchangesReasonAndHowToFixItThenClosesOnceFixed(FxRobot fx) {
        FlowRobot robot = new FlowRobot(fx);
        // the market state is not what this flow is about: built through the SDK, 80% written of 100%
        ExchangeClient broker = as("broker.alice");
        ExchangeClient chinaRe = as("uw.chinare");
        UUID id = TestPlacements.inInquiry(broker, "Under-subscribed window", List.of(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE));
        String umr = broker.placements().get(id).umr();
        TestPlacements.firmOrder(broker, id, TestPlacements.quote(chinaRe, id, "900000.00", "Lead"), List.of(DemoSeed.PUDONG_RE));
        TestPlacements.writeLine(chinaRe, id, "40", true);
        TestPlacements.writeLine(as("uw.pudong"), id, "40", false);
        DeskRobot.signIn(fx, "broker.alice");

        robot.click("#nav-lines");
        robot.choose("#lines-placement", (Placement p) -> umr.equals(p.umr()), "placement " + umr);
        robot.waitForText("#lines-total", "Written total 80.0000% of an order of 100.0000%");
        assertThat(robot.text("#lines-factor")).endsWith("subscription: under-subscribed: reduce the order to the written total, or keep the placement open");

        robot.click("#lines-close");
        String refused = robot.waitForTextStarting("#lines-outcome", "The exchange did not close the placement: ");
        // the exchange's own reason, then what to do about it
        assertThat(refused).contains("the lines total 80", "REDUCE_ORDER")
                .endsWith("To fix it, tick “If under-subscribed, reduce the order to the written total” and close again,"
                        + " or wait for more lines.");
        Placement stillOpen = broker.placements().get(id);
        assertThat(stillOpen.status()).isIn(PlacementStatus.FIRM_ORDER, PlacementStatus.SUBSCRIBING);

        robot.click("#lines-reduce");
        FlowRobot.waitUntil("reduce ticked", () -> ((javafx.scene.control.CheckBox) robot.node("#lines-reduce")).isSelected());
        robot.click("#lines-close");
        robot.waitForText("#lines-outcome", "Closed: lines signed and the contract bound. Next: register the contract (Registration page).");

        Placement bound = broker.placements().get(id);
        assertThat(bound.status()).isEqualTo(PlacementStatus.BOUND);
        // the order was reduced to the 80% written: each line signs half of it
        assertThat(broker.lines().listAll(id).toList()).extracting(Line::signedShare)
                .containsExactlyInAnyOrder("50.0000", "50.0000");
    }

    private static String field(SlipField f) {
        return "#slip-field-" + f.name();
    }

    /** Ticks "invite" on {@code name}'s row and checks the box shows it. */
    private static TableRow<InquiryViewModel.Candidate> invite(FlowRobot robot, FxRobot fx, String name) {
        TableRow<InquiryViewModel.Candidate> row = robot.row("#inquiry-candidates",
                (InquiryViewModel.Candidate c) -> c.security().name().equals(name), name);
        javafx.scene.control.CheckBox box = fx.from(row).lookup(".check-box").query();
        robot.click(box);
        try {
            FlowRobot.waitUntil(name + " ticked", box::isSelected);
        } catch (AssertionError e) {
            robot.screenshot(java.nio.file.Path.of("target/flow-invite.png"));
            throw new AssertionError("box disabled=" + box.isDisabled() + " screen=" + box.localToScreen(box.getBoundsInLocal())
                    + " window=" + box.getScene().getWindow().getX() + "," + box.getScene().getWindow().getY() + " "
                    + box.getScene().getWindow().getWidth() + "x" + box.getScene().getWindow().getHeight()
                    + " mouse=" + fx.point(box).query() + " rowSelected=" + row.isSelected() + " windows=" + javafx.stage.Window.getWindows()
                    + " invited=" + row.getItem().invitedProperty().get() + " focus=" + box.getScene().getFocusOwner(), e);
        }
        return row;
    }

    private static String signedPreview(FlowRobot robot, String reinsurer) {
        TableRow<LinesViewModel.Row> row = robot.row("#lines-table", (LinesViewModel.Row r) -> r.reinsurer().equals(reinsurer),
                reinsurer + "'s line");
        return cellText(row, 3);
    }

    private static TableCell<?, ?> cell(TableRow<?> row, int column) {
        return row.getChildrenUnmodifiable().stream().filter(n -> n instanceof TableCell<?, ?>)
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == row.getTableView().getVisibleLeafColumn(column))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + column + " in " + row));
    }

    private static String cellText(TableRow<?> row, int column) {
        WaitForAsyncUtils.waitForFxEvents();
        String t = cell(row, column).getText();
        return t == null ? "" : t;
    }

    /** {@code read} on the FX thread (the table's items change there). */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
