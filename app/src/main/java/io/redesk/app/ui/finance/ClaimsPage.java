package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.desk.finance.ClaimView;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.ShellModel;
import java.util.UUID;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The Claims page (issue 12): claims with their payments, each linked to the account item that carries it. */
public final class ClaimsPage extends FinanceListPage<ClaimView> {

    private final ClaimsViewModel model;
    private final ShellModel shell;

    public ClaimsPage(ClaimsViewModel model, FinanceExporter exporter, ShellModel shell, I18n i18n) {
        super(Page.CLAIMS, "claims", model.columns(), model.rows(), model.selectedProperty(), model.emptyTextProperty(),
                model.searchProperty(), key("finance.claims.searchPrompt"), model::exportTable, exporter, i18n);
        this.model = model;
        this.shell = shell;
        showDetail(null);
        model.reload();
    }

    @Override
    void fill(ClaimView c) {
        var f = i18n.formats();
        Label title = new Label(c.ucr() + (c.contractReference() == null ? "" : " · " + c.contractReference()));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("claim-title");
        GridPane g = grid();
        int r = 0;
        row(g, r++, key("finance.claims.lossDate"), c.lossDate() == null ? "" : f.date(c.lossDate()));
        row(g, r++, key("finance.claims.cause"), c.cause());
        row(g, r++, key("finance.claims.description"), c.description());
        row(g, r++, key("finance.claims.reserve"), c.reserve() == null ? "" : f.money(c.reserve()));
        row(g, r++, key("finance.claims.paid"), c.paidTotal() == null ? "" : f.money(c.paidTotal()));
        String sync = FinanceText.sync(i18n, c.sync());
        if (!sync.isEmpty()) {
            row(g, r, key("finance.claims.sync"), sync);
        }
        add(title, g);
        Label payments = new Label();
        payments.textProperty().bind(i18n.bind("finance.claims.payments"));
        payments.getStyleClass().add(Styles.TEXT_BOLD);
        add(payments);
        if (c.payments().isEmpty()) {
            Label none = new Label();
            none.textProperty().bind(i18n.bind("finance.claims.noPayments"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            add(none);
        }
        for (ClaimView.Payment p : c.payments()) {
            UUID account = p.technicalAccountId();
            String when = p.requestedAt() == null ? "" : f.dateTime(p.requestedAt());
            Hyperlink link = new Hyperlink(i18n.text(p.itemIndex() >= 0 ? key("finance.claims.paymentLink")
                    : key("finance.claims.paymentNoAccount"), f.money(p.amount()), when, p.itemIndex() + 1));
            link.setDisable(account == null || p.itemIndex() < 0);
            link.setOnAction(e -> shell.open(Page.ACCOUNTS, account.toString(), c.contractReference()));
            add(link);
        }
    }

    /** Opens claim {@code id}. */
    public void open(UUID id) {
        model.open(id);
    }
}
