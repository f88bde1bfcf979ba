package io.redesk.app.desk;

import io.redesk.app.i18n.Localization;
import io.redesk.domain.slip.SlipStage;
import io.redesk.domain.validation.FieldError;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slip editor's check of a typed form, in the user's language: the first error under each field
 * (from the domain's field-named errors; "required" only once the user asked for the submission check),
 * a reinsured that is none of the cedents the exchange knows, and the summary line. Pure.
 *
 * @param errors      the localised error under each field that has one
 * @param summary     "ready to submit" / "3 problems", localised
 * @param submittable whether the slip passes the submission check
 */
public record SlipCheck(Map<SlipField, String> errors, String summary, boolean submittable) {

    public SlipCheck {
        errors = Map.copyOf(errors);
    }

    /** Checks {@code form}; {@code cedents} empty while the exchange's list is not known (offline). */
    public static SlipCheck of(SlipForm form, boolean showRequired, List<String> cedents, Localization l) {
        List<FieldError> found = form.validate(SlipStage.SUBMISSION);
        Map<SlipField, String> byField = new EnumMap<>(SlipField.class);
        int shown = 0;
        for (FieldError e : found) {
            if (!showRequired && e.code().equals("required")) {
                continue;
            }
            Optional<SlipField> f = SlipField.forPath(e.field());
            if (f.isPresent() && !byField.containsKey(f.get())) {
                byField.put(f.get(), FieldMessages.text(l, e));
                shown++;
            }
        }
        int problems = found.size();
        String reinsured = form.get(SlipField.REINSURED).strip();
        boolean unknownCedent = !cedents.isEmpty() && !reinsured.isEmpty()
                && cedents.stream().noneMatch(n -> n.equalsIgnoreCase(reinsured));
        if (unknownCedent && !byField.containsKey(SlipField.REINSURED)) {
            byField.put(SlipField.REINSURED, l.text("slip.editor.unknownCedent", reinsured));
            shown++;
            problems++;
        }
        String summary = problems == 0 ? l.text("slip.editor.ready")
                : shown == 0 ? l.text("slip.editor.incomplete", problems) : l.text("slip.editor.problems", shown);
        return new SlipCheck(byField, summary, found.isEmpty() && !unknownCedent);
    }
}
