package io.redesk.app.ui.i18n;

import io.redesk.app.i18n.Language;
import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The current language as a JavaFX property, and text bindings that follow it.
 *
 * <p>Views never set a text once: they bind to {@link #bind}, so switching the language re-renders
 * every visible string at once, without a restart. Arguments may be observable values; the text then
 * also updates when they change.
 */
public final class I18n {

    private final ObjectProperty<Language> language;
    private final ObjectBinding<Localization> localization;
    private final ObjectBinding<LocaleFormats> formats;

    /** Starts in {@code initial}; formats follow the OS locale/zone within the chosen language. */
    public I18n(Language initial) {
        this(initial, LocaleFormats::forLanguage);
    }

    /** Starts in {@code initial}, making formats with {@code formatsFor} (tests pin locale and zone). */
    public I18n(Language initial, Function<Language, LocaleFormats> formatsFor) {
        Objects.requireNonNull(formatsFor, "formatsFor");
        language = new SimpleObjectProperty<>(this, "language", Objects.requireNonNull(initial, "initial"));
        localization = Bindings.createObjectBinding(() -> Localization.of(language.get()), language);
        formats = Bindings.createObjectBinding(() -> formatsFor.apply(language.get()), language);
    }

    /** The current language; set it to switch every bound text. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The current language. */
    public Language getLanguage() {
        return language.get();
    }

    /** Switches the language. */
    public void setLanguage(Language value) {
        language.set(Objects.requireNonNull(value, "language"));
    }

    /** The current text of {@code key} (for one-off use such as a log line; views use {@link #bind}). */
    public String text(String key, Object... args) {
        return localization.get().text(key, unwrap(args));
    }

    /** The formats of the current language, changing with it. */
    public ObjectBinding<LocaleFormats> formatsBinding() {
        return formats;
    }

    /** The formats of the current language. */
    public LocaleFormats formats() {
        return formats.get();
    }

    /** A text that follows the language and any observable {@code args}. */
    public StringBinding bind(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        List<Observable> dependencies = new ArrayList<>();
        dependencies.add(localization);
        for (Object arg : args) {
            if (arg instanceof Observable observable) {
                dependencies.add(observable);
            }
        }
        Object[] captured = args.clone();
        return Bindings.createStringBinding(() -> localization.get().text(key, unwrap(captured)),
                dependencies.toArray(Observable[]::new));
    }

    private static Object[] unwrap(Object[] args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof ObservableValue<?> value ? value.getValue() : args[i];
        }
        return values;
    }
}
