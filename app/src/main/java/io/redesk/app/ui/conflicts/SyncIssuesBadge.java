package io.redesk.app.ui.conflicts;

import atlantafx.base.theme.Styles;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.sync.engine.SyncState;
import io.redesk.app.ui.i18n.I18n;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Hyperlink;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The status bar's conflicts and rejected-changes count, from the sync engine; hidden while there are
 * none, and opening the sync issues page when pressed (mouse or keyboard).
 */
public final class SyncIssuesBadge extends Hyperlink {

    private final ObjectProperty<SyncState> state = new SimpleObjectProperty<>(SyncState.initial());

    /** A badge following {@code engine}; {@code open} shows the sync issues page. */
    public SyncIssuesBadge(SyncEngine engine, I18n i18n, Runnable open) {
        state.set(engine.state());
        engine.subscribe(s -> Platform.runLater(() -> state.set(s)));
        setId("status-sync-issues");
        textProperty().bind(i18n.bind("sync.badge",
                javafx.beans.binding.Bindings.createLongBinding(() -> state.get().openConflicts(), state),
                javafx.beans.binding.Bindings.createLongBinding(() -> state.get().rejected(), state)));
        setGraphic(new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
        getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> state.get().openConflicts() + state.get().rejected() > 0, state));
        managedProperty().bind(visibleProperty());
        setOnAction(e -> open.run());
    }
}
