package io.redesk.app.ui.slips;

import io.redesk.app.desk.SlipEditing;
import io.redesk.app.desk.SlipField;
import io.redesk.app.i18n.Localization;
import io.redesk.domain.slip.FieldChange;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The slip's saved versions and the field-by-field comparison of two of them (the domain's
 * {@code SlipDiff}, read through the editor's {@link SlipEditing} workflow). Part of the slip editor:
 * the form view-model shows the versions after every write.
 */
public final class SlipVersionsViewModel {

    /** One row of a version comparison: the field's label, before and after. */
    public record DiffRow(String field, String before, String after) {
    }

    private final SlipEditorViewModel editor;
    private final ObservableList<Integer> versionNumbers = FXCollections.observableArrayList();
    private final ObservableList<DiffRow> diff = FXCollections.observableArrayList();
    private final ObservableList<SlipEditing.VersionRow> versionRows = FXCollections.observableArrayList();

    SlipVersionsViewModel(SlipEditorViewModel editor) {
        this.editor = editor;
    }

    /** Every saved version with its effective date and note, oldest first. */
    public ObservableList<SlipEditing.VersionRow> versionRows() {
        return versionRows;
    }

    public ObservableList<Integer> versionNumbers() {
        return versionNumbers;
    }

    /** The last comparison's rows. */
    public ObservableList<DiffRow> diff() {
        return diff;
    }

    /** Compares version {@code from} with version {@code to} field by field. */
    public void compare(int from, int to) {
        editor.compareVersions(from, to, changes -> diff.setAll(rows(changes, editor.localization())));
    }

    void show(List<SlipEditing.VersionRow> rows) {
        versionRows.setAll(rows);
        versionNumbers.setAll(rows.stream().map(SlipEditing.VersionRow::number).toList());
    }

    void clear() {
        versionRows.clear();
        versionNumbers.clear();
        diff.clear();
    }

    /** The domain's changes as rows, fields by their localised label. */
    static List<DiffRow> rows(List<FieldChange> changes, Localization l) {
        List<DiffRow> out = new ArrayList<>();
        for (FieldChange c : changes) {
            String label = SlipField.forPath(c.field()).map(f -> l.text(f.labelKey())).orElse(c.field());
            out.add(new DiffRow(label, c.before() == null ? "" : String.valueOf(c.before()),
                    c.after() == null ? "" : String.valueOf(c.after())));
        }
        return out;
    }
}
