package io.redesk.app.ui.status;

import atlantafx.base.theme.Styles;
import io.redesk.app.sync.engine.SyncState;
import io.redesk.app.ui.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * "Sync now" in the status bar, and the progress of a running sync cycle: while the engine pushes or
 * pulls, a progress bar (determinate when the engine knows the total: changes sent of all pending;
 * indeterminate while pulling) and what it is doing. The cycle runs on the engine's own thread, never on
 * the FX thread; the button is disabled while one runs.
 */
public final class SyncNowControl extends HBox {

    /** A control for {@code model}. */
    public SyncNowControl(SyncNowViewModel model, I18n i18n) {
        ReadOnlyObjectProperty<SyncState> state = model.stateProperty();
        var running = Bindings.createBooleanBinding(() -> busy(state.get()), state);

        Button now = new Button();
        now.setId("status-sync-now");
        now.textProperty().bind(i18n.bind("status.syncNow"));
        now.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        now.disableProperty().bind(running);
        now.setOnAction(e -> model.syncNow());

        ProgressBar bar = new ProgressBar();
        bar.setId("status-sync-progress");
        bar.setPrefWidth(90);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> fraction(state.get()), state));
        Label phase = new Label();
        phase.setId("status-sync-phase");
        phase.textProperty().bind(Bindings.createStringBinding(() -> state.get().phase() == SyncState.Phase.PUSHING
                ? i18n.text("status.syncPushing", state.get().progressDone(), state.get().progressTotal())
                : i18n.text("status.syncPulling", state.get().progressDone()), state, i18n.languageProperty()));
        for (var n : java.util.List.of(bar, phase)) {
            n.visibleProperty().bind(running);
            n.managedProperty().bind(running);
        }
        getChildren().addAll(bar, phase, now);
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add(Styles.TEXT_SMALL);
    }

    /**
     * What the last "Sync now" came to ("Offline: … cannot be reached…"), as a line for above the
     * status bar (the bar itself has no room for a sentence); hidden while there is nothing to say.
     */
    public static Label messageLine(SyncNowViewModel model) {
        Label message = new Label();
        message.setId("status-sync-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setPadding(new javafx.geometry.Insets(6, 12, 6, 12));
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.BG_NEUTRAL_SUBTLE);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    static boolean busy(SyncState s) {
        return s.phase() == SyncState.Phase.PUSHING || s.phase() == SyncState.Phase.PULLING;
    }

    /** The bar's value: done/total while pushing a known number of changes, else indeterminate (-1). */
    static double fraction(SyncState s) {
        return s.phase() == SyncState.Phase.PUSHING && s.progressTotal() > 0
                ? (double) s.progressDone() / s.progressTotal() : -1;
    }
}
