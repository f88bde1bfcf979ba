package io.redesk.app.ui.slips;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.DeskServices;
import io.redesk.app.desk.SlipEditing;
import io.redesk.app.pdf.SlipExport;

import io.redesk.app.desk.SlipTemplates;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.placement.DeskWidgets;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;

import java.time.LocalDate;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Slips page: the list, the editor and the versions, on tabs. Keyboard: Ctrl+F search, Ctrl+N new
 * slip, Ctrl+S save a version, Ctrl+Shift+C check for submission, Ctrl+1/2/3 switch tabs; every button
 * is also reachable with Tab.
 */
public final class SlipsPage extends VBox implements io.redesk.app.ui.shell.DeskPage {

    private final I18n i18n;
    private final TaskExecutor executor;
    private AutoCloseable syncSubscription;
    private final java.util.Optional<String> openUmr;
    private io.redesk.app.sync.StatusModel statusBar;
    private SlipEditorViewModel shownEditor;

    /** Typing autosaved but not queued is counted in the status bar apart from the queued changes (ADR 0811). */
    private void follow(SlipEditorViewModel editor) {
        io.redesk.app.sync.StatusModel bar = statusBar;
        if (bar != null) {
            editor.onLocalDrafts(n -> bar.update(st -> st.withLocalDrafts(n)));
        }
    }
    private java.util.function.Consumer<String> opener = id -> { };
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlipsPage.class);

    /** Counts the editor's local drafts not sent in {@code status} (the status bar's); before the desk opens. */
    public SlipsPage countLocalDraftsIn(io.redesk.app.sync.StatusModel status) {
        this.statusBar = java.util.Objects.requireNonNull(status, "status");
        if (shownEditor != null) {
            follow(shownEditor);
        }
        return this;
    }

    public SlipsPage(ObservableValue<DeskServices> services, I18n i18n, TaskExecutor executor) {
        this(services, i18n, executor, java.util.Optional.empty());
    }

    /** The page, opening the slip with market reference {@code openUmr} in the editor once it is listed. */
    public SlipsPage(ObservableValue<DeskServices> services, I18n i18n, TaskExecutor executor, java.util.Optional<String> openUmr) {
        this.openUmr = openUmr;
        this.i18n = i18n;
        this.executor = executor;
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.SLIPS.id());
        setSpacing(8);
        show(services.getValue());
        services.addListener((o, a, b) -> show(b));
    }

    private void show(DeskServices s) {
        stopFollowingSync();
        getChildren().setAll(new PageHeader(Page.SLIPS, i18n));
        if (s == null) {
            shownEditor = null;
            Label locked = new Label();
            locked.setId("slips-locked");
            locked.textProperty().bind(i18n.bind("desk.locked"));
            getChildren().add(locked);
            return;
        }
        SlipsListViewModel listModel = new SlipsListViewModel(s.catalog(), executor);
        SlipEditing workflow = SlipEditing.of(s);
        SlipEditorViewModel editor = new SlipEditorViewModel(i18n, executor, workflow);
        SlipActionsViewModel actions = new SlipActionsViewModel(editor, workflow, SlipExport.inAppData(), i18n, executor);
        // a slip drafted (or retitled) here shows in the list at once, not after the next sync
        editor.onListChange(listModel::changed);
        shownEditor = editor;
        follow(editor);
        // the reinsured must be a cedent the exchange knows: fetched once per session (kept for offline
        // drafting by the broker desk); offline before any fetch the field simply takes what is typed
        s.broker().ifPresent(b -> executor.execute(io.redesk.app.task.BackgroundTask.of("slip-cedents",
                        ctx -> b.cedents().stream().map(io.redesk.sdk.model.party.Organisation::name).sorted().toList())
                .onSuccess(editor::knownCedents)
                .onFailure(e -> LOG.info("cedent list not fetched (offline?): {}", e.toString()))));
        TabPane tabs = new TabPane();
        tabs.setId("slips-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab listTab = new Tab();
        listTab.textProperty().bind(i18n.bind("slips.tab.list"));
        SlipsListView list = new SlipsListView(listModel, i18n, row -> {
            editor.open(row.id());
            tabs.getSelectionModel().select(1);
        });
        listTab.setContent(list);
        Tab editorTab = new Tab();
        editorTab.textProperty().bind(i18n.bind("slips.tab.editor"));
        ScrollPane scroll = new ScrollPane(new SlipEditorView(editor, i18n));
        scroll.setFitToWidth(true);
        editorTab.setContent(scroll);
        Tab versionsTab = new Tab();
        versionsTab.textProperty().bind(i18n.bind("slips.tab.versions"));
        versionsTab.setContent(new SlipVersionsView(editor.versions(), i18n));
        tabs.getTabs().addAll(listTab, editorTab, versionsTab);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        MenuButton newSlip = new MenuButton();
        newSlip.setId("slips-new");
        newSlip.textProperty().bind(i18n.bind("slips.new"));
        newSlip.setTooltip(tip(key("slips.new.tip")));
        for (SlipTemplates.Template t : SlipTemplates.all(LocalDate.now().plusMonths(1).withDayOfMonth(1))) {
            MenuItem item = new MenuItem();
            item.setId("slips-template-" + t.id());
            item.textProperty().bind(i18n.bind(t.nameKey()));
            item.setOnAction(e -> {
                editor.newFromTemplate(t.id(), LocalDate.now().plusMonths(1).withDayOfMonth(1));
                tabs.getSelectionModel().select(editorTab);
            });
            newSlip.getItems().add(item);
        }
        Button renew = button("slips-renew", key("slips.renew"), () -> {
            editor.renew();
            tabs.getSelectionModel().select(editorTab);
        });
        renew.setTooltip(tip(key("slips.renew.tip")));
        Button check = button("slips-check", key("slips.check"), editor::checkForSubmission);
        check.setTooltip(tip(key("slips.check.tip")));
        Button save = button("slips-save-version", key("slips.saveVersion"), () -> editor.saveVersion(""));
        save.setTooltip(tip(key("slips.saveVersion.tip")));
        Button pdf = button("slips-pdf", key("slips.exportPdf"), actions::exportPdf);
        Button submit = button("slips-submit", key("slips.submit"), actions::submit);
        submit.setTooltip(tip(key("slips.submit.tip")));
        submit.setVisible(s.broker().isPresent());
        submit.setManaged(s.broker().isPresent());
        Button endorse = button("slips-endorse", key("slips.endorse"), () -> {
            tabs.getSelectionModel().select(editorTab);
            scroll.setVvalue(0);
            javafx.application.Platform.runLater(() -> {
                javafx.scene.Node d = scroll.getContent().lookup("#endorse-description");
                if (d != null) {
                    d.requestFocus();
                }
            });
        });
        endorse.setTooltip(tip(key("slips.endorse.tip")));
        endorse.visibleProperty().bind(editor.endorsement().endorsableProperty());
        endorse.managedProperty().bind(endorse.visibleProperty());
        Label outcome = new Label();
        outcome.setId("slips-outcome");
        outcome.textProperty().bind(actions.outcomeProperty());
        outcome.setWrapText(true);
        hideWhenEmpty(outcome);
        Label problem = new Label();
        problem.setId("slips-problem");
        problem.textProperty().bind(editor.problemProperty());
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        hideWhenEmpty(problem);
        // A flow, not a row: at 1280x800 (and in Chinese) the buttons wrap instead of being cut to "...".
        FlowPane bar = new FlowPane(8, 8, newSlip, renew, check, save, endorse, pdf, submit,
                DeskWidgets.busy("slips-busy", actions.busy()));
        bar.setId("slips-actions");
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof javafx.scene.control.ButtonBase b) {
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        getChildren().addAll(bar, outcome, problem, tabs);

        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    tabs.getSelectionModel().select(listTab);
                    list.focusSearch();
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), newSlip::show);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save::fire);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), check::fire);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                        () -> tabs.getSelectionModel().select(0));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                        () -> tabs.getSelectionModel().select(1));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                        () -> tabs.getSelectionModel().select(2));
            }
        });
        openUmr.ifPresent(umr -> openWhenListed(umr, listModel, editor, tabs));
        listModel.load();
        opener = id -> {
            editor.open(id);
            tabs.getSelectionModel().select(1);
            listModel.load();
        };
        s.sync().ifPresent(engine -> reloadAfterPulls(engine, listModel, editor));
    }

    /**
     * Reloads the list after a sync cycle that pulled changes from the exchange (new placements, new
     * versions), or pushed or refused some, so the list shows what sync brought without the user asking
     * and the open editor follows the slip's newest version. Stops when the desk
     * services change (sign-out).
     */
    private void reloadAfterPulls(io.redesk.app.sync.engine.SyncEngine engine, SlipsListViewModel list,
                                  SlipEditorViewModel editor) {
        long[] pulled = {0};
        // what is still on its way changed (pushed, refused): the rows' "queued" marks must follow (ADR 0811)
        long[] waiting = {engine.state().pending() + engine.state().rejected()};
        syncSubscription = engine.subscribe(state -> {
            long nowWaiting = state.pending() + state.rejected();
            if (state.phase() == io.redesk.app.sync.engine.SyncState.Phase.PULLING) {
                pulled[0] = Math.max(pulled[0], state.progressDone());
            } else if (state.phase() == io.redesk.app.sync.engine.SyncState.Phase.IDLE
                    && (pulled[0] > 0 || nowWaiting != waiting[0])) {
                pulled[0] = 0;
                waiting[0] = nowWaiting;
                javafx.application.Platform.runLater(() -> {
                    list.load();
                    // a merge or a version pulled: the open slip shows it, or says it changed (ADR 0812)
                    editor.followLatest();
                });
            }
        });
    }

    /** Opens placement {@code placementId}'s slip in the editor (home's to-do list), and reloads the list. */
    public void open(String placementId) {
        opener.accept(placementId);
    }

    /** Opens the slip {@code umr} in the editor the first time the list shows it (it may come with the first sync). */
    private static void openWhenListed(String umr, SlipsListViewModel list, SlipEditorViewModel editor, TabPane tabs) {
        boolean[] opened = {false};
        javafx.collections.ListChangeListener<io.redesk.app.desk.SlipCatalog.Row> watch = c -> {
            if (opened[0]) {
                return;
            }
            list.rows().stream().filter(r -> umr.equals(r.umr())).findFirst().ifPresent(r -> {
                opened[0] = true;
                editor.open(r.id());
                tabs.getSelectionModel().select(1);
            });
        };
        list.rows().addListener(watch);
    }

    /** Sign-out: stops following the session's sync engine and drops the editor. */
    @Override
    public void reset() {
        show(null);
    }

    private void stopFollowingSync() {
        if (syncSubscription != null) {
            try {
                syncSubscription.close();
            } catch (Exception e) {
                LOG.debug("sync subscription already closed: {}", e.toString());
            }
            syncSubscription = null;
        }
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private javafx.scene.control.Tooltip tip(String key) {
        javafx.scene.control.Tooltip t = new javafx.scene.control.Tooltip();
        t.textProperty().bind(i18n.bind(key));
        return t;
    }

    private Button button(String id, String key, Runnable action) {
        return button(i18n, id, key, action);
    }

    static Button button(I18n i18n, String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.setOnAction(e -> action.run());
        return b;
    }
}
