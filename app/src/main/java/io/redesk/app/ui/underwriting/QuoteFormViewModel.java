package io.redesk.app.ui.underwriting;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.underwriting.FieldProblem;
import io.redesk.app.underwriting.QuoteForm;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The underwriter's quote-or-decline form: what is typed, and the error under each field (the
 * domain's {@link QuoteForm} problems, or the field the exchange named in a refusal). Part of the
 * {@link UnderwritingViewModel}, which sends what this form checked. Never touches nodes.
 */
public final class QuoteFormViewModel {

    private final I18n i18n;
    private final StringProperty premium = new SimpleStringProperty(this, "premium", "");
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final StringProperty capacity = new SimpleStringProperty(this, "capacity", "");
    private final StringProperty conditions = new SimpleStringProperty(this, "conditions", "");
    private final StringProperty subjectivities = new SimpleStringProperty(this, "subjectivities", "");
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>(this, "validUntil");
    private final StringProperty declineReason = new SimpleStringProperty(this, "declineReason", "");
    private final ReadOnlyStringWrapper premiumError = new ReadOnlyStringWrapper(this, "premiumError", "");
    private final ReadOnlyStringWrapper rateError = new ReadOnlyStringWrapper(this, "rateError", "");
    private final ReadOnlyStringWrapper capacityError = new ReadOnlyStringWrapper(this, "capacityError", "");
    private final ReadOnlyStringWrapper validUntilError = new ReadOnlyStringWrapper(this, "validUntilError", "");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError", "");
    private String unreadableDate = "";

    QuoteFormViewModel(I18n i18n) {
        this.i18n = i18n;
    }

    /**
     * What the user typed into "valid until" when it could not be read as a date (blank when it could):
     * the date field stays empty, and the error names the text instead of saying "required".
     */
    public void validUntilTyped(String unreadable) {
        unreadableDate = unreadable == null ? "" : unreadable.strip();
        if (!unreadableDate.isEmpty()) {
            validUntilError.set(i18n.text("uw.error.date", unreadableDate));
        } else if (validUntil.get() != null) {
            validUntilError.set("");
        }
    }

    /** The quote as typed, checked by the domain for a placement in {@code currency}. */
    QuoteForm.Result check(String currency) {
        return QuoteForm.check(premium.get(), rate.get(), capacity.get(), conditions.get(), subjectivities.get(),
                validUntil.get(), currency, i18n.formats().today());
    }

    /** The decline reason's problems (none: it can be sent). */
    List<FieldProblem> checkDecline() {
        return QuoteForm.checkDecline(declineReason.get());
    }

    /** The decline reason as sent. */
    String reason() {
        return declineReason.get().trim();
    }

    /** Shows {@code p} under its field; false when it is none of this form's. */
    boolean show(FieldProblem p) {
        String text = UnderwritingTexts.problem(i18n, p);
        switch (p.field()) {
            case QuoteForm.PREMIUM -> premiumError.set(text);
            case QuoteForm.RATE -> rateError.set(text);
            case QuoteForm.CAPACITY -> capacityError.set(text);
            case QuoteForm.VALID_UNTIL -> validUntilError.set(
                    validUntil.get() == null && !unreadableDate.isBlank()
                            ? i18n.text("uw.error.date", unreadableDate) // what was typed is not a date: say that
                            : text);
            case QuoteForm.REASON -> reasonError.set(text);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Shows the exchange's {@code text} under the field it named; false when it is none of this form's. */
    boolean showRefused(String field, String text) {
        ReadOnlyStringWrapper under = FormFields.names(field, QuoteForm.PREMIUM) ? premiumError
                : FormFields.names(field, QuoteForm.CAPACITY) ? capacityError
                : FormFields.names(field, QuoteForm.VALID_UNTIL) ? validUntilError : null;
        if (under == null) {
            return false;
        }
        under.set(text);
        return true;
    }

    /** Puts a quote that was sent back into the form, so the user corrects it instead of typing it again. */
    void refillQuote(JsonNode b) {
        premium.set(b.path("premium").path("amount").asText(""));
        rate.set(b.path("rate").asText(""));
        capacity.set(FormFields.plain(b.path("capacity").asText("")));
        conditions.set(b.path("conditions").asText(""));
        List<String> rows = new ArrayList<>();
        b.path("subjectivities").forEach(n -> rows.add(n.asText("")));
        subjectivities.set(String.join("\n", rows));
        String valid = b.path("validUntil").asText("");
        if (!valid.isEmpty()) {
            try {
                validUntil.set(LocalDate.ofInstant(Instant.parse(valid), ZoneOffset.UTC));
            } catch (RuntimeException ex) {
                validUntil.set(null);
            }
        }
    }

    /** Puts a decline that was sent back into the form. */
    void refillDecline(JsonNode b) {
        declineReason.set(b.path("reason").asText(""));
    }

    void clearErrors() {
        for (ReadOnlyStringWrapper w : List.of(premiumError, rateError, capacityError, validUntilError, reasonError)) {
            w.set("");
        }
    }

    void clear() {
        clearErrors();
        for (StringProperty p : List.of(premium, rate, capacity, conditions, subjectivities, declineReason)) {
            p.set("");
        }
        validUntil.set(null);
    }

    public StringProperty premiumProperty() {
        return premium;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public StringProperty conditionsProperty() {
        return conditions;
    }

    public StringProperty subjectivitiesProperty() {
        return subjectivities;
    }

    public ObjectProperty<LocalDate> validUntilProperty() {
        return validUntil;
    }

    public StringProperty declineReasonProperty() {
        return declineReason;
    }

    public ReadOnlyStringProperty premiumErrorProperty() {
        return premiumError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateErrorProperty() {
        return rateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty capacityErrorProperty() {
        return capacityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty validUntilErrorProperty() {
        return validUntilError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }
}
