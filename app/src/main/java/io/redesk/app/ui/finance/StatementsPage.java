package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.desk.finance.SettlementView;
import io.redesk.app.desk.finance.StatementView;
import io.redesk.app.export.Exports;
import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.i18n.Localization;
import io.redesk.app.pdf.StatementPdf;
import io.redesk.app.pdf.StatementSheet;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.shell.ShellModel;
import io.redesk.app.ui.theme.AppStyles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Statements page (issue 12): statements of account per counterparty and currency; the open one's
 * lines (each opens its account), the netting line by line, its settlements with FX rate, source and
 * date, the cross-border RMB verdict, payments and residue, the settlement actions; exports of the
 * list (XLSX, CSV) and of the statement (XLSX, CSV, PDF); and a tab of ageing and cash charts.
 */
public final class StatementsPage extends VBox {

    private final StatementsViewModel model;
    private final FinanceExporter exporter;
    private final I18n i18n;
    private final ShellModel shell;
    private final VBox detail = new VBox(10);

    public StatementsPage(StatementsViewModel model, FinanceExporter exporter, ShellModel shell, I18n i18n) {
        this.model = model;
        this.exporter = exporter;
        this.i18n = i18n;
        this.shell = shell;
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.STATEMENTS.id());
        setSpacing(8);

        TableView<StatementView> table = FinanceTables.table("statements-table", model.columns(), i18n);
        table.setItems(model.statements());
        Label empty = new Label();
        empty.setId("statements-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyTextProperty());
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        detail.setId("statement-detail");
        detail.setPadding(new Insets(4, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setDividerPositions(0.5);
        split.setMinHeight(420);
        VBox statementsTab = new VBox(8, exporter.buttons("statements", model::exportStatements), split);
        VBox.setVgrow(split, Priority.ALWAYS);

        TabPane tabs = new TabPane(new Tab(null, statementsTab), new Tab(null, new FinanceCharts(model, i18n)));
        tabs.getTabs().get(0).textProperty().bind(i18n.bind("finance.statements.tab"));
        tabs.getTabs().get(1).textProperty().bind(i18n.bind("finance.charts.tab"));
        tabs.getTabs().get(1).setId("statements-charts-tab");
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("statements-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label message = new Label();
        message.setId("statements-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(new PageHeader(Page.STATEMENTS, i18n), message, tabs);
        model.selectedProperty().addListener((o, a, b) -> {
            show();
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        model.settlements().addListener((javafx.collections.ListChangeListener<SettlementView>) c -> show());
        i18n.languageProperty().addListener((o, a, b) -> show());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (getScene() != null && model.selectedProperty().get() != null) {
                        exportPdf();
                    }
                });
            }
        });
        show();
        model.reload();
    }

    private void show() {
        detail.getChildren().clear();
        StatementView s = model.selectedProperty().get();
        if (s == null) {
            Label none = new Label();
            none.textProperty().bind(i18n.bind("finance.statements.chooseOne"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            detail.getChildren().add(none);
            return;
        }
        LocaleFormats f = i18n.formats();
        Label title = new Label(model.name(s.counterpartyId()) + " · " + s.currency() + " · " + s.period());
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("statement-title");
        title.setWrapText(true);
        Label total = new Label(i18n.text("finance.statements.totalLine", f.money(s.total().abs()), model.direction(s)));
        total.setId("statement-total");
        total.setWrapText(true);
        total.setMinHeight(Label.USE_PREF_SIZE);

        Button pdf = new Button();
        pdf.setId("statement-export-pdf");
        pdf.textProperty().bind(i18n.bind("finance.export.pdf"));
        pdf.setOnAction(e -> exportPdf());
        Button xlsx = new Button();
        xlsx.setId("statement-export-xlsx");
        xlsx.textProperty().bind(i18n.bind("finance.export.statementXlsx"));
        xlsx.setOnAction(e -> exporter.export("statement", Exports.Format.XLSX, model.exportStatement(), p -> { }));
        Button csv = new Button();
        csv.setId("statement-export-csv");
        csv.textProperty().bind(i18n.bind("finance.export.statementCsv"));
        csv.setOnAction(e -> exporter.export("statement", Exports.Format.CSV, model.exportStatement(), p -> { }));

        TableView<StatementView.Line> lines = FinanceTables.table("statement-lines", model.lineColumns(), i18n);
        lines.getItems().setAll(s.lines());
        lines.setMinWidth(0);
        lines.setPrefHeight(Math.min(300, 52 + 40 * Math.max(1, s.lines().size())));
        lines.setMinHeight(lines.getPrefHeight());
        Runnable openLine = () -> {
            StatementView.Line l = lines.getSelectionModel().getSelectedItem();
            if (l != null) {
                shell.open(Page.ACCOUNTS, l.technicalAccountId().toString(), l.contractReference());
            }
        };
        lines.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openLine.run();
            }
        });
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openLine.run();
            }
        });

        VBox netting = new VBox(4);
        netting.setId("statement-netting");
        for (StatementView.NettingLine n : s.netting()) {
            GridPane grid = new GridPane();
            grid.setHgap(16);
            for (int i = 0; i < n.accountIds().size(); i++) {
                java.util.UUID id = n.accountIds().get(i);
                String ref = s.lines().stream().filter(l -> l.technicalAccountId().equals(id))
                        .findFirst().map(StatementView.Line::contractReference).orElse(id.toString());
                grid.addRow(i, new Label(ref), amount(f.money(n.amounts().get(i))));
            }
            Label net = new Label();
            net.textProperty().bind(i18n.bind("finance.statements.netLabel"));
            net.getStyleClass().add(Styles.TEXT_BOLD);
            Label netAmount = amount(f.money(n.net()));
            netAmount.getStyleClass().add(Styles.TEXT_BOLD);
            netAmount.setId("statement-net");
            grid.addRow(n.accountIds().size(), net, netAmount);
            netting.getChildren().add(grid);
        }
        if (s.netting().isEmpty()) {
            Label nothing = new Label();
            nothing.textProperty().bind(i18n.bind("finance.statements.nothingToNet"));
            nothing.getStyleClass().add(Styles.TEXT_MUTED);
            netting.getChildren().add(nothing);
        }

        detail.getChildren().addAll(title, total, new FlowPane(8, 6, pdf, xlsx, csv), lines,
                FinanceControls.heading(i18n, key("finance.statements.netting")), netting, FinanceControls.heading(i18n, key("finance.statements.settlements")));
        if (!s.netting().isEmpty()) {
            detail.getChildren().add(instructForm());
        }
        for (SettlementView x : model.settlements()) {
            detail.getChildren().add(settlementCard(x, f));
        }
        Label error = new Label();
        error.setId("statement-form-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.formErrorProperty());
        detail.getChildren().add(error);
    }

    private VBox instructForm() {
        TextField currency = FinanceControls.field(i18n, "settle-currency", key("finance.settle.currencyPrompt"), model.settlementCurrencyProperty(), 10);
        TextField rate = FinanceControls.field(i18n, "settle-rate", key("finance.settle.ratePrompt"), model.fxRateProperty(), 8);
        TextField source = FinanceControls.field(i18n, "settle-source", key("finance.settle.sourcePrompt"), model.fxSourceProperty(), 10);
        TextField date = FinanceControls.field(i18n, "settle-date", key("finance.settle.datePrompt"), model.fxDateProperty(), 10);
        CheckBox rmb = new CheckBox();
        rmb.setId("settle-rmb");
        rmb.textProperty().bind(i18n.bind("finance.settle.rmb"));
        rmb.selectedProperty().bindBidirectional(model.crossBorderRmbProperty());
        Button instruct = new Button();
        instruct.setId("settle-instruct");
        instruct.textProperty().bind(i18n.bind("finance.settle.instruct"));
        instruct.getStyleClass().add(Styles.ACCENT);
        instruct.setOnAction(e -> model.instruct());
        Label hint = new Label();
        hint.textProperty().bind(i18n.bind("finance.settle.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return new VBox(6, hint, new FlowPane(8, 6, currency, rate, source, date, rmb, instruct));
    }

    private VBox settlementCard(SettlementView x, LocaleFormats f) {
        VBox card = new VBox(4);
        card.getStyleClass().add(AppStyles.CARD);
        card.setId("settlement-" + x.id());
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(2);
        int r = 0;
        FinanceControls.row(i18n, grid, r++, key("finance.settle.status"), FinanceText.withSync(i18n, i18n.text(FinanceLabels.settlement(x.status())), x.sync())
                + (x.overdue() ? " · " + i18n.text("finance.overdue") : ""));
        FinanceControls.row(i18n, grid, r++, key("finance.settle.who"), x.userPays() ? i18n.text("finance.settle.youPay", model.name(x.payeeId()))
                : i18n.text("finance.settle.youReceive", model.name(x.payerId())));
        FinanceControls.row(i18n, grid, r++, key("finance.settle.net"), f.money(x.net()));
        FinanceControls.row(i18n, grid, r++, key("finance.settle.due"), f.money(x.due()));
        if (x.fxRate() != null) {
            FinanceControls.row(i18n, grid, r++, key("finance.settle.fx"), i18n.text("finance.settle.fxValue", x.fxRate().from().getCurrencyCode(),
                    x.fxRate().to().getCurrencyCode(), x.fxRate().rate().toPlainString(), x.fxRate().source(), x.fxRate().date() == null ? "" : f.date(x.fxRate().date())));
        }
        FinanceControls.row(i18n, grid, r++, key("finance.settle.rmbLabel"), model.rmb(x));
        for (SettlementView.Payment p : x.payments()) {
            FinanceControls.row(i18n, grid, r++, key("finance.settle.payment"), i18n.text("finance.settle.paymentValue", f.money(p.amount()),
                    p.bankReference(), p.valueDate() == null ? "" : f.date(p.valueDate())));
        }
        FinanceControls.row(i18n, grid, r++, key("finance.settle.paidLabel"), f.money(x.paid()));
        FinanceControls.row(i18n, grid, r++, key("finance.settle.residue"), f.money(x.residue()));
        if (x.confirmedBankReference() != null) {
            FinanceControls.row(i18n, grid, r, key("finance.settle.confirmedRef"), x.confirmedBankReference());
        }
        card.getChildren().add(grid);
        boolean open = x.status() != io.redesk.sdk.model.account.SettlementStatus.CONFIRMED;
        if (open && x.userPays() && !x.residue().isZero()) {
            TextField amount = FinanceControls.field(i18n, "pay-amount", key("finance.settle.amountPrompt"), model.paymentAmountProperty(), 10);
            TextField ref = FinanceControls.field(i18n, "pay-reference", key("finance.settle.referencePrompt"), model.bankReferenceProperty(), 14);
            TextField date = FinanceControls.field(i18n, "pay-date", key("finance.settle.datePrompt"), model.valueDateProperty(), 10);
            Button pay = new Button();
            pay.setId("pay-record");
            pay.textProperty().bind(i18n.bind("finance.settle.record"));
            pay.setOnAction(e -> model.recordPayment(x));
            card.getChildren().add(new FlowPane(8, 6, amount, ref, date, pay));
        }
        if (open && !x.userPays() && x.status() == io.redesk.sdk.model.account.SettlementStatus.PAID) {
            TextField ref = FinanceControls.field(i18n, "confirm-reference", key("finance.settle.referencePrompt"), model.bankReferenceProperty(), 14);
            Button confirm = new Button();
            confirm.setId("settle-confirm");
            confirm.textProperty().bind(i18n.bind("finance.settle.confirm"));
            confirm.setOnAction(e -> model.confirm(x));
            card.getChildren().add(new HBox(8, ref, confirm));
        }
        return card;
    }

    private void exportPdf() {
        StatementSheet sheet = model.sheet();
        Localization l = Localization.of(i18n.getLanguage());
        LocaleFormats f = i18n.formats();
        exporter.exportFile("statement", Exports.Format.PDF, out -> StatementPdf.write(sheet, l, f, out));
    }

    private static Label amount(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        l.getStyleClass().add("rd-amount");
        return l;
    }

}
