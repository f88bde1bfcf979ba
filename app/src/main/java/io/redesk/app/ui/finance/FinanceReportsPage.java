package io.redesk.app.ui.finance;

import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Reports page of a finance user: receivables and payables ageing by counterparty, cash in and out by month. */
public final class FinanceReportsPage extends VBox {

    public FinanceReportsPage(StatementsViewModel model, I18n i18n) {
        super(8);
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.REPORTS.id());
        FinanceCharts charts = new FinanceCharts(model, i18n);
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(new PageHeader(Page.REPORTS, i18n), charts);
        model.reload();
    }
}
