package io.redesk.app.ui.slips;

import io.redesk.app.desk.Endorsing;
import io.redesk.app.desk.SlipEditing;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.i18n.Localization;
import io.redesk.domain.validation.ValidationException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Endorsing a bound contract in the slip editor (ADR 0740): the effective date and description, the
 * preview of what changes against the current version, and the endorsement queued through the
 * editor's {@link SlipEditing} workflow (the sync outbox, offline too).
 */
public final class EndorsementViewModel {

    private final SlipEditorViewModel editor;
    private final ReadOnlyBooleanWrapper endorsable = new ReadOnlyBooleanWrapper(this, "endorsable");
    private final StringProperty effective = new SimpleStringProperty(this, "effective", LocalDate.now().toString());
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObservableList<SlipVersionsViewModel.DiffRow> diff = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private SlipForm currentVersion;
    private LocalDate currentEffective;

    EndorsementViewModel(SlipEditorViewModel editor, boolean offered) {
        this.editor = editor;
        editor.statusProperty().addListener((o, a, b) -> endorsable.set(offered && b != null && SlipEditing.fixed(b)));
    }

    /** Whether the opened placement is a bound or registered contract that can be endorsed here. */
    public ReadOnlyBooleanProperty endorsableProperty() {
        return endorsable.getReadOnlyProperty();
    }

    /** The endorsement's effective date as typed (yyyy-mm-dd). */
    public StringProperty effectiveProperty() {
        return effective;
    }

    /** What the endorsement changes, in words (required). */
    public StringProperty descriptionProperty() {
        return description;
    }

    /** The endorsement's field-by-field changes against the current version (after a preview). */
    public ObservableList<SlipVersionsViewModel.DiffRow> diff() {
        return diff;
    }

    /** The endorsement's outcome or why it was refused, localised. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Shows the field-by-field changes the endorsement would make to the current version. */
    public boolean preview() {
        return check() != null;
    }

    /**
     * Endorses the bound contract with the edited slip: checked by the domain, then queued in the sync
     * outbox (offline too) as the next slip version, which the versions list shows at once.
     */
    public void endorse() {
        Endorsing.Checked checked = check();
        if (checked == null) {
            return;
        }
        SlipForm endorsed = editor.form();
        LocalDate on = checked.request().effectiveDate();
        editor.endorseThrough(checked.request(), rows -> {
            currentVersion = endorsed;
            currentEffective = on;
            description.set("");
            outcome.set(editor.localization().text("endorse.queued", rows.isEmpty() ? 0 : rows.get(rows.size() - 1).number()));
        }, e -> outcome.set(editor.localization().text("endorse.refused", e.getMessage())));
    }

    /** A slip was opened: its current version is what an endorsement changes. */
    void opened(SlipForm current, LocalDate effectiveOn) {
        currentVersion = current;
        currentEffective = effectiveOn;
        diff.clear();
        outcome.set("");
    }

    private Endorsing.Checked check() {
        Localization l = editor.localization();
        diff.clear();
        if (!endorsable.get() || currentVersion == null) {
            outcome.set(l.text("endorse.notBound"));
            return null;
        }
        LocalDate on;
        try {
            on = LocalDate.parse(effective.get().trim());
        } catch (DateTimeParseException e) {
            outcome.set(l.text("endorse.badDate", effective.get()));
            return null;
        }
        if (description.get() == null || description.get().isBlank()) {
            outcome.set(l.text("endorse.needsDescription"));
            return null;
        }
        try {
            Endorsing.Checked checked = Endorsing.check(currentVersion, currentEffective, editor.form(), on, description.get());
            List<SlipVersionsViewModel.DiffRow> rows = SlipVersionsViewModel.rows(checked.changes(), l);
            diff.setAll(rows);
            outcome.set(l.text("endorse.preview", checked.changes().size()));
            return checked;
        } catch (ValidationException e) {
            editor.checkForSubmission();
            outcome.set(l.text("endorse.fixFields", e.errors().size()));
        } catch (IllegalArgumentException e) {
            outcome.set(l.text("endorse.refused", e.getMessage()));
        }
        return null;
    }
}
