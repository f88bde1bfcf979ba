package io.redesk.app.ui.slips;

import io.redesk.app.desk.SlipCheck;
import io.redesk.app.desk.SlipEditing;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.desk.SlipRenewal;
import io.redesk.app.desk.SlipTemplates;
import io.redesk.app.desk.WireSlipForms;
import io.redesk.app.i18n.Localization;
import io.redesk.app.sync.engine.Delivery;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.domain.slip.FieldChange;
import io.redesk.sdk.model.placement.EndorsementRequest;
import io.redesk.sdk.model.placement.Placement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The MRC slip editor's form: one text property per {@link SlipField}, inline errors in the user's
 * language from the domain's field-named errors, templates, renewal, and the user's saves (autosave a
 * second after typing, Save version, Submit), which it hands to the UI-free {@link SlipEditing} workflow
 * on the background executor. It composes the {@link EndorsementViewModel} and the
 * {@link SlipVersionsViewModel}.
 *
 * <p>"Required" errors are shown only once the user asked to check the slip for submission; typing
 * errors and rule errors (a period ending before it starts) show as soon as they are typed.
 *
 * <p>Size (~475 lines): the form's state (21 fields with their errors) and the four saves the user starts (autosave, version, submit through the outbox or directly); the write path itself is {@link SlipEditing}, the endorsement and the versions have their own view-models.
 */
public final class SlipEditorViewModel {

    /** The draft kind under which the editor autosaves its form. */
    public static final String DRAFT_KIND = SlipEditing.DRAFT_KIND;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlipEditorViewModel.class);

    /** What a submission did, for the page to say: where the exchange has it, and the reason when it refused. */
    public record Submission(String umr, Delivery delivery, String reason) {
    }

    private final I18n i18n;
    private final TaskExecutor executor;
    private final SlipEditing workflow;
    private final Map<SlipField, StringProperty> fields = new EnumMap<>(SlipField.class);
    private final Map<SlipField, ReadOnlyStringWrapper> errors = new EnumMap<>(SlipField.class);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty showRequired = new SimpleBooleanProperty(this, "showRequired");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<PlacementStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ObservableList<String> cedentNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sent = new ReadOnlyStringWrapper(this, "sent", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyLongWrapper listChanges = new ReadOnlyLongWrapper(this, "listChanges", 0);
    private final List<Consumer<Set<String>>> listListeners = new CopyOnWriteArrayList<>();
    private final SlipVersionsViewModel versions = new SlipVersionsViewModel(this);
    private final EndorsementViewModel endorsement;
    /** The slip being edited now; replaced when another slip is opened or started. */
    private SlipEditing.Slip editing;
    /** Counts the form's changes (FX thread): a write carries the count it was taken at. */
    private long revision;
    private boolean loading;

    /** The editor over {@code workflow} (the session's write path: vault, and the outbox when it syncs). */
    public SlipEditorViewModel(I18n i18n, TaskExecutor executor, SlipEditing workflow) {
        this.i18n = i18n;
        this.executor = executor;
        this.workflow = workflow;
        this.editing = workflow.start();
        this.endorsement = new EndorsementViewModel(this, workflow.endorses());
        for (SlipField f : SlipField.values()) {
            StringProperty p = new SimpleStringProperty(this, f.name(), "");
            p.addListener((o, a, b) -> changed());
            fields.put(f, p);
            errors.put(f, new ReadOnlyStringWrapper(this, f.name() + "Error", ""));
        }
        title.addListener((o, a, b) -> changed());
        showRequired.addListener((o, a, b) -> revalidate());
        i18n.languageProperty().addListener((o, a, b) -> revalidate());
    }

    /** Endorsing the opened contract. */
    public EndorsementViewModel endorsement() {
        return endorsement;
    }

    /** The opened slip's versions and their comparison. */
    public SlipVersionsViewModel versions() {
        return versions;
    }

    /** The text of {@code field}. */
    public StringProperty field(SlipField field) {
        return fields.get(field);
    }

    /** The localised error under {@code field}; empty when the field is fine. */
    public ReadOnlyStringProperty error(SlipField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Unsaved changes since the last autosave. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** "3 problems" / "ready to submit", localised. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The edited slip's id: temporary until the outbox and then the exchange gave it theirs. */
    public String placementId() {
        return editing.id();
    }

    /** The form as typed. */
    public SlipForm form() {
        SlipForm f = SlipForm.empty();
        for (Map.Entry<SlipField, StringProperty> e : fields.entrySet()) {
            f = f.with(e.getKey(), e.getValue().get());
        }
        return f;
    }

    /** Shows {@code form} (a template, a renewal, a saved draft). */
    public void show(SlipForm form) {
        loading = true;
        try {
            for (SlipField f : SlipField.values()) {
                fields.get(f).set(form.get(f));
            }
        } finally {
            loading = false;
        }
        changed();
    }

    /** Starts a new slip from template {@code templateId}. */
    public void newFromTemplate(String templateId, LocalDate inception) {
        startNew();
        // a new slip starts untitled (it kept the title of the slip open before, and typing appended to it)
        title.set("");
        SlipTemplates.all(inception).stream().filter(t -> t.id().equals(templateId)).findFirst()
                .ifPresent(t -> show(t.form()));
        showRequired.set(false);
    }

    /** Replaces the form by next year's renewal of it, as a new placement. */
    public void renew() {
        SlipForm next = SlipRenewal.renew(form());
        startNew();
        title.set(title.get().isBlank() ? "" : title.get() + " (" + next.get(SlipField.INCEPTION) + ")");
        show(next);
    }

    private void startNew() {
        editing = workflow.start();
        status.set(PlacementStatus.DRAFT);
        versions.clear();
    }

    /** Asks for every error, "required" ones too (the check before submission). */
    public boolean checkForSubmission() {
        showRequired.set(true);
        return revalidate().submittable();
    }

    /**
     * The cedents the exchange knows (their names), once fetched: the reinsured must be one of them
     * to submit, so the editor offers them and names a reinsured that is none of them at once.
     */
    public void knownCedents(List<String> names) {
        cedentNames.setAll(names);
        revalidate();
    }

    /** The cedent names the reinsured field offers (empty until fetched, or offline before any fetch). */
    public ObservableList<String> cedentNames() {
        return cedentNames;
    }

    private void changed() {
        if (loading) {
            return;
        }
        revision++;
        dirty.set(true);
        revalidate();
    }

    private SlipCheck revalidate() {
        SlipCheck check = SlipCheck.of(form(), showRequired.get(), cedentNames, localization());
        for (SlipField f : SlipField.values()) {
            errors.get(f).set(check.errors().getOrDefault(f, ""));
        }
        summary.set(check.summary());
        return check;
    }

    /** Opens placement {@code id}: its autosaved draft if any, else its latest version. */
    public void open(String id) {
        executor.execute(BackgroundTask.of("slip-open", ctx -> workflow.open(id)).onSuccess(o -> {
            editing = o.slip();
            stale.set(false);
            title.set(o.title());
            show(o.form());
            versions.show(o.versions());
            endorsement.opened(o.current(), o.effective());
            status.set(o.status());
            dirty.set(false);
        }).onFailure(this::failed));
    }

    /**
     * Saves the typed form as the placement's draft (survives a crash, needs no network; queued for the
     * exchange when it knows the slip, ADR 0811). The id is resolved when the write runs (ADR 0771).
     */
    public void autosave() {
        if (!dirty.get() || SlipEditing.fixed(status.get())) {
            // a bound contract's edits are an endorsement in the making, not a draft of the placement
            return;
        }
        dirty.set(false);
        SlipEditing.Slip ed = editing;
        long rev = revision;
        SlipForm form = form();
        String t = title.get().isBlank() ? "-" : title.get();
        executor.execute(BackgroundTask.of("slip-autosave", ctx -> workflow.autosave(ed, rev, form, t))
                .onSuccess(listed -> listed.ifPresent(id -> listChanged(Set.of(id))))
                .onFailure(e -> {
                    if (ed == editing) {
                        dirty.set(true);
                    }
                    failed(e);
                }));
    }

    /**
     * Tells {@code listener} how many slips have a local draft not sent (ADR 0811) after every write that
     * may change it, on the writing thread: the status bar shows it next to the queued changes.
     */
    public void onLocalDrafts(IntConsumer listener) {
        workflow.onLocalDrafts(listener);
    }

    /** Saves the form as the next numbered version of the slip (through the outbox when the session syncs). */
    public void saveVersion(String note) {
        if (SlipEditing.fixed(status.get())) {
            // a bound contract changes only by endorsement (dated, numbered, sent to the exchange)
            problem.set(localization().text("endorse.insteadOfSave"));
            return;
        }
        SlipEditing.Slip ed = editing;
        long rev = revision;
        SlipForm form = form();
        if (!workflow.syncs()) {
            String t = title.get().isBlank() ? "-" : title.get();
            executor.execute(BackgroundTask.of("slip-version", ctx -> workflow.saveLocalVersion(ed, rev, form, t, note))
                    .onSuccess(done -> {
                        if (ed == editing) {
                            versions.show(done.rows());
                        }
                        listChanged(done.ids());
                    }).onFailure(this::failed));
            return;
        }
        String t = sendTitle(form);
        sent.set("");
        if (!io.redesk.app.desk.SlipOutbox.sendable(form).isEmpty()) {
            // a draft may be incomplete; only what stops it from being a slip at all is asked for here
            checkForSubmission();
            sent.set(localization().text("slips.fixFirst"));
            return;
        }
        executor.execute(BackgroundTask.of("slip-outbox", ctx -> workflow.send(ed, rev, form, t)).onSuccess(done -> {
            listChanged(done.ids());
            if (ed != editing) {
                return;
            }
            afterSend(done.rows(), rev);
            sent.set(localization().text("slips.queued", form.get(SlipField.UMR)));
        }).onFailure(this::failed));
    }

    /** On the FX thread after a send of the form taken at revision {@code rev}. */
    private void afterSend(List<SlipEditing.VersionRow> rows, long rev) {
        versions.show(rows);
        if (revision == rev) {
            // else the user typed on while it was sent: that typing is still to be autosaved
            dirty.set(false);
        }
        problem.set("");
    }

    private String sendTitle(SlipForm form) {
        return title.get().isBlank() ? form.get(SlipField.UMR) : title.get();
    }

    /**
     * Submits the slip through the outbox (ADR 0791) on the workflow's write path, so the submission
     * cannot race an autosave, cannot happen twice, and waits for the exchange when offline; the engine
     * gets {@code patience} for a first attempt and {@code done} hears where it stands. False, with the
     * fields marked, when the slip is not complete for submission.
     */
    public boolean submit(Duration patience, Consumer<Submission> done, Consumer<Throwable> refused) {
        if (!workflow.syncs()) {
            throw new IllegalStateException("submitting needs the sync engine's outbox");
        }
        if (!checkForSubmission()) {
            return false;
        }
        SlipEditing.Slip ed = editing;
        long rev = revision;
        SlipForm form = form();
        String t = sendTitle(form);
        String umr = form.get(SlipField.UMR).trim();
        executor.execute(BackgroundTask.of("slip-submit", ctx -> workflow.submit(ed, rev, form, t, patience)).onSuccess(r -> {
            if (ed == editing) {
                afterSend(r.sent().rows(), rev);
                if (r.delivery() == Delivery.SENT || r.delivery() == Delivery.PENDING) {
                    status.set(PlacementStatus.SUBMITTED); // as the vault has it now (the queued move's local effect)
                }
            }
            listChanged(r.sent().ids());
            done.accept(new Submission(umr, r.delivery(), r.reason()));
        }).onFailure(refused::accept));
        return true;
    }

    /**
     * Submits the slip to the exchange directly (a session without a sync engine, ADR 0791): false, with
     * the fields marked, when it is not complete for submission; else {@code done} hears the exchange's
     * placement, or {@code refused} why not (an unknown cedent, the exchange's refusal).
     */
    public boolean submitDirect(Consumer<Placement> done, Consumer<Throwable> refused) {
        if (!checkForSubmission()) {
            return false;
        }
        SlipEditing.Slip ed = editing;
        SlipForm form = form();
        String t = sendTitle(form);
        executor.execute(BackgroundTask.of("slip-submit", ctx -> workflow.submitDirect(ed, form, t)).onSuccess(p -> {
            if (ed == editing) {
                status.set(PlacementStatus.SUBMITTED); // the exchange took it as submitted
            }
            listChanged(Set.of(ed.id()));
            done.accept(p);
        }).onFailure(refused::accept));
        return true;
    }

    /**
     * Follows the vault's newest version of the open slip (after a sync or a merge, ADR 0812): with
     * nothing of the user's unsent it shows the newest version at once; with the user's changes it keeps
     * them and says the slip changed meanwhile, and its Save then goes through If-Match and the conflict view.
     */
    public void followLatest() {
        SlipEditing.Slip ed = editing;
        if (!workflow.syncs() || ed.base() == null) {
            return;
        }
        executor.execute(BackgroundTask.of("slip-follow", ctx -> workflow.latest(ed).orElse(null)).onSuccess(now -> {
            if (ed != editing || now == null || ed.base() == null || now.slip().equals(ed.base().slip())) {
                return;
            }
            boolean ownChanges = dirty.get() || !form().equals(WireSlipForms.toForm(ed.base().slip()));
            if (!ownChanges) {
                open(ed.id());
            } else {
                stale.set(true);
                problem.set(localization().text("slip.editor.changedMeanwhile"));
            }
        }).onFailure(this::failed));
    }

    /** True while the open slip has changed since the user started their changes (a merge, another desk). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** What the last send to the exchange did ("queued for the exchange"), localised. */
    public ReadOnlyStringProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    /** Calls {@code listener} (FX thread) with the ids of the slips whose list rows a save changed. */
    public void onListChange(Consumer<Set<String>> listener) {
        listListeners.add(listener);
    }

    private void listChanged(Set<String> ids) {
        listChanges.set(listChanges.get() + 1);
        listListeners.forEach(l -> l.accept(ids));
    }

    /**
     * Counts the saves that changed what the slips list shows of a slip (a new local draft, a new
     * title, UMR, kind or dates): the list reloads on each, so a slip drafted here appears in it at once.
     */
    public ReadOnlyLongProperty listChangesProperty() {
        return listChanges.getReadOnlyProperty();
    }

    /** The opened placement's status (DRAFT for a new slip). */
    public ReadOnlyObjectProperty<PlacementStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last failure (vault locked, disk full), localised; empty when all went well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether required-field errors are being shown. */
    public ReadOnlyBooleanProperty showRequiredProperty() {
        return showRequired;
    }

    Localization localization() {
        return Localization.of(i18n.getLanguage());
    }

    /** The versions view-model's comparison, run on the workflow's write path. */
    void compareVersions(int from, int to, Consumer<List<FieldChange>> shown) {
        SlipEditing.Slip ed = editing;
        executor.execute(BackgroundTask.of("slip-diff", ctx -> workflow.compare(ed, from, to))
                .onSuccess(shown::accept).onFailure(this::failed));
    }

    /** The endorsement view-model's send: queued, then the versions shown and the form saved. */
    void endorseThrough(EndorsementRequest request, Consumer<List<SlipEditing.VersionRow>> queued,
                        Consumer<Throwable> refused) {
        SlipEditing.Slip ed = editing;
        executor.execute(BackgroundTask.of("slip-endorse", ctx -> workflow.endorse(ed, request)).onSuccess(rows -> {
            versions.show(rows);
            dirty.set(false);
            queued.accept(rows);
        }).onFailure(refused::accept));
    }

    private void failed(Throwable e) {
        LOG.warn("slip editor: {} failed: {}", editing.id(), e.toString());
        problem.set(localization().text("slip.editor.failed", e.getMessage()));
    }
}
