package io.redesk.app.ui.slips;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.DeskServices;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.desk.SlipOutbox;
import io.redesk.app.i18n.Localization;
import io.redesk.app.pdf.SlipPdf;
import io.redesk.app.task.BackgroundTask;
import io.redesk.domain.validation.ValidationException;
import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.placement.Placement;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.redesk.app.desk.SlipTemplates;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.placement.DeskWidgets;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;

import java.time.LocalDate;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Slips page: the list, the editor and the versions, on tabs. Keyboard: Ctrl+F search, Ctrl+N new
 * slip, Ctrl+S save a version, Ctrl+Shift+C check for submission, Ctrl+1/2/3 switch tabs; every button
 * is also reachable with Tab.
 */
public final class SlipsPage extends VBox {

    private final I18n i18n;
    private final TaskExecutor executor;
    private final javafx.beans.property.StringProperty outcome = new javafx.beans.property.SimpleStringProperty(this, "outcome", "");
    private AutoCloseable syncSubscription;
    /** How long Submit waits for the exchange's answer before it says "queued" (it goes out later by itself). */
    private static final java.time.Duration FIRST_ATTEMPT = java.time.Duration.ofSeconds(10);
    /** Submits and PDF exports running; the toolbar shows a busy indicator while any does. */
    private final javafx.beans.property.IntegerProperty running = new javafx.beans.property.SimpleIntegerProperty(this, "running");
    private SlipsListViewModel list;
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
        list = listModel;
        // endorsements go through the sync outbox like every change that must reach the exchange
        io.redesk.app.desk.Endorsing.Outbox outbox = s.sync()
                .<io.redesk.app.desk.Endorsing.Outbox>map(engine -> (id, request) -> engine.changes().endorse(id, request))
                .orElse(null);
        SlipEditorViewModel editor = new SlipEditorViewModel(i18n, executor, s.drafts(), s.versions(), s.placements(), outbox);
        // saved slips go to the exchange through the sync outbox too (offline drafting)
        s.sync().flatMap(engine -> s.broker().map(b -> new SlipOutbox(engine, b::cedents))).ifPresent(editor::sendThrough);
        editor.sentProperty().addListener((o, a, b) -> this.outcome.set(b));
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
        versionsTab.setContent(versions(editor));
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
        Button pdf = button("slips-pdf", key("slips.exportPdf"), () -> exportPdf(editor));
        Button submit = button("slips-submit", key("slips.submit"), () -> submit(s, editor));
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
        endorse.visibleProperty().bind(editor.endorsableProperty());
        endorse.managedProperty().bind(endorse.visibleProperty());
        Label outcome = new Label();
        outcome.setId("slips-outcome");
        outcome.textProperty().bind(this.outcome);
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
                DeskWidgets.busy("slips-busy", running.greaterThan(0)));
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

    /** Sends the slip to the exchange (after the domain's submission check) for the cedent named as reinsured. */
    private void submit(DeskServices s, SlipEditorViewModel editor) {
        if (s.sync().isPresent()) {
            submitThroughOutbox(editor);
            return;
        }
        if (!editor.checkForSubmission()) {
            outcome.set(i18n.text("slips.fixFirst"));
            return;
        }
        BrokerDesk desk = s.broker().orElseThrow();
        SlipForm form = editor.form();
        String title = editor.titleProperty().get().isBlank() ? form.get(SlipField.UMR) : editor.titleProperty().get();
        String localId = editor.placementId();
        outcome.set(i18n.text("slips.submitting"));
        started();
        executor.execute(BackgroundTask.of("slip-submit", ctx -> {
            List<Organisation> cedents = desk.cedents();
            Organisation cedent = cedents.stream()
                    .filter(c -> c.name().equalsIgnoreCase(form.get(SlipField.REINSURED).trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(i18n.text("slips.unknownCedent", form.get(SlipField.REINSURED),
                            String.join(", ", cedents.stream().map(Organisation::name).toList()))));
            Placement p = desk.submit(title, cedent.id(), form);
            // The exchange's placement replaces the local draft (same slip, now with the exchange's id).
            s.drafts().delete(localId);
            try {
                s.placements().delete(localId);
            } catch (RuntimeException keptBecauseVersionsReferToIt) {
                LOG.info("local draft {} kept: {}", localId, keptBecauseVersionsReferToIt.toString());
            }
            return p;
        }).onSuccess(p -> {
            finished();
            outcome.set(i18n.text("slips.submitted", p.umr()));
            if (list != null) {
                list.load();
            }
        }).onFailure(e -> {
            finished();
            outcome.set(i18n.text("desk.failed", e instanceof ValidationException v
                    ? v.errors().get(0).field() + ": " + v.errors().get(0).message() : e.getMessage()));
        }));
    }

    /**
     * Submits through the sync engine's outbox (ADR 0791): exactly once, offline too, on the editor's
     * write path so no autosave races it; the outcome says whether the exchange has it yet.
     */
    private void submitThroughOutbox(SlipEditorViewModel editor) {
        outcome.set(i18n.text("slips.submitting"));
        started();
        boolean queued = editor.submit(FIRST_ATTEMPT, done -> {
            finished();
            outcome.set(switch (done.delivery()) {
                case SENT -> i18n.text("slips.submitted", done.umr());
                case PENDING -> i18n.text("slips.submitQueued", done.umr());
                case REJECTED -> i18n.text("slips.submitRejected", done.umr(), done.reason());
                case OVERTAKEN -> i18n.text("slips.submitOvertaken", done.umr());
            });
        }, e -> {
            finished();
            outcome.set(e instanceof ValidationException v
                    ? i18n.text("desk.failed", v.errors().get(0).field() + ": " + v.errors().get(0).message())
                    : e instanceof IllegalTransitionException t
                    ? i18n.text("slips.submitNotDraft", t.from() instanceof io.redesk.domain.placement.PlacementStatus from
                            ? i18n.text(StatusText.keyOf(from)) : String.valueOf(t.from()))
                    : i18n.text("desk.failed", e.getMessage()));
        });
        if (!queued) {
            finished();
            outcome.set(i18n.text("slips.fixFirst"));
        }
    }

    /** Writes the slip as a PDF into the user's documents folder (off the FX thread). */
    private void exportPdf(SlipEditorViewModel editor) {
        SlipForm form = editor.form();
        String title = editor.titleProperty().get();
        Localization l = Localization.of(i18n.getLanguage());
        String name = (form.get(SlipField.UMR).isBlank() ? "slip" : form.get(SlipField.UMR)) + ".pdf";
        outcome.set(i18n.text("slips.pdfWriting"));
        started();
        executor.execute(BackgroundTask.of("slip-pdf", ctx -> {
            Path dir = Path.of(System.getProperty("redesk.home", System.getProperty("user.home")), "exports");
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                SlipPdf.write(title, form, l, out);
            }
            return file;
        }).onSuccess(f -> {
            finished();
            outcome.set(i18n.text("slips.pdfWritten", f.toString()));
        }).onFailure(e -> {
            finished();
            outcome.set(i18n.text("desk.failed", e.getMessage()));
        }));
    }

    private void started() {
        running.set(running.get() + 1);
    }

    private void finished() {
        running.set(Math.max(0, running.get() - 1));
    }

    private VBox versions(SlipEditorViewModel editor) {
        ComboBox<Integer> from = new ComboBox<>(editor.versionNumbers());
        from.setId("versions-from");
        ComboBox<Integer> to = new ComboBox<>(editor.versionNumbers());
        to.setId("versions-to");
        Button compare = button("versions-compare", key("slips.compare"), () -> {
            if (from.getValue() != null && to.getValue() != null) {
                editor.compare(from.getValue(), to.getValue());
            }
        });
        TableView<SlipEditorViewModel.DiffRow> table = new TableView<>(editor.diff());
        table.setId("versions-diff");
        table.getColumns().add(col(key("slips.diff.field"), SlipEditorViewModel.DiffRow::field));
        table.getColumns().add(col(key("slips.diff.before"), SlipEditorViewModel.DiffRow::before));
        table.getColumns().add(col(key("slips.diff.after"), SlipEditorViewModel.DiffRow::after));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        TableView<SlipEditorViewModel.VersionRow> list = new TableView<>(editor.versionRows());
        list.setId("versions-list");
        TableColumn<SlipEditorViewModel.VersionRow, String> number = new TableColumn<>();
        number.textProperty().bind(i18n.bind("slips.versions.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().number())));
        TableColumn<SlipEditorViewModel.VersionRow, String> effective = new TableColumn<>();
        effective.textProperty().bind(i18n.bind("slips.versions.effective"));
        effective.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().effectiveDate() == null ? ""
                : i18n.formats().date(c.getValue().effectiveDate())));
        TableColumn<SlipEditorViewModel.VersionRow, String> note = new TableColumn<>();
        note.textProperty().bind(i18n.bind("slips.versions.note"));
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note() == null ? "" : c.getValue().note()));
        list.getColumns().addAll(java.util.List.of(number, effective, note));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.setPrefHeight(160);
        list.setMinHeight(120);
        list.setPlaceholder(DeskWidgets.placeholder(i18n, key("slips.versions.empty")));
        table.setPlaceholder(DeskWidgets.placeholder(i18n, key("slips.diff.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            // picking a version compares it with the one before it
            if (b != null && b.number() > 1) {
                from.setValue(b.number() - 1);
                to.setValue(b.number());
                editor.compare(b.number() - 1, b.number());
            }
        });
        Label fromLabel = new Label();
        fromLabel.textProperty().bind(i18n.bind("slips.diff.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label();
        toLabel.textProperty().bind(i18n.bind("slips.diff.to"));
        toLabel.setLabelFor(to);
        HBox compareBar = new HBox(8, fromLabel, from, toLabel, to, compare);
        compareBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(8, list, compareBar, table);
    }

    private TableColumn<SlipEditorViewModel.DiffRow, String> col(String key,
            java.util.function.Function<SlipEditorViewModel.DiffRow, String> value) {
        TableColumn<SlipEditorViewModel.DiffRow, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.setOnAction(e -> action.run());
        return b;
    }
}
