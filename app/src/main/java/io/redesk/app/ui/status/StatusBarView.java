package io.redesk.app.ui.status;

import atlantafx.base.theme.Styles;
import io.redesk.app.sync.ConnectionState;
import io.redesk.app.ui.theme.AppStyles;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The status bar: connection (with a coloured dot), pending changes, last sync. Only binds. */
public final class StatusBarView extends HBox {

    /** A status bar showing {@code model}. */
    public StatusBarView(StatusBarViewModel model) {
        Circle dot = new Circle(4);
        dot.getStyleClass().add(AppStyles.STATUS_DOT);
        Label connection = new Label();
        connection.setId("status-connection");
        connection.textProperty().bind(model.connectionText());
        connection.setGraphic(dot);

        Label pending = new Label();
        pending.setId("status-pending");
        pending.textProperty().bind(model.pendingText());
        pending.setGraphic(new FontIcon(Material2OutlinedMZ.PENDING_ACTIONS));

        Label lastSync = new Label();
        lastSync.setId("status-last-sync");
        lastSync.textProperty().bind(model.lastSyncText());
        lastSync.setGraphic(new FontIcon(Material2OutlinedMZ.SYNC));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(connection, separator(), pending, separator(), lastSync, spacer);
        getStyleClass().addAll(AppStyles.STATUS_BAR, Styles.TEXT_SMALL);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);

        model.statusProperty().addListener((obs, old, now) -> showState(dot, now.connection()));
        showState(dot, model.statusProperty().get().connection());
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static void showState(Circle dot, ConnectionState state) {
        dot.getStyleClass().removeAll(AppStyles.STATUS_ONLINE, AppStyles.STATUS_CONNECTING, AppStyles.STATUS_OFFLINE);
        dot.getStyleClass().add(switch (state) {
            case ONLINE -> AppStyles.STATUS_ONLINE;
            case CONNECTING, SIGNED_OUT -> AppStyles.STATUS_CONNECTING;
            case OFFLINE -> AppStyles.STATUS_OFFLINE;
        });
    }
}
