package io.redesk.app.ui.shell;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.theme.AppStyles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * What a page shows until its feature lands: its heading and a plain "coming with ..." notice, so a
 * user never mistakes an unbuilt page for an empty book.
 */
public final class PlaceholderView extends VBox {

    /** A placeholder for {@code page}, which must be waiting for a feature. */
    public PlaceholderView(Page page, I18n i18n) {
        this(page, i18n, i18n.bind("placeholder.title", i18n.bind(page.comingFeatureKey()
                .orElseThrow(() -> new IllegalArgumentException(page + " is built; it needs no placeholder")))),
                i18n.bind("placeholder.body"), "placeholder-title");
    }

    /**
     * A page that cannot show its content now, saying why in the same calm layout (a finance page in a
     * session without the finance book).
     */
    public static PlaceholderView notice(Page page, I18n i18n, String titleKey, String bodyKey, String titleId) {
        return new PlaceholderView(page, i18n, i18n.bind(titleKey), i18n.bind(bodyKey), titleId);
    }

    private PlaceholderView(Page page, I18n i18n, javafx.beans.binding.StringBinding titleText,
            javafx.beans.binding.StringBinding bodyText, String titleId) {
        FontIcon icon = new FontIcon(Material2OutlinedAL.CONSTRUCTION);
        icon.getStyleClass().add(AppStyles.EMPTY_STATE_ICON);
        Label title = new Label();
        title.textProperty().bind(titleText);
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId(titleId);
        title.setWrapText(true);
        Label body = new Label();
        body.textProperty().bind(bodyText);
        body.getStyleClass().add(Styles.TEXT_MUTED);
        body.setWrapText(true);
        VBox notice = new VBox(12, icon, title, body);
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
