package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.desk.finance.InvoiceView;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;

/** The Invoices page (issue 12): VAT treatment with its rule, lifecycle, red-letter reversal, withholding certificate. */
public final class InvoicesPage extends FinanceListPage<InvoiceView> {

    private final InvoicesViewModel model;

    public InvoicesPage(InvoicesViewModel model, FinanceExporter exporter, I18n i18n) {
        super(Page.INVOICES, "invoices", model.columns(), model.rows(), model.selectedProperty(), model.emptyTextProperty(),
                null, null, model::exportTable, exporter, i18n);
        this.model = model;
        Label message = new Label();
        message.setId("invoices-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().add(1, message);
        showDetail(null);
        model.reload();
    }

    @Override
    void fill(InvoiceView i) {
        var f = i18n.formats();
        String number = i.invoiceNumber() == null ? i18n.text("finance.invoices.unnumbered") : i.invoiceNumber();
        Label title = new Label(number + (i.contractReference() == null ? "" : " · " + i.contractReference()));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("invoice-title");
        GridPane g = grid();
        int r = 0;
        row(g, r++, key("finance.invoices.lifecycle"), model.lifecycle(i)).setId("invoice-lifecycle");
        row(g, r++, key("finance.invoices.issuer"), model.desk().name(i.issuerId(), i18n.getLanguage()));
        row(g, r++, key("finance.invoices.recipient"), model.desk().name(i.recipientId(), i18n.getLanguage()));
        row(g, r++, key("finance.invoices.treatment"), i18n.text(FinanceLabels.vat(i.treatment()))).setId("invoice-treatment");
        row(g, r++, key("finance.invoices.rule"), i.legalBasis()).setId("invoice-rule");
        row(g, r++, key("finance.invoices.gross"), f.money(i.gross()));
        row(g, r++, key("finance.invoices.vat"), f.money(i.vat()));
        row(g, r++, key("finance.invoices.net"), f.money(i.net()));
        if (i.redInvoiceNumber() != null) {
            row(g, r++, key("finance.invoices.red"), i18n.text("finance.invoices.redValue", i.redInvoiceNumber(),
                    i.voidReason() == null ? "" : i.voidReason())).setId("invoice-red");
        }
        if (i.withholding() != null) {
            row(g, r++, key("finance.invoices.withholding"), i18n.text(i.withholding().due() ? key("finance.invoices.withholdingDue")
                    : key("finance.invoices.withholdingGiven"), f.money(i.withholding().withheld()),
                    f.money(i.withholding().netPaid()))).setId("invoice-withholding");
        }
        String sync = FinanceText.sync(i18n, i.sync());
        if (!sync.isEmpty()) {
            row(g, r, key("finance.invoices.sync"), sync);
        }
        add(title, g);
        List<InvoicesViewModel.Step> steps = model.steps(i);
        FlowPane actions = new FlowPane(8, 6);
        for (InvoicesViewModel.Step s : steps) {
            switch (s) {
                case ISSUE -> actions.getChildren().addAll(FinanceControls.field(i18n, "invoice-number", key("finance.invoices.numberPrompt"), model.invoiceNumberProperty(), 14), FinanceControls.button(i18n, "invoice-issue", key("finance.invoices.issue"), model::issue));
                case DELIVER -> actions.getChildren().add(FinanceControls.button(i18n, "invoice-deliver", key("finance.invoices.deliver"), model::deliver));
                case CONFIRM -> actions.getChildren().add(FinanceControls.button(i18n, "invoice-confirm", key("finance.invoices.confirm"), model::confirm));
                case VOID -> actions.getChildren().addAll(FinanceControls.field(i18n, "invoice-red-number", key("finance.invoices.redPrompt"), model.redNumberProperty(), 14), FinanceControls.field(i18n, "invoice-void-reason", key("finance.invoices.reasonPrompt"), model.voidReasonProperty(), 14), FinanceControls.button(i18n, "invoice-void", key("finance.invoices.void"), model::voidInvoice));
            }
        }
        Label error = new Label();
        error.setId("invoice-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.formErrorProperty());
        add(actions, error);
    }

    /** Opens invoice {@code id}. */
    public void open(UUID id) {
        model.open(id);
    }
}
