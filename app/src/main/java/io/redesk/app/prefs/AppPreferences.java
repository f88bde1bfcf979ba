package io.redesk.app.prefs;

import io.redesk.app.i18n.Language;
import java.util.Locale;
import java.util.Objects;

/**
 * The user's display preferences: language and theme.
 *
 * @param language the UI language
 * @param theme    the colour theme
 */
public record AppPreferences(Language language, ThemeChoice theme) {

    public AppPreferences {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
    }

    /** First-run defaults: the OS locale's language (English when it is not one we speak), light theme. */
    public static AppPreferences defaultsFor(Locale osLocale) {
        return new AppPreferences(Language.fromLocale(osLocale), ThemeChoice.LIGHT);
    }

    /** A copy with another language. */
    public AppPreferences withLanguage(Language newLanguage) {
        return new AppPreferences(newLanguage, theme);
    }

    /** A copy with another theme. */
    public AppPreferences withTheme(ThemeChoice newTheme) {
        return new AppPreferences(language, newTheme);
    }
}
