package io.redesk.app.ui.conflicts;

import static io.redesk.app.i18n.Localization.key;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.app.sync.engine.ConflictRecord;
import io.redesk.app.sync.engine.FieldMerge;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.store.outbox.OutboxEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Conflicts and rejected changes, over the sync engine: a conflict shows my value and the exchange's
 * field by field and is settled by keeping mine, taking theirs or merging with a choice per field; a
 * rejected change shows the exchange's reason and how to fix it, lets the user correct its fields and
 * send it again, or discard it. Work runs on the task executor. Never touches nodes.
 */
public final class SyncIssuesViewModel {

    /**
     * One field of a conflict: the value both sides started from (base), mine, the exchange's, whether
     * both sides changed it, and the user's choice. A field only one side changed starts on that side's
     * value (what a merge keeps unless the user says otherwise); a field both changed has no choice yet.
     */
    public static final class FieldChoice {
        private final String field;
        private final String base;
        private final String mine;
        private final String theirs;
        private final boolean bothChanged;
        private final ObjectProperty<FieldMerge.Side> side;

        FieldChoice(String field, String base, String mine, String theirs, boolean bothChanged) {
            this.field = field;
            this.base = base;
            this.mine = mine;
            this.theirs = theirs;
            this.bothChanged = bothChanged;
            FieldMerge.Side changed = Objects.equals(base, mine) ? FieldMerge.Side.THEIRS : FieldMerge.Side.MINE;
            this.side = new SimpleObjectProperty<>(this, "side", bothChanged ? null : changed);
        }

        public String field() {
            return field;
        }

        /** The value before either change ("—" when the conflict did not record it). */
        public String base() {
            return base;
        }

        public String mine() {
            return mine;
        }

        public String theirs() {
            return theirs;
        }

        public boolean bothChanged() {
            return bothChanged;
        }

        public ObjectProperty<FieldMerge.Side> sideProperty() {
            return side;
        }
    }

    /** One editable field of a rejected change. */
    public record FixField(String field, StringProperty value) {
    }

    private final Optional<SyncEngine> engine;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<ConflictRecord> conflicts = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would hold its listeners only weakly
    private final ObservableList<ConflictRecord> conflictsView = FXCollections.unmodifiableObservableList(conflicts);
    private final ObservableList<OutboxEntry> rejected = FXCollections.observableArrayList();
    // one read-only view, kept: a fresh wrapper per call would hold its listeners only weakly
    private final ObservableList<OutboxEntry> rejectedView = FXCollections.unmodifiableObservableList(rejected);
    private final ObjectProperty<ConflictRecord> conflict = new SimpleObjectProperty<>(this, "conflict");
    private final ObjectProperty<OutboxEntry> change = new SimpleObjectProperty<>(this, "change");
    private final ObservableList<FieldChoice> fields = FXCollections.observableArrayList();
    private final ObservableList<FixField> fixes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** Issues of {@code engine}; empty when no sync engine runs (the page says so). */
    public SyncIssuesViewModel(Optional<SyncEngine> engine, TaskExecutor executor, I18n i18n) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        conflict.addListener((obs, old, now) -> showConflict(now));
        change.addListener((obs, old, now) -> showChange(now));
    }

    public boolean available() {
        return engine.isPresent();
    }

    /** Reloads conflicts and rejected changes from the vault. */
    public void refresh() {
        if (engine.isEmpty()) {
            return;
        }
        SyncEngine e = engine.get();
        executor.execute(BackgroundTask.<List<Object>>of("load-sync-issues", ctx -> {
                    List<ConflictRecord> open = e.conflicts().open();
                    List<OutboxEntry> refused = e.rejectedChanges();
                    Map<String, String> named = new HashMap<>();
                    open.forEach(c -> named.computeIfAbsent(c.aggregateId(), id -> placementName(e, c.aggregateType(), id)));
                    refused.forEach(r -> named.computeIfAbsent(r.aggregateId(), id -> placementName(e, r.aggregateType(), id)));
                    return List.of(open, refused, named);
                })
                .onSuccess(lists -> {
                    @SuppressWarnings("unchecked")
                    List<ConflictRecord> c = (List<ConflictRecord>) lists.get(0);
                    @SuppressWarnings("unchecked")
                    List<OutboxEntry> r = (List<OutboxEntry>) lists.get(1);
                    @SuppressWarnings("unchecked")
                    Map<String, String> n = (Map<String, String>) lists.get(2);
                    names.clear();
                    names.putAll(n);
                    conflicts.setAll(c);
                    rejected.setAll(r);
                    if (conflict.get() != null && c.stream().noneMatch(x -> x.id().equals(conflict.get().id()))) {
                        conflict.set(null);
                    }
                    if (change.get() != null && r.stream().noneMatch(x -> x.clientMutationId()
                            .equals(change.get().clientMutationId()))) {
                        change.set(null);
                    }
                })
                .onFailure(f -> error.set(i18n.text("sync.error", String.valueOf(f.getMessage())))));
    }

    private void showConflict(ConflictRecord c) {
        fields.clear();
        if (c == null || engine.isEmpty()) {
            // a resolved conflict's 412 reason must not stay on the page (it is no longer anyone's problem)
            if (change.get() == null) {
                reason.set("");
                hint.set("");
            }
            return;
        }
        // computed from the record already loaded: no vault read on the FX thread
        Map<String, Boolean> diff = FieldMerge.differences(c.base(), c.mine(), c.theirs());
        List<FieldChoice> rows = new ArrayList<>();
        diff.forEach((field, both) -> rows.add(new FieldChoice(field, text(c.base(), field), text(c.mine(), field),
                text(c.theirs(), field), both)));
        fields.setAll(rows);
        reason.set(c.reason() == null ? "" : c.reason());
    }

    private static String text(JsonNode doc, String field) {
        if (doc == null) {
            return "";
        }
        JsonNode n = doc.at("/" + field.replace('.', '/'));
        if (n.isMissingNode() || n.isNull()) {
            n = doc.get(field);
        }
        return n == null || n.isNull() || n.isMissingNode() ? "—" : (n.isValueNode() ? n.asText() : n.toString());
    }

    private void showChange(OutboxEntry e) {
        fixes.clear();
        if (e == null) {
            reason.set("");
            hint.set("");
            return;
        }
        String err = e.lastError() == null ? "" : e.lastError();
        reason.set(err);
        hint.set(hintFor(err));
        JsonNode body = e.payload() == null ? null : e.payload().get("body");
        if (body != null && body.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isValueNode()) {
                    fixes.add(new FixField(f.getKey(), new SimpleStringProperty(f.getValue().asText())));
                }
            }
        }
    }

    /** How to fix a rejection, from the exchange's stable code in the reason. */
    private String hintFor(String reasonText) {
        return i18n.text(RejectionHints.hintKey(reasonText));
    }

    /** Keeps my version of the selected conflict. */
    public void keepMine() {
        resolve("keep-mine", c -> engine.get().conflicts().keepMine(c.id()), key("sync.message.keptMine"));
    }

    /** Takes the exchange's version of the selected conflict. */
    public void takeTheirs() {
        resolve("take-theirs", c -> engine.get().conflicts().takeTheirs(c.id()), key("sync.message.tookTheirs"));
    }

    /** Merges field by field with the chosen sides; every field changed on both sides needs a choice. */
    public void merge() {
        Map<String, FieldMerge.Side> choices = new HashMap<>();
        for (FieldChoice f : fields) {
            if (f.sideProperty().get() == null) {
                error.set(i18n.text("sync.error.choose", f.field()));
                return;
            }
            choices.put(f.field(), f.sideProperty().get());
        }
        resolve("merge", c -> engine.get().conflicts().merge(c.id(), choices), key("sync.message.merged"));
    }

    private void resolve(String name, java.util.function.Consumer<ConflictRecord> action, String doneKey) {
        ConflictRecord c = conflict.get();
        if (c == null || engine.isEmpty()) {
            return;
        }
        error.set("");
        executor.execute(BackgroundTask.<Void>of(name, ctx -> {
            action.accept(c);
            return null;
        }).onSuccess(v -> {
            message.set(i18n.text(doneKey));
            refresh();
        }).onFailure(f -> error.set(i18n.text("sync.error", String.valueOf(f.getMessage())))));
    }

    /** Sends the selected rejected change again with the corrected fields. */
    public void resendFixed() {
        OutboxEntry e = change.get();
        if (e == null || engine.isEmpty()) {
            return;
        }
        JsonNode original = e.payload() == null ? null : e.payload().get("body");
        ObjectNode fixed = original != null && original.isObject() ? ((ObjectNode) original).deepCopy() : null;
        if (fixed != null) {
            for (FixField f : fixes) {
                JsonNode before = fixed.get(f.field());
                String v = f.value().get();
                if (before != null && before.isNumber()) {
                    try {
                        fixed.put(f.field(), new java.math.BigDecimal(v.trim()));
                    } catch (NumberFormatException ex) {
                        error.set(i18n.text("sync.error.number", f.field()));
                        return;
                    }
                } else if (before != null && before.isBoolean()) {
                    fixed.put(f.field(), Boolean.parseBoolean(v.trim()));
                } else {
                    fixed.put(f.field(), v);
                }
            }
        }
        error.set("");
        executor.execute(BackgroundTask.<Void>of("resend-fixed", ctx -> {
            engine.get().resendFixed(e.clientMutationId(), fixed);
            return null;
        }).onSuccess(v -> {
            message.set(i18n.text("sync.message.resent"));
            refresh();
        }).onFailure(f -> error.set(i18n.text("sync.error", String.valueOf(f.getMessage())))));
    }

    /** Gives up the selected rejected change; the exchange's state is shown again. */
    public void discard() {
        OutboxEntry e = change.get();
        if (e == null || engine.isEmpty()) {
            return;
        }
        executor.execute(BackgroundTask.<Void>of("discard", ctx -> {
            engine.get().discard(e.clientMutationId());
            return null;
        }).onSuccess(v -> {
            message.set(i18n.text("sync.message.discarded"));
            refresh();
        }).onFailure(f -> error.set(i18n.text("sync.error", String.valueOf(f.getMessage())))));
    }

    /** Placement id (or a quote's or line's) → "UMR — title" of its placement, as loaded with the lists (FX thread). */
    private final Map<String, String> names = new HashMap<>();

    /** The placement an issue's aggregate belongs to, as "UMR — title"; empty when the vault does not know it. */
    private static String placementName(SyncEngine e, String aggregateType, String id) {
        var p = e.store().projections();
        String placementId = switch (aggregateType) {
            case "PLACEMENT" -> id;
            case "QUOTE" -> p.quotes().find(id).map(q -> q.value().placementId()).orElse(null);
            case "LINE" -> p.lines().find(id).map(l -> l.value().placementId()).orElse(null);
            default -> null;
        };
        if (placementId == null) {
            return "";
        }
        return p.placements().find(placementId).map(r -> {
            String umr = r.value().umr() == null ? "" : r.value().umr();
            String title = r.value().title() == null ? "" : r.value().title();
            return umr.isEmpty() ? title : title.isEmpty() ? umr : umr + " \u2014 " + title;
        }).orElse("");
    }

    /**
     * A conflict as the list shows it: what the change was, on which placement (UMR and title), the fields
     * the two sides differ in (by their labels), and when it was made.
     */
    public String describe(ConflictRecord c) {
        List<String> labels = new ArrayList<>();
        FieldMerge.differences(c.base(), c.mine(), c.theirs()).keySet()
                .forEach(f -> labels.add(FieldLabels.label(f, i18n::text)));
        String row = describe(c.op(), c.aggregateId(), c.createdAt());
        return labels.isEmpty() ? row : i18n.text("sync.row.fields", row, String.join(", ", labels));
    }

    /** A rejected change as the list shows it: what it was, on which placement, and when. */
    public String describe(OutboxEntry e) {
        return describe(e.op(), e.aggregateId(), e.createdAt());
    }

    /**
     * One line of the conflicts or rejected list in the user's language: what the change was, when it
     * was made, and a short reference ("Quote sent · 27 Nov 2026, 21:40 · ref 3f2a9c1e"), instead of
     * the outbox's op code and a full UUID.
     */
    public String describe(String op, String aggregateId, java.time.Instant createdAt) {
        String what = switch (op) {
            case "CREATE_PLACEMENT" -> key("sync.op.CREATE_PLACEMENT");
            case "PUT_SLIP" -> key("sync.op.PUT_SLIP");
            case "ENDORSE" -> key("sync.op.ENDORSE");
            case "TRANSITION" -> key("sync.op.TRANSITION");
            case "INQUIRY" -> key("sync.op.INQUIRY");
            case "ACCEPT_QUOTE" -> key("sync.op.ACCEPT_QUOTE");
            case "FIRM_ORDER" -> key("sync.op.FIRM_ORDER");
            case "PREPARE_QUOTE" -> key("sync.op.PREPARE_QUOTE");
            case "SUBMIT_QUOTE" -> key("sync.op.SUBMIT_QUOTE");
            case "DECLINE_QUOTE" -> key("sync.op.DECLINE_QUOTE");
            case "WRITE_LINE" -> key("sync.op.WRITE_LINE");
            case "AMEND_LINE" -> key("sync.op.AMEND_LINE");
            case "WITHDRAW_LINE" -> key("sync.op.WITHDRAW_LINE");
            // the finance changes (issue 11)
            case "UPDATE_ACCOUNT" -> key("sync.op.UPDATE_ACCOUNT");
            case "ISSUE_ACCOUNT" -> key("sync.op.ISSUE_ACCOUNT");
            case "AGREE_ACCOUNT" -> key("sync.op.AGREE_ACCOUNT");
            case "QUERY_ACCOUNT" -> key("sync.op.QUERY_ACCOUNT");
            case "CORRECT_ACCOUNT" -> key("sync.op.CORRECT_ACCOUNT");
            case "REGISTER_BILL" -> key("sync.op.REGISTER_BILL");
            case "REQUEST_CLAIM_PAYMENT" -> key("sync.op.REQUEST_CLAIM_PAYMENT");
            case "INSTRUCT_SETTLEMENT" -> key("sync.op.INSTRUCT_SETTLEMENT");
            case "PAY_SETTLEMENT" -> key("sync.op.PAY_SETTLEMENT");
            case "CONFIRM_SETTLEMENT" -> key("sync.op.CONFIRM_SETTLEMENT");
            case "REQUEST_INVOICE" -> key("sync.op.REQUEST_INVOICE");
            case "ISSUE_INVOICE" -> key("sync.op.ISSUE_INVOICE");
            case "DELIVER_INVOICE" -> key("sync.op.DELIVER_INVOICE");
            case "CONFIRM_INVOICE" -> key("sync.op.CONFIRM_INVOICE");
            case "VOID_INVOICE" -> key("sync.op.VOID_INVOICE");
            default -> null;
        };
        String when = createdAt == null ? "" : i18n.formats().dateTime(createdAt);
        String name = aggregateId == null ? "" : names.getOrDefault(aggregateId, "");
        if (!name.isEmpty()) {
            return i18n.text("sync.row.named", what == null ? op : i18n.text(what), name, when);
        }
        String ref = aggregateId == null ? "" : aggregateId.length() > 8 ? aggregateId.substring(0, 8) : aggregateId;
        return i18n.text("sync.row", what == null ? op : i18n.text(what), when, ref);
    }

    public ObservableList<ConflictRecord> conflicts() {
        return conflictsView;
    }

    public ObservableList<OutboxEntry> rejected() {
        return rejectedView;
    }

    public ObjectProperty<ConflictRecord> conflictProperty() {
        return conflict;
    }

    public ObjectProperty<OutboxEntry> changeProperty() {
        return change;
    }

    /** The selected conflict's differing fields. */
    public ObservableList<FieldChoice> fields() {
        return fields;
    }

    /** The selected rejected change's editable fields. */
    public ObservableList<FixField> fixes() {
        return fixes;
    }

    /** The exchange's reason (conflict or rejection). */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** How to fix the selected rejection. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
