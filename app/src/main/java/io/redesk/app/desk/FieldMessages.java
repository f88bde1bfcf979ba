package io.redesk.app.desk;

import io.redesk.app.i18n.Localization;
import io.redesk.domain.validation.FieldError;

/**
 * Puts a domain {@link FieldError} into the user's language. The domain names the field and gives a
 * stable code; the text comes from the bundle by code (an unknown code still reads as a localised
 * "invalid value", with the domain's English detail after it so nothing is hidden).
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** The message for {@code error} in {@code l}'s language. */
    public static String text(Localization l, FieldError error) {
        return switch (error.code()) {
            case "required" -> l.text("validation.required");
            case "umr.format" -> l.text("validation.umrFormat");
            case "kind.treatyOnly" -> l.text("validation.treatyOnly");
            case "nonNegative" -> l.text("validation.nonNegative");
            case "positive" -> l.text("validation.positive");
            case "period.order" -> l.text("validation.periodOrder");
            case "cover.mismatch" -> l.text("validation.coverMismatch");
            case "currency.mismatch" -> l.text("validation.currencyMismatch");
            case "min" -> l.text("validation.min");
            case "atLeastLimit" -> l.text("validation.atLeastLimit");
            case "percent.max" -> l.text("validation.percentMax");
            case "percent.min" -> l.text("validation.percentMin");
            case "deductions.total" -> l.text("validation.deductionsTotal");
            case "country.iso" -> l.text("validation.countryIso");
            case "input.amount" -> l.text("validation.notAmount");
            case "input.percent" -> l.text("validation.notPercent");
            case "input.date" -> l.text("validation.notDate");
            case "input.integer" -> l.text("validation.notInteger");
            case "input.currency" -> l.text("validation.notCurrency");
            case "input.zone" -> l.text("validation.notZone");
            case "input.deduction" -> l.text("validation.notDeduction");
            default -> l.text("validation.other", error.message());
        };
    }
}
