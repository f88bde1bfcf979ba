package io.redesk.app.ui.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Typing a date into a {@link DatePicker}. JavaFX's default converter reads only the locale's short
 * form (12/20/26 in English) and keeps the old value when the text does not parse, so a typed
 * 2026-12-20, the form every other date field of the desk shows, was silently lost and the form then
 * said "required". Here the picker shows ISO dates (2026-12-20) like the slip editor, reads ISO, 2026/12/20,
 * 2026.12.20, 2026年12月20日 and the language's own short and medium forms, and commits what was
 * typed when the field loses focus. Text that is no date leaves the value empty and is reported, so
 * the form can name it.
 */
public final class DateEntry {

    private static final List<DateTimeFormatter> FIXED = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"),
            DateTimeFormatter.ofPattern("uuuuMMdd"));

    private DateEntry() {
    }

    /** {@code text} as a date in any accepted form; empty for blank or unreadable text. */
    public static Optional<LocalDate> parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : FIXED) {
            Optional<LocalDate> d = tryParse(t, f.withResolverStyle(ResolverStyle.STRICT));
            if (d.isPresent()) {
                return d;
            }
        }
        for (FormatStyle style : List.of(FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG)) {
            Optional<LocalDate> d = tryParse(t, DateTimeFormatter.ofLocalizedDate(style).withLocale(locale));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> tryParse(String text, DateTimeFormatter f) {
        try {
            return Optional.of(LocalDate.parse(text, f));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes {@code picker} show and read dates as above, in the language {@code locale} gives at the
     * time; {@code unreadable} receives the typed text that is no date ("" once a date is read).
     */
    public static void install(DatePicker picker, Supplier<Locale> locale, Consumer<String> unreadable) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text, locale.get()).orElse(null);
            }
        });
        picker.setPromptText("2026-12-31");
        Runnable commit = () -> {
            String text = picker.getEditor().getText();
            Optional<LocalDate> date = parse(text, locale.get());
            if (date.isPresent() || text == null || text.isBlank()) {
                picker.setValue(date.orElse(null));
                unreadable.accept("");
            } else {
                picker.setValue(null);
                // setting the value rewrites the editor; keep what the user typed so it can be corrected
                picker.getEditor().setText(text);
                unreadable.accept(text);
            }
        };
        picker.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        picker.getEditor().setOnAction(e -> commit.run());
        picker.getProperties().put(DateEntry.class, commit);
    }

    /** Commits what is typed in a picker set up by {@link #install} (before a button reads its value). */
    public static void commit(DatePicker picker) {
        Object commit = picker.getProperties().get(DateEntry.class);
        if (commit instanceof Runnable r) {
            r.run();
        }
    }
}
