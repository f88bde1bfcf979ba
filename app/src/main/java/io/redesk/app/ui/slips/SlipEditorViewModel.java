package io.redesk.app.ui.slips;

import io.redesk.app.desk.Endorsing;
import io.redesk.app.desk.FieldMessages;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.desk.SlipRenewal;
import io.redesk.app.desk.SlipTemplates;
import io.redesk.app.desk.SlipOutbox;
import io.redesk.app.desk.WireSlipForms;
import io.redesk.app.i18n.Localization;
import io.redesk.app.sync.engine.Delivery;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.domain.slip.FieldChange;
import io.redesk.domain.slip.SlipDiff;
import io.redesk.domain.slip.SlipStage;
import io.redesk.domain.validation.FieldError;
import io.redesk.domain.validation.ValidationException;
import io.redesk.store.doc.Stored;
import io.redesk.store.draft.DraftRecord;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRecord;
import io.redesk.store.placement.SlipVersionRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * The MRC slip editor: one text property per {@link SlipField}, inline errors in the user's language
 * from the domain's field-named errors, templates, renewal, autosave of the typed form into the vault
 * (works offline: nothing here needs the exchange), numbered versions and their field-by-field diff
 * ({@link SlipDiff}).
 *
 * <p>"Required" errors are shown only once the user asked to check the slip for submission; typing
 * errors and rule errors (a period ending before it starts) show as soon as they are typed.
 */
public final class SlipEditorViewModel {

    /** The draft kind under which the editor autosaves its form. */
    public static final String DRAFT_KIND = io.redesk.app.desk.SlipCatalog.SLIP_DRAFT_KIND;

    /** One row of a version comparison: the field's label, before and after. */
    public record DiffRow(String field, String before, String after) {
    }

    /** One saved version: its number, effective date (endorsements) and note. */
    public record VersionRow(int number, LocalDate effectiveDate, String note) {
    }

    private final I18n i18n;
    private final TaskExecutor executor;
    private final DraftRepository drafts;
    private volatile java.util.function.IntConsumer localDrafts = n -> { };
    private final SlipVersionRepository versions;
    private final PlacementRepository placements;
    private final Map<SlipField, StringProperty> fields = new EnumMap<>(SlipField.class);
    private final Map<SlipField, ReadOnlyStringWrapper> errors = new EnumMap<>(SlipField.class);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty showRequired = new SimpleBooleanProperty(this, "showRequired");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlipEditorViewModel.class);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<Integer> versionNumbers = FXCollections.observableArrayList();
    private final ObservableList<DiffRow> diff = FXCollections.observableArrayList();
    private final ObservableList<VersionRow> versionRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PlacementStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyBooleanWrapper endorsable = new ReadOnlyBooleanWrapper(this, "endorsable");
    private final StringProperty endorseEffective = new SimpleStringProperty(this, "endorseEffective", LocalDate.now().toString());
    private final StringProperty endorseDescription = new SimpleStringProperty(this, "endorseDescription", "");
    private final ObservableList<DiffRow> endorsementDiff = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper endorsementOutcome = new ReadOnlyStringWrapper(this, "endorsementOutcome", "");
    private final Endorsing.Outbox outbox;
    private SlipOutbox slipOutbox;
    private final ObservableList<String> cedentNames = javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sent = new ReadOnlyStringWrapper(this, "sent", "");
    /** The slip being edited now; replaced when another slip is opened or started. */
    private Editing editing = new Editing(UUID.randomUUID().toString());
    /** Counts the form's changes (FX thread): a write carries the count it was taken at. */
    private long revision;
    private SlipForm currentVersion;
    private LocalDate currentEffective;
    private boolean loading;

    public SlipEditorViewModel(I18n i18n, TaskExecutor executor, DraftRepository drafts, SlipVersionRepository versions,
                               PlacementRepository placements) {
        this(i18n, executor, drafts, versions, placements, null);
    }

    /**
     * An editor that can also endorse bound contracts through {@code outbox} (the sync engine's);
     * null: endorsing is not offered.
     */
    public SlipEditorViewModel(I18n i18n, TaskExecutor executor, DraftRepository drafts, SlipVersionRepository versions,
                               PlacementRepository placements, Endorsing.Outbox outbox) {
        this.outbox = outbox;
        status.addListener((o, a, b) -> endorsable.set(outbox != null
                && (b == PlacementStatus.BOUND || b == PlacementStatus.REGISTERED)));
        this.i18n = i18n;
        this.executor = executor;
        this.drafts = drafts;
        this.versions = versions;
        this.placements = placements;
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

    public ObservableList<Integer> versionNumbers() {
        return versionNumbers;
    }

    public ObservableList<DiffRow> diff() {
        return diff;
    }

    /** The edited slip's id: temporary until the outbox and then the exchange gave it theirs. */
    public String placementId() {
        return editing.id;
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
        editing = new Editing(UUID.randomUUID().toString());
        status.set(PlacementStatus.DRAFT);
        versionRows.clear();
        versionNumbers.clear();
        diff.clear();
        // a new slip starts untitled (it kept the title of the slip open before, and typing appended to it)
        title.set("");
        SlipTemplates.all(inception).stream().filter(t -> t.id().equals(templateId)).findFirst()
                .ifPresent(t -> show(t.form()));
        showRequired.set(false);
    }

    /** Replaces the form by next year's renewal of it, as a new placement. */
    public void renew() {
        SlipForm next = SlipRenewal.renew(form());
        editing = new Editing(UUID.randomUUID().toString());
        status.set(PlacementStatus.DRAFT);
        versionRows.clear();
        versionNumbers.clear();
        diff.clear();
        title.set(title.get().isBlank() ? "" : title.get() + " (" + next.get(SlipField.INCEPTION) + ")");
        show(next);
    }

    /** Asks for every error, "required" ones too (the check before submission). */
    public boolean checkForSubmission() {
        showRequired.set(true);
        revalidate();
        return form().validate(SlipStage.SUBMISSION).isEmpty() && !unknownCedent();
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

    private boolean unknownCedent() {
        String reinsured = form().get(SlipField.REINSURED).strip();
        return !cedentNames.isEmpty() && !reinsured.isEmpty()
                && cedentNames.stream().noneMatch(n -> n.equalsIgnoreCase(reinsured));
    }

    private void changed() {
        if (loading) {
            return;
        }
        revision++;
        dirty.set(true);
        revalidate();
    }

    private void revalidate() {
        Localization l = Localization.of(i18n.getLanguage());
        List<FieldError> found = form().validate(SlipStage.SUBMISSION);
        Map<SlipField, String> byField = new EnumMap<>(SlipField.class);
        int shown = 0;
        for (FieldError e : found) {
            if (!showRequired.get() && e.code().equals("required")) {
                continue;
            }
            Optional<SlipField> f = SlipField.forPath(e.field());
            if (f.isPresent() && !byField.containsKey(f.get())) {
                byField.put(f.get(), FieldMessages.text(l, e));
                shown++;
            }
        }
        int problems = found.size();
        if (unknownCedent() && !byField.containsKey(SlipField.REINSURED)) {
            byField.put(SlipField.REINSURED, l.text("slip.editor.unknownCedent", form().get(SlipField.REINSURED).strip()));
            shown++;
            problems++;
        }
        for (SlipField f : SlipField.values()) {
            errors.get(f).set(byField.getOrDefault(f, ""));
        }
        summary.set(problems == 0 ? l.text("slip.editor.ready")
                : shown == 0 ? l.text("slip.editor.incomplete", problems) : l.text("slip.editor.problems", shown));
    }

    /** Opens placement {@code id}: its autosaved draft if any, else its latest version. */
    public void open(String id) {
        executor.execute(BackgroundTask.of("slip-open", ctx -> {
            if (slipOutbox != null) {
                slipOutbox.currentId(id); // follows a slip still on its way to the exchange (re-keyed on acceptance)
            }
            Optional<Stored<DraftRecord>> draft = drafts.find(id);
            Optional<Stored<PlacementRecord>> placement = placements.find(id);
            // the slip this editor works on: the vault's newest, or the one a kept draft was typed on (ADR 0812)
            SlipOutbox.Base base = draft.flatMap(d -> draftBase(d.value().content()))
                    .orElseGet(() -> slipOutbox == null ? null : slipOutbox.base(id).orElse(null));
            Optional<Stored<SlipVersionRecord>> latest = versions.latestOf(id);
            SlipForm latestForm = latest.map(v -> WireSlipForms.toForm(v.value().slip())).orElse(null);
            PlacementStatus st = placement.map(p -> p.value().status()).orElse(PlacementStatus.DRAFT);
            // a bound contract shows its current version (a draft of it is not the contract); a draft its autosave
            boolean fixed = st == PlacementStatus.BOUND || st == PlacementStatus.REGISTERED;
            SlipForm form = (fixed ? Optional.<SlipForm>empty() : draft.map(d -> SlipForm.fromJson(d.value().content())))
                    .or(() -> Optional.ofNullable(latestForm))
                    .orElse(SlipForm.empty());
            String t = placement.map(p -> p.value().title()).orElse(draft.map(d -> d.value().title()).orElse(""));
            LocalDate effective = latest.map(v -> v.value().effectiveDate())
                    .orElseGet(() -> placement.map(p -> p.value().inception()).orElse(null));
            if (effective == null) {
                effective = placement.map(p -> p.value().inception()).orElse(LocalDate.now());
            }
            return new Opened(form, t, rows(id), st, latestForm, effective, base);
        }).onSuccess(o -> {
            editing = new Editing(id);
            editing.base = o.base();
            stale.set(false);
            title.set(o.title());
            show(o.form());
            showVersions(o.versions());
            currentVersion = o.current();
            currentEffective = o.effective();
            status.set(o.status());
            endorsementDiff.clear();
            endorsementOutcome.set("");
            dirty.set(false);
        }).onFailure(this::failed));
    }

    private record Opened(SlipForm form, String title, List<VersionRow> versions, PlacementStatus status, SlipForm current,
                          LocalDate effective, SlipOutbox.Base base) {
    }

    private List<VersionRow> rows(String id) {
        return versions.versionsOf(id).stream()
                .map(v -> new VersionRow(v.value().slipVersion(), v.value().effectiveDate(), v.value().changeNote())).toList();
    }

    private void showVersions(List<VersionRow> rows) {
        versionRows.setAll(rows);
        versionNumbers.setAll(rows.stream().map(VersionRow::number).toList());
    }

    /** Shows the field-by-field changes the endorsement would make to the current version. */
    public boolean previewEndorsement() {
        return checkEndorsement() != null;
    }

    private Endorsing.Checked checkEndorsement() {
        Localization l = Localization.of(i18n.getLanguage());
        endorsementDiff.clear();
        if (!endorsable.get() || currentVersion == null) {
            endorsementOutcome.set(l.text("endorse.notBound"));
            return null;
        }
        LocalDate effective;
        try {
            effective = LocalDate.parse(endorseEffective.get().trim());
        } catch (java.time.format.DateTimeParseException e) {
            endorsementOutcome.set(l.text("endorse.badDate", endorseEffective.get()));
            return null;
        }
        if (endorseDescription.get() == null || endorseDescription.get().isBlank()) {
            endorsementOutcome.set(l.text("endorse.needsDescription"));
            return null;
        }
        try {
            Endorsing.Checked checked = Endorsing.check(currentVersion, currentEffective, form(), effective,
                    endorseDescription.get());
            endorsementDiff.setAll(diffRows(checked.changes()));
            endorsementOutcome.set(l.text("endorse.preview", checked.changes().size()));
            return checked;
        } catch (ValidationException e) {
            showRequired.set(true);
            revalidate();
            endorsementOutcome.set(l.text("endorse.fixFields", e.errors().size()));
        } catch (IllegalArgumentException e) {
            endorsementOutcome.set(l.text("endorse.refused", e.getMessage()));
        }
        return null;
    }

    /**
     * Endorses the bound contract with the edited slip: checked by the domain, then queued in the sync
     * outbox (offline too) as the next slip version, which the versions list shows at once.
     */
    public void endorse() {
        Endorsing.Checked checked = checkEndorsement();
        if (checked == null) {
            return;
        }
        String id = editing.id;
        SlipForm endorsed = form();
        LocalDate effective = checked.request().effectiveDate();
        executor.execute(BackgroundTask.of("slip-endorse", ctx -> {
            outbox.endorse(id, checked.request());
            return rows(id);
        }).onSuccess(rows -> {
            showVersions(rows);
            currentVersion = endorsed;
            currentEffective = effective;
            endorseDescription.set("");
            dirty.set(false);
            endorsementOutcome.set(Localization.of(i18n.getLanguage()).text("endorse.queued",
                    rows.isEmpty() ? 0 : rows.get(rows.size() - 1).number()));
        }).onFailure(e -> endorsementOutcome.set(Localization.of(i18n.getLanguage()).text("endorse.refused",
                e.getMessage()))));
    }

    /** The opened placement's status (DRAFT for a new slip). */
    public ReadOnlyObjectProperty<PlacementStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the opened placement is a bound or registered contract that can be endorsed here. */
    public ReadOnlyBooleanProperty endorsableProperty() {
        return endorsable.getReadOnlyProperty();
    }

    /** The endorsement's effective date as typed (yyyy-mm-dd). */
    public StringProperty endorseEffectiveProperty() {
        return endorseEffective;
    }

    /** What the endorsement changes, in words (required). */
    public StringProperty endorseDescriptionProperty() {
        return endorseDescription;
    }

    /** The endorsement's field-by-field changes against the current version (after a preview). */
    public ObservableList<DiffRow> endorsementDiff() {
        return endorsementDiff;
    }

    /** The endorsement's outcome or why it was refused, localised. */
    public ReadOnlyStringProperty endorsementOutcomeProperty() {
        return endorsementOutcome.getReadOnlyProperty();
    }

    /** Every saved version with its effective date and note, oldest first. */
    public ObservableList<VersionRow> versionRows() {
        return versionRows;
    }

    /**
     * Saves the typed form as the placement's draft in the vault (survives a crash, needs no network).
     *
     * <p>The id is resolved when the write runs, not when it was asked for: a slip's first save turns
     * its temporary id into the outbox's (and the exchange's, once accepted), and an autosave queued
     * before that answer must land on the slip's one row, never re-create the temporary one (ADR 0771).
     */
    public void autosave() {
        if (!dirty.get() || status.get() == PlacementStatus.BOUND || status.get() == PlacementStatus.REGISTERED) {
            // a bound contract's edits are an endorsement in the making, not a draft of the placement
            return;
        }
        dirty.set(false);
        Editing ed = editing;
        long rev = revision;
        SlipForm form = form();
        String t = title.get().isBlank() ? "-" : title.get();
        executor.execute(BackgroundTask.of("slip-autosave", ctx -> ed.write(() -> {
            if (rev <= ed.written) {
                return null; // a newer form of this slip already reached the vault (a later autosave or send)
            }
            String id = resolve(ed);
            // a placement the sync engine keeps is the exchange's: the edit is queued for it, coalesced
            // per slip (ADR 0811), so what differs from the exchange's copy is a pending change; a form
            // that cannot go yet (a new slip, a fixed placement, a typing error) stays the local draft
            boolean listed = false;
            if (slipOutbox != null && slipOutbox.queueDraft(id, form, ed.base)) {
                drafts.delete(id); // the slip's newest version in the vault is exactly this form now
                ed.base = slipOutbox.base(id).orElse(null);
                listed = true;
            } else {
                boolean marked = drafts.find(id).isPresent();
                drafts.save(new DraftRecord(id, DRAFT_KIND, t, withBase(form, ed.base)));
                if (slipOutbox == null || !slipOutbox.knows(id)) {
                    listed = ensurePlacement(id, t, 0, form);
                }
                // a row that just became a local draft says so: "local draft not sent" (ADR 0811)
                listed |= !marked;
            }
            ed.written = rev;
            reportLocalDrafts();
            return listed ? id : null;
        })).onSuccess(listed -> {
            if (listed != null) {
                listChanged(Set.of(listed));
            }
        }).onFailure(e -> {
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
    public void onLocalDrafts(java.util.function.IntConsumer listener) {
        this.localDrafts = java.util.Objects.requireNonNull(listener, "listener");
    }

    private void reportLocalDrafts() {
        localDrafts.accept(drafts.ofKind(DRAFT_KIND).size());
    }

    /** Saves the form as the next numbered version of the slip. */
    public void saveVersion(String note) {
        if (status.get() == PlacementStatus.BOUND || status.get() == PlacementStatus.REGISTERED) {
            // a bound contract changes only by endorsement (dated, numbered, sent to the exchange)
            problem.set(Localization.of(i18n.getLanguage()).text("endorse.insteadOfSave"));
            return;
        }
        if (slipOutbox != null) {
            sendThroughOutbox();
            return;
        }
        Editing ed = editing;
        long rev = revision;
        SlipForm form = form();
        String t = title.get().isBlank() ? "-" : title.get();
        executor.execute(BackgroundTask.of("slip-version", ctx -> ed.write(() -> {
            String id = ed.id;
            int next = versions.latestOf(id).map(v -> v.value().slipVersion()).orElse(0) + 1;
            // the placement first: a slip version refers to it
            ensurePlacement(id, t, next, form);
            versions.insert(new SlipVersionRecord(UUID.randomUUID().toString(), id, next, LocalDate.now(), note, form.toJson()));
            if (rev >= ed.written) {
                // else an autosave already holds newer typing than this version: keep it as the draft
                drafts.save(new DraftRecord(id, DRAFT_KIND, t, form.toJson()));
                ed.written = rev;
            }
            return new Sent(rows(id), Set.of(id));
        })).onSuccess(done -> {
            if (ed == editing) {
                showVersions(done.rows());
            }
            listChanged(done.ids());
        }).onFailure(this::failed));
    }

    /** The slip's id before and after a send (the same one unless the send created the placement). */
    private static Set<String> both(String before, String now) {
        return before.equals(now) ? Set.of(now) : Set.of(before, now);
    }

    /** A write's version rows and the slips whose list rows it changed. */
    private record Sent(List<VersionRow> rows, Set<String> ids) {
    }

    /**
     * Saved versions go to the exchange through {@code slips} (the sync engine's outbox, so saving works
     * offline) instead of staying in the vault only.
     */
    public void sendThrough(SlipOutbox slips) {
        this.slipOutbox = slips;
    }

    /**
     * Queues the slip for the exchange (a new draft placement, or a new version of a known one).
     *
     * <p>Whatever runs first, this or an autosave queued around it, the slip keeps one row: the local
     * draft row gives way to the outbox's placement, and typing newer than what was sent stays as the
     * draft of that placement (moved to its id) instead of being deleted with the local row.
     */
    private void sendThroughOutbox() {
        Editing ed = editing;
        long rev = revision;
        SlipForm form = form();
        String t = title.get().isBlank() ? form.get(SlipField.UMR) : title.get();
        sent.set("");
        if (!SlipOutbox.sendable(form).isEmpty()) {
            // a draft may be incomplete; only what stops it from being a slip at all is asked for here
            checkForSubmission();
            sent.set(Localization.of(i18n.getLanguage()).text("slips.fixFirst"));
            return;
        }
        SlipOutbox slips = slipOutbox;
        executor.execute(BackgroundTask.of("slip-outbox", ctx -> ed.write(() -> {
            String before = resolve(ed);
            SlipOutbox.Saved saved = slips.save(before, t, form, ed.base);
            if (!saved.onOlderVersion()) {
                // else the editor stays on what the user saw until the conflict is settled (ADR 0812)
                ed.base = slips.base(saved.placementId()).orElse(null);
            }
            Sent done = new Sent(adopt(ed, before, saved.placementId(), rev), both(before, saved.placementId()));
            reportLocalDrafts();
            return done;
        })).onSuccess(done -> {
            listChanged(done.ids());
            if (ed != editing) {
                return;
            }
            afterSend(done.rows(), rev);
            sent.set(Localization.of(i18n.getLanguage()).text("slips.queued", form.get(SlipField.UMR)));
        }).onFailure(this::failed));
    }

    /**
     * After a write that sent the form (taken at revision {@code rev}) under placement {@code now}: the
     * editor's own local draft row (under {@code before}) gives way to the outbox's placement, and
     * typing newer than what was sent stays as that placement's draft. Call inside {@link Editing#write}.
     */
    private List<VersionRow> adopt(Editing ed, String before, String now, long rev) {
        boolean newerTyped = ed.written > rev;
        if (!now.equals(before)) {
            Optional<Stored<DraftRecord>> local = drafts.find(before);
            if (newerTyped && local.isPresent()) {
                DraftRecord d = local.get().value();
                drafts.save(new DraftRecord(now, d.kind(), d.title(), d.content()));
            }
            drafts.delete(before);
            placements.find(before).filter(p -> p.value().cedentId() == null).ifPresent(p -> {
                try {
                    placements.delete(before);
                } catch (RuntimeException keptBecauseVersionsReferToIt) {
                    LOG.info("local draft {} kept: {}", before, keptBecauseVersionsReferToIt.toString());
                }
            });
        }
        if (!newerTyped) {
            drafts.delete(now); // the draft is exactly what was sent
            ed.written = rev;
        }
        ed.id = now;
        return rows(now);
    }

    /** On the FX thread after a send of the form taken at revision {@code rev}. */
    private void afterSend(List<VersionRow> rows, long rev) {
        showVersions(rows);
        if (revision == rev) {
            // else the user typed on while it was sent: that typing is still to be autosaved
            dirty.set(false);
        }
        problem.set("");
    }

    /** What a submission did, for the page to say: where the exchange has it, and the reason when it refused. */
    public record Submission(String umr, Delivery delivery, String reason) {
    }

    /**
     * Submits the slip through the outbox (ADR 0791): the slip (created, or a new version when it
     * changed) and its move to SUBMITTED are queued in one vault transaction on the editor's write path,
     * so the submission cannot race an autosave, cannot happen twice, and waits for the exchange when
     * offline. Then the engine gets a bounded first attempt, and {@code done} hears where it stands.
     * False, with the fields marked, when the slip is not complete for submission.
     */
    public boolean submit(java.time.Duration patience, java.util.function.Consumer<Submission> done,
                          java.util.function.Consumer<Throwable> refused) {
        if (slipOutbox == null) {
            throw new IllegalStateException("submitting needs the sync engine's outbox (sendThrough)");
        }
        if (!checkForSubmission()) {
            return false;
        }
        Editing ed = editing;
        long rev = revision;
        SlipForm form = form();
        String t = title.get().isBlank() ? form.get(SlipField.UMR) : title.get();
        SlipOutbox slips = slipOutbox;
        String umr = form.get(SlipField.UMR).trim();
        record Queued(Sent sent, SlipOutbox.Submitted submitted) {
        }
        record Done(Sent sent, Submission submission) {
        }
        executor.execute(BackgroundTask.of("slip-submit", ctx -> {
            Queued q = ed.write(() -> {
                String before = resolve(ed);
                SlipOutbox.Submitted sub = slips.submit(before, t, form, ed.base);
                if (!sub.saved().onOlderVersion()) {
                    ed.base = slips.base(sub.saved().placementId()).orElse(null);
                }
                String now = sub.saved().placementId();
                return new Queued(new Sent(adopt(ed, before, now, rev), both(before, now)), sub);
            });
            // outside the write path: waiting for the exchange must not hold the vault
            Delivery d = slips.firstAttempt(q.submitted().transition(), patience);
            String reason = d == Delivery.SENT ? "" : slips.refusal(q.submitted().transition()).orElse("");
            if (d == Delivery.PENDING && !reason.isEmpty()) {
                d = Delivery.REJECTED; // the slip itself was refused: the submission waits behind it
            }
            return new Done(q.sent(), new Submission(umr, d, reason));
        }).onSuccess(r -> {
            if (ed == editing) {
                afterSend(r.sent().rows(), rev);
                if (r.submission().delivery() == Delivery.SENT || r.submission().delivery() == Delivery.PENDING) {
                    status.set(PlacementStatus.SUBMITTED); // as the vault has it now (the queued move's local effect)
                }
            }
            listChanged(r.sent().ids());
            done.accept(r.submission());
        }).onFailure(refused::accept));
        return true;
    }

    /** The edited slip's id now (call inside {@link Editing#write}): the outbox's or exchange's once it has one. */
    private String resolve(Editing ed) {
        if (slipOutbox != null) {
            ed.id = slipOutbox.currentId(ed.id);
        }
        return ed.id;
    }

    /**
     * Follows the vault's newest version of the open slip (call after a sync or a merge on the Sync issues
     * page, ADR 0812): an editor with nothing of its own unsent shows the newest version at once; one with
     * the user's changes keeps them, says the slip changed meanwhile, and its Save then goes through
     * If-Match and the conflict view instead of overwriting the newer slip.
     */
    public void followLatest() {
        Editing ed = editing;
        SlipOutbox slips = slipOutbox;
        if (slips == null || ed.base == null) {
            return;
        }
        executor.execute(BackgroundTask.of("slip-follow", ctx -> ed.write(() -> {
            String id = resolve(ed);
            return slips.base(id).orElse(null);
        })).onSuccess(now -> {
            if (ed != editing || now == null || ed.base == null || now.slip().equals(ed.base.slip())) {
                return;
            }
            boolean ownChanges = dirty.get() || !form().equals(WireSlipForms.toForm(ed.base.slip()));
            if (!ownChanges) {
                open(ed.id);
            } else {
                stale.set(true);
                problem.set(Localization.of(i18n.getLanguage()).text("slip.editor.changedMeanwhile"));
            }
        }).onFailure(this::failed));
    }

    /** True while the open slip has changed since the user started their changes (a merge, another desk). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");

    /** The draft's form with the slip it was typed on, so a reopened draft still knows what it changes. */
    private static com.fasterxml.jackson.databind.node.ObjectNode withBase(SlipForm form, SlipOutbox.Base base) {
        com.fasterxml.jackson.databind.node.ObjectNode json = form.toJson();
        if (base != null && base.serverVersion() != null) {
            com.fasterxml.jackson.databind.node.ObjectNode b = json.putObject(DRAFT_BASE);
            b.set("slip", base.slip());
            b.put("serverVersion", base.serverVersion());
            b.set("serverDoc", base.serverDoc());
        }
        return json;
    }

    private static Optional<SlipOutbox.Base> draftBase(com.fasterxml.jackson.databind.JsonNode content) {
        com.fasterxml.jackson.databind.JsonNode b = content == null ? null : content.get(DRAFT_BASE);
        if (b == null || !b.isObject() || !b.hasNonNull("serverVersion")) {
            return Optional.empty();
        }
        return Optional.of(new SlipOutbox.Base(b.get("slip"), b.get("serverVersion").asLong(), b.get("serverDoc")));
    }

    /** The draft entry holding the slip a kept draft was typed on (not a field path: the form ignores it). */
    private static final String DRAFT_BASE = "_base";

    /** What the last send to the exchange did ("queued for the exchange"), localised. */
    public ReadOnlyStringProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    /**
     * One slip as edited since it was opened or started: its id now (temporary until the outbox and the
     * exchange gave it theirs) and the newest form revision written to the vault. Every vault write of the editor runs through
     * {@link #write}, one at a time and in one transaction with the id it resolves, so two writes racing
     * on the executor's threads (or the exchange's answer re-keying the slip) cannot interleave.
     */
    private final class Editing {
        volatile String id;
        /** The slip the form was opened on or last sent as (ADR 0812); null for a slip the exchange does not know. */
        volatile SlipOutbox.Base base;
        /** Guarded by this editor's write lock. */
        long written = -1;

        Editing(String id) {
            this.id = id;
        }

        <T> T write(java.util.function.Supplier<T> work) {
            synchronized (writeLock) {
                return slipOutbox == null ? work.get() : slipOutbox.atomically(work);
            }
        }
    }

    private final Object writeLock = new Object();
    private final javafx.beans.property.ReadOnlyLongWrapper listChanges =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "listChanges", 0);

    private final List<java.util.function.Consumer<Set<String>>> listListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Calls {@code listener} (FX thread) with the ids of the slips whose list rows a save changed. */
    public void onListChange(java.util.function.Consumer<Set<String>> listener) {
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
    public javafx.beans.property.ReadOnlyLongProperty listChangesProperty() {
        return listChanges.getReadOnlyProperty();
    }

    /** Writes the slip's list row; true when what the list shows of it changed. */
    private boolean ensurePlacement(String id, String t, int version, SlipForm f) {
        LocalDate inception = parse(f.get(SlipField.INCEPTION));
        LocalDate expiry = parse(f.get(SlipField.EXPIRY));
        Optional<Stored<PlacementRecord>> existing = placements.find(id);
        PlacementStatus status = existing.map(p -> p.value().status()).orElse(PlacementStatus.DRAFT);
        int v = Math.max(version, existing.map(p -> p.value().currentSlipVersion()).orElse(0));
        String umr = f.get(SlipField.UMR).isBlank() ? null : f.get(SlipField.UMR).trim();
        String kind = f.get(SlipField.KIND).isBlank() ? existing.map(p -> p.value().contractKind()).orElse(null) : f.get(SlipField.KIND).trim();
        // the parties come from the exchange (sync or submit): an edit here must not blank them
        String cedent = existing.map(p -> p.value().cedentId()).orElse(null);
        String broker = existing.map(p -> p.value().brokerId()).orElse(null);
        PlacementRecord row = new PlacementRecord(id, umr, t, status, cedent, broker, inception, expiry, v, kind);
        placements.save(row);
        return existing.map(p -> {
            PlacementRecord was = p.value();
            return !java.util.Objects.equals(was.umr(), umr) || !java.util.Objects.equals(was.title(), t)
                    || !java.util.Objects.equals(was.contractKind(), kind) || !java.util.Objects.equals(was.inception(), inception)
                    || !java.util.Objects.equals(was.expiry(), expiry);
        }).orElse(true);
    }

    private static LocalDate parse(String s) {
        try {
            return s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Compares version {@code from} with version {@code to} field by field (the domain's diff). */
    public void compare(int from, int to) {
        Editing ed = editing;
        executor.execute(BackgroundTask.of("slip-diff", ctx -> {
            String id = ed.write(() -> resolve(ed));
            SlipForm a = versionForm(id, from);
            SlipForm b = versionForm(id, to);
            return SlipDiff.compare(a.parse().slip(), b.parse().slip());
        }).onSuccess(changes -> diff.setAll(diffRows(changes))).onFailure(this::failed));
    }

    private List<DiffRow> diffRows(List<FieldChange> changes) {
        List<DiffRow> out = new ArrayList<>();
        Localization l = Localization.of(i18n.getLanguage());
        for (FieldChange c : changes) {
            String label = SlipField.forPath(c.field()).map(f -> l.text(f.labelKey())).orElse(c.field());
            out.add(new DiffRow(label, c.before() == null ? "" : String.valueOf(c.before()),
                    c.after() == null ? "" : String.valueOf(c.after())));
        }
        return out;
    }

    private SlipForm versionForm(String id, int number) {
        return versions.versionsOf(id).stream().filter(v -> v.value().slipVersion() == number).findFirst()
                .map(v -> WireSlipForms.toForm(v.value().slip()))
                .orElseThrow(() -> new IllegalArgumentException("no version " + number + " of " + id));
    }

    private void failed(Throwable e) {
        LOG.warn("slip editor: {} failed: {}", editing.id, e.toString());
        problem.set(Localization.of(i18n.getLanguage()).text("slip.editor.failed", e.getMessage()));
    }

    /** The last failure (vault locked, disk full), localised; empty when all went well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether required-field errors are being shown. */
    public ReadOnlyBooleanProperty showRequiredProperty() {
        return showRequired;
    }
}
