package io.redesk.app.ui.home;

import io.redesk.app.sync.SyncStatus;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.ShellModel;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Home, "what needs me today": today's date, the work items features publish, and, when there are
 * none, an empty state that tells the user what will appear here and what to do first.
 */
public final class HomeViewModel {

    private final ObservableList<TodayItem> items = FXCollections.observableArrayList();
    private final ShellModel shell;
    private final BooleanBinding empty;
    private final BooleanBinding exchangeMissing;
    private final StringBinding today;

    /** A home page for {@code shell}, reading the sync status to advise on a missing exchange. */
    public HomeViewModel(ShellModel shell, I18n i18n, ObservableValue<SyncStatus> status) {
        this.shell = Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(status, "status");
        empty = Bindings.isEmpty(items);
        exchangeMissing = Bindings.createBooleanBinding(() -> !status.getValue().hasExchange(), status);
        today = Bindings.createStringBinding(() -> i18n.formats().longDate(i18n.formats().today()),
                i18n.formatsBinding());
    }

    /** Work items for today; features add to and remove from this list. */
    public ObservableList<TodayItem> items() {
        return items;
    }

    /** True when nothing needs the user: the view shows its empty state. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** True while no exchange is configured: the empty state points to settings. */
    public BooleanBinding exchangeMissingProperty() {
        return exchangeMissing;
    }

    /** Today's date, in full, in the current language. */
    public StringBinding todayText() {
        return today;
    }

    /** Goes to settings (where the exchange connection will be set up). */
    public void openSettings() {
        shell.navigate(Page.SETTINGS);
    }
}
