package io.redesk.app.ui.inbox;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;
import io.redesk.app.ui.underwriting.UnderwritingView;
import io.redesk.app.ui.underwriting.UnderwritingViewModel;
import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.InboxEntry;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The underwriter's inbox page: the list of placements (most urgent first) beside the desk for the
 * selected one. Keyboard: the list takes focus with Ctrl+I, Up/Down choose, Ctrl+R refreshes,
 * Ctrl+Enter sends the open form. Only builds nodes and binds.
 */
public final class InboxView extends VBox {

    /** Refreshes the inbox (also from the keyboard help). */
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    /** Sends the form that is open on the desk. */
    public static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    /** Puts the cursor in the first field of the open form. */
    public static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    /** Puts the cursor in the decline reason of an open quote request. */
    public static final KeyCombination DECLINE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    /** Focuses the inbox list. */
    public static final KeyCombination FOCUS_LIST = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    private final boolean[] reselecting = {false};

    /** The page for {@code inbox}, opening entries in {@code desk}. */
    public InboxView(InboxViewModel inbox, UnderwritingViewModel desk, I18n i18n) {
        getChildren().add(new PageHeader(Page.INBOX, i18n));
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.INBOX.id());
        if (!inbox.available()) {
            Label none = new Label();
            none.setId("inbox-unavailable");
            none.textProperty().bind(i18n.bind("inbox.notUnderwriter"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(none);
            return;
        }
        ListView<InboxEntry> list = new ListView<>(inbox.entries());
        list.setId("inbox-list");
        list.setPrefWidth(400);
        list.setMinWidth(360);
        list.setCellFactory(v -> new InboxCell(inbox, i18n, list));
        Label emptyList = new Label();
        emptyList.setId("inbox-empty");
        emptyList.textProperty().bind(i18n.bind("inbox.empty"));
        emptyList.setWrapText(true);
        emptyList.setMaxWidth(300);
        emptyList.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(emptyList);
        // The list's selection follows its items when a reload replaces them (it may even land on another
        // row for a moment); only a selection the user makes may open another placement on the desk, or
        // the form being typed into would be cleared under the user's fingers.
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == null || inbox.isUpdating() || reselecting[0]) {
                return;
            }
            InboxEntry current = inbox.selectedProperty().get();
            if (current == null || !current.placement().id().equals(now.placement().id())) {
                inbox.selectedProperty().set(now);
            }
        });
        inbox.onReloaded(() -> {
            // the first load opens what needs the user most (the list is ordered that way)
            if (inbox.selectedProperty().get() == null && !list.getItems().isEmpty()) {
                inbox.selectedProperty().set(list.getItems().get(0));
            }
            reselect(list, inbox.selectedProperty().get());
        });
        inbox.selectedProperty().addListener((obs, old, now) -> {
            if (!inbox.isUpdating()) {
                reselect(list, now);
            }
            // the same placement again keeps the typed form (the desk checks the id)
            desk.show(now);
        });
        i18n.languageProperty().addListener((obs, old, now) -> list.refresh());

        Label summary = new Label();
        summary.setId("inbox-summary");
        summary.textProperty().bind(inbox.summaryProperty());
        Button refresh = new Button();
        refresh.setId("inbox-refresh");
        refresh.textProperty().bind(i18n.bind("inbox.refresh"));
        refresh.setGraphic(new FontIcon(Material2OutlinedMZ.REFRESH));
        refresh.setTooltip(new Tooltip("Ctrl+R"));
        refresh.setOnAction(e -> refreshAll(inbox, desk));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(inbox.loadingProperty());
        Label error = new Label();
        error.setId("inbox-error");
        error.textProperty().bind(inbox.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        Label offline = new Label();
        offline.setId("inbox-offline");
        offline.textProperty().bind(i18n.bind("inbox.offline"));
        offline.setGraphic(new FontIcon(Material2OutlinedAL.CLOUD_OFF));
        offline.setWrapText(true);
        offline.getStyleClass().add(Styles.WARNING);
        offline.visibleProperty().bind(inbox.offlineProperty());
        offline.managedProperty().bind(offline.visibleProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox left = new VBox(8, new HBox(8, refresh, progress, summary), offline, error, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        // the list keeps its width; the desk beside it takes what is left
        left.setMinWidth(400);
        left.setPrefWidth(400);
        left.setMaxWidth(440);

        UnderwritingView deskView = new UnderwritingView(desk, i18n);
        Label choose = new Label();
        choose.setId("inbox-choose");
        choose.textProperty().bind(i18n.bind("inbox.choose"));
        choose.setGraphic(new FontIcon(Material2OutlinedAL.ARROW_BACK));
        choose.setWrapText(true);
        choose.getStyleClass().add(Styles.TEXT_MUTED);
        choose.visibleProperty().bind(desk.entryProperty().isNull());
        choose.managedProperty().bind(choose.visibleProperty());
        deskView.managedProperty().bind(deskView.visibleProperty());
        VBox right = new VBox(choose, deskView);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(16, left, right);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().add(body);

        // A filter, not a handler: text fields would otherwise take Ctrl+Enter for themselves. On the
        // scene, not on this page: right after Alt+2 the focus is still outside the page (the sidebar),
        // and Ctrl+I must work from there. The page is in the scene only while it is the current page.
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> keys = e -> {
            if (REFRESH.match(e)) {
                refreshAll(inbox, desk);
                e.consume();
            } else if (FOCUS_LIST.match(e)) {
                list.requestFocus();
                e.consume();
            } else if (EDIT.match(e)) {
                deskView.focusForm();
                e.consume();
            } else if (DECLINE.match(e)) {
                deskView.focusDeclineReason();
                e.consume();
            } else if (SEND.match(e)) {
                if (desk.canQuote().get() && deskView.isDecliningFocused()) {
                    desk.decline();
                } else if (desk.canQuote().get()) {
                    deskView.commitTypedDate();
                    desk.submitQuote();
                } else if (desk.canWriteLine().get()) {
                    desk.writeLine();
                }
                e.consume();
            }
        };
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
            }
        });
        inbox.followSync();
        inbox.refresh();
    }

    /** Reloads the list and the open placement, and asks the sync engine to send what waits. */
    private static void refreshAll(InboxViewModel inbox, UnderwritingViewModel desk) {
        inbox.refresh();
        desk.reload();
    }

    /** Selects the row of {@code entry}'s placement without that counting as the user's choice. */
    private void reselect(ListView<InboxEntry> list, InboxEntry entry) {
        reselecting[0] = true;
        try {
            if (entry == null) {
                return;
            }
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).placement().id().equals(entry.placement().id())) {
                    if (list.getSelectionModel().getSelectedIndex() != i) {
                        list.getSelectionModel().select(i);
                    }
                    return;
                }
            }
        } finally {
            reselecting[0] = false;
        }
    }
}
