package io.redesk.app.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages ReDesk is translated into. Each is named in its own language ("中文", "English") so
 * a user can always find theirs, whatever the current language is.
 */
public enum Language {
    ENGLISH("en", "English", Locale.ENGLISH, Locale.US),
    CHINESE("zh", "中文", Locale.SIMPLIFIED_CHINESE, Locale.SIMPLIFIED_CHINESE);

    private final String code;
    private final String nativeName;
    private final Locale bundleLocale;
    private final Locale defaultFormatLocale;

    Language(String code, String nativeName, Locale bundleLocale, Locale defaultFormatLocale) {
        this.code = code;
        this.nativeName = nativeName;
        this.bundleLocale = bundleLocale;
        this.defaultFormatLocale = defaultFormatLocale;
    }

    /** Short stable code used in preferences and on the command line ({@code en}, {@code zh}). */
    public String code() {
        return code;
    }

    /** The language's name in itself. */
    public String nativeName() {
        return nativeName;
    }

    /** The locale the message bundle is looked up with. */
    public Locale bundleLocale() {
        return bundleLocale;
    }

    /**
     * The locale numbers, dates and currencies are formatted with: the operating system's locale when
     * it speaks this language (so an en_GB user keeps day-month dates), else this language's default.
     */
    public Locale formatLocale(Locale osLocale) {
        if (osLocale != null && osLocale.getLanguage().equals(code) && !osLocale.getCountry().isEmpty()) {
            return osLocale;
        }
        return defaultFormatLocale;
    }

    /** The language for an operating-system locale: Chinese for any {@code zh} locale, else English. */
    public static Language fromLocale(Locale locale) {
        if (locale != null && CHINESE.code.equals(locale.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }

    /**
     * Parses a language code as written by users and preference files: {@code en}, {@code zh},
     * {@code zh_CN}, {@code zh-CN} (case-insensitive).
     */
    public static Optional<Language> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().replace('-', '_').toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> normalised.equals(l.code) || normalised.startsWith(l.code + "_"))
                .findFirst();
    }
}
