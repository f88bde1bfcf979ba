package io.redesk.app.ui.underwriting;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.underwriting.FieldProblem;
import io.redesk.app.underwriting.LineForm;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The underwriter's write-a-line form: written share, to stand, conditions, reference, subjectivities
 * ({@code text | YYYY-MM-DD}), and the error under each field (the domain's {@link LineForm} problems,
 * or the field the exchange named). Part of the {@link UnderwritingViewModel}. Never touches nodes.
 */
public final class LineFormViewModel {

    private final I18n i18n;
    private final StringProperty writtenShare = new SimpleStringProperty(this, "writtenShare", "");
    private final BooleanProperty toStand = new SimpleBooleanProperty(this, "toStand", false);
    private final StringProperty conditions = new SimpleStringProperty(this, "lineConditions", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final StringProperty subjectivities = new SimpleStringProperty(this, "lineSubjectivities", "");
    private final ReadOnlyStringWrapper writtenError = new ReadOnlyStringWrapper(this, "writtenError", "");
    private final ReadOnlyStringWrapper subjectivitiesError = new ReadOnlyStringWrapper(this, "subjectivitiesError", "");

    LineFormViewModel(I18n i18n) {
        this.i18n = i18n;
    }

    /** The line as typed, checked by the domain. */
    LineForm.Result check() {
        return LineForm.check(writtenShare.get(), toStand.get(), conditions.get(), reference.get(), subjectivities.get(),
                i18n.formats().today());
    }

    /** Shows {@code p} under its field; false when it is none of this form's. */
    boolean show(FieldProblem p) {
        String text = UnderwritingTexts.problem(i18n, p);
        switch (p.field()) {
            case LineForm.WRITTEN -> writtenError.set(text);
            case LineForm.SUBJECTIVITIES -> subjectivitiesError.set(text);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Shows the exchange's {@code text} under the field it named; false when it is none of this form's. */
    boolean showRefused(String field, String text) {
        if (FormFields.names(field, LineForm.WRITTEN)) {
            writtenError.set(text);
            return true;
        }
        return false;
    }

    /** Puts a line that was sent back into the form, so the user corrects it instead of typing it again. */
    void refill(JsonNode b) {
        writtenShare.set(FormFields.plain(b.path("writtenShare").asText("")));
        toStand.set(b.path("toStand").asBoolean(false));
        conditions.set(b.path("conditions").asText(""));
        reference.set(b.path("underwriterReference").asText(""));
        List<String> rows = new ArrayList<>();
        b.path("subjectivities").forEach(sj -> rows.add(sj.path("deadline").isMissingNode()
                || sj.path("deadline").isNull() ? sj.path("text").asText("")
                : sj.path("text").asText("") + " | " + sj.path("deadline").asText("")));
        subjectivities.set(String.join("\n", rows));
    }

    void clearErrors() {
        writtenError.set("");
        subjectivitiesError.set("");
    }

    void clear() {
        clearErrors();
        for (StringProperty p : List.of(writtenShare, conditions, reference, subjectivities)) {
            p.set("");
        }
        toStand.set(false);
    }

    public StringProperty writtenShareProperty() {
        return writtenShare;
    }

    public BooleanProperty toStandProperty() {
        return toStand;
    }

    public StringProperty lineConditionsProperty() {
        return conditions;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty lineSubjectivitiesProperty() {
        return subjectivities;
    }

    public ReadOnlyStringProperty writtenErrorProperty() {
        return writtenError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subjectivitiesErrorProperty() {
        return subjectivitiesError.getReadOnlyProperty();
    }
}
