package io.redesk.app.ui.shell;

import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.theme.AppStyles;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The heading every page starts with: its name and a one-line description, both localised. */
public final class PageHeader extends VBox {

    /** A header for {@code page}. */
    public PageHeader(Page page, I18n i18n) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind(page.titleKey()));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        title.setId("page-title");
        Label subtitle = new Label();
        subtitle.textProperty().bind(i18n.bind(page.subtitleKey()));
        subtitle.getStyleClass().add(AppStyles.PAGE_SUBTITLE);
        subtitle.setWrapText(true);
        getChildren().addAll(title, subtitle);
        getStyleClass().add(AppStyles.PAGE_HEADER);
    }
}
