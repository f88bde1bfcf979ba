package io.redesk.app.ui.finance;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A finance page in a session without the finance book (the session's services do not include it):
 * says so plainly instead of showing an empty book as if there were no accounts.
 */
public final class FinanceUnavailableView extends VBox {

    public FinanceUnavailableView(Page page, I18n i18n) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("finance.unavailable.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("finance-unavailable");
        title.setWrapText(true);
        Label body = new Label();
        body.textProperty().bind(i18n.bind("finance.unavailable.body"));
        body.getStyleClass().add(Styles.TEXT_MUTED);
        body.setWrapText(true);
        VBox notice = new VBox(12, title, body);
        notice.setAlignment(Pos.CENTER);
        notice.getStyleClass().add(AppStyles.EMPTY_STATE);
        notice.setMaxWidth(520);
        StackPane centre = new StackPane(notice);
        VBox.setVgrow(centre, Priority.ALWAYS);
        getChildren().addAll(new PageHeader(page, i18n), centre);
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + page.id());
    }
}
