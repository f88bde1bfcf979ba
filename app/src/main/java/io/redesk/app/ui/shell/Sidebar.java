package io.redesk.app.ui.shell;

import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.theme.AppStyles;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The navigation sidebar: one toggle per {@link Page}. It writes the shell model and mirrors it, so
 * navigating from elsewhere (a button on home) also moves the selection.
 */
public final class Sidebar extends VBox {

    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);

    /** A sidebar driving {@code model}, with every page. */
    public Sidebar(ShellModel model, I18n i18n) {
        this(model, i18n, page -> true);
    }

    /**
     * A sidebar driving {@code model} that lists only the pages {@code shown} accepts (an underwriter
     * has no slips to draft): the others stay reachable by keyboard and by links, not listed.
     */
    public Sidebar(ShellModel model, I18n i18n, java.util.function.Predicate<Page> shown) {
        Label brand = new Label("ReDesk");
        brand.getStyleClass().add(AppStyles.SIDEBAR_BRAND);
        Label tagline = new Label();
        tagline.textProperty().bind(i18n.bind("app.tagline"));
        tagline.getStyleClass().add(AppStyles.SIDEBAR_TAGLINE);
        tagline.setWrapText(true);
        getChildren().addAll(brand, tagline);

        ToggleGroup group = new ToggleGroup();
        for (Page page : Page.values()) {
            if (page == Page.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                getChildren().add(spacer);
            }
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(i18n.bind(page.titleKey()));
            button.setGraphic(new FontIcon(page.icon()));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setId("nav-" + page.id());
            button.getStyleClass().add(AppStyles.NAV_ITEM);
            button.setOnAction(e -> {
                // a toggle deselects itself when clicked twice; the current page always stays selected
                button.setSelected(true);
                model.navigate(page);
            });
            button.setVisible(shown.test(page));
            button.setManaged(button.isVisible());
            buttons.put(page, button);
            getChildren().add(button);
        }
        model.currentPageProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));
        buttons.get(model.getCurrentPage()).setSelected(true);
        getStyleClass().add(AppStyles.SIDEBAR);
        setMinWidth(Region.USE_PREF_SIZE);
    }
}
