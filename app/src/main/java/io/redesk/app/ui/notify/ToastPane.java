package io.redesk.app.ui.notify;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.notify.Notice;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.theme.AppStyles;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * In-window notifications: a stack of toasts at the window's bottom right (above the status bar), each
 * fading out after a few seconds. In-window rather than OS pop-ups so they work the same on every
 * desktop and in headless tests. A toast never takes focus and never takes a click meant for what lies
 * under it (it is mouse-transparent and goes away by itself), so a notice landing over a form while
 * the user clicks into a field does not swallow that click.
 */
public final class ToastPane extends VBox {

    private static final Duration SHOWN_FOR = Duration.seconds(8);
    private final I18n i18n;

    /** An empty toast stack; place it over the window content. */
    public ToastPane(I18n i18n) {
        this.i18n = i18n;
        setSpacing(8);
        // bottom: clear of the status bar; the forms a user types into start at the top of each page
        setPadding(new Insets(16, 16, 56, 16));
        setAlignment(Pos.BOTTOM_RIGHT);
        setPickOnBounds(false);
        setMaxWidth(380);
        setMaxHeight(USE_PREF_SIZE);
        setId("toasts");
    }

    /** Shows {@code notice} as a toast, in the current language. */
    public void show(Notice notice) {
        String text = switch (notice.kind()) {
            case QUOTE_REQUESTED -> i18n.text("notice.quoteRequested", notice.reference());
            case QUOTE_RECEIVED -> i18n.text("notice.quoteReceived", notice.reference(), notice.detail());
            case QUOTE_ACCEPTED -> i18n.text("notice.quoteAccepted", notice.reference());
            case FIRM_ORDER -> i18n.text("notice.firmOrder", notice.reference());
            case LINE_WRITTEN -> i18n.text("notice.lineWritten", notice.reference(), notice.detail());
            case LINE_SIGNED -> i18n.text("notice.lineSigned", notice.reference(), notice.detail());
            case PLACEMENT_SIGNED -> i18n.text("notice.placementSigned", notice.reference());
        };
        Label title = new Label(i18n.text(key("notice.title")));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setGraphic(new FontIcon(Material2OutlinedMZ.NOTIFICATIONS));
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("toast-text");
        VBox toast = new VBox(4, title, body);
        toast.getStyleClass().addAll(AppStyles.CARD, "toast", Styles.ELEVATED_2);
        toast.setMaxWidth(360);
        // click-through: a card's painted background would otherwise take the click meant for the field under it
        toast.setMouseTransparent(true);
        getChildren().add(toast);
        PauseTransition life = new PauseTransition(SHOWN_FOR);
        life.setOnFinished(e -> getChildren().remove(toast));
        life.play();
    }
}
