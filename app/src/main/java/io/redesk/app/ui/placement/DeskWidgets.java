package io.redesk.app.ui.placement;

import io.redesk.app.ui.i18n.I18n;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** Small pieces the placement pages share: the busy indicator and the empty-table message. */
public final class DeskWidgets {

    private DeskWidgets() {
    }

    /** A small spinner shown while {@code busy} (an exchange call of the page is running). */
    public static ProgressIndicator busy(String id, ObservableBooleanValue busy) {
        ProgressIndicator p = new ProgressIndicator();
        p.setId(id);
        p.setPrefSize(20, 20);
        p.setMaxSize(20, 20);
        p.visibleProperty().bind(busy);
        return p;
    }

    /** The text an empty table shows, in the user's language (message key {@code key}). */
    public static Label placeholder(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setWrapText(true);
        l.setMaxWidth(520);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
