package io.redesk.app.prefs;

import static io.redesk.app.i18n.Localization.key;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The user's colour theme. The UI layer maps each to an AtlantaFX theme. */
public enum ThemeChoice {
    LIGHT("light", key("theme.light")),
    DARK("dark", key("theme.dark"));

    private final String code;
    private final String labelKey;

    ThemeChoice(String code, String labelKey) {
        this.code = code;
        this.labelKey = labelKey;
    }

    /** Stable code for preferences and the command line. */
    public String code() {
        return code;
    }

    /** Message key of the localised name. */
    public String labelKey() {
        return labelKey;
    }

    /** Parses {@code light} / {@code dark} (case-insensitive). */
    public static Optional<ThemeChoice> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(normalised)).findFirst();
    }
}
