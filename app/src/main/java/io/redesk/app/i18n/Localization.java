package io.redesk.app.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up the user-visible text of one language from the {@code messages} bundles.
 *
 * <p>Every value is a {@link MessageFormat} pattern (so an apostrophe is written {@code ''}). Keys
 * are string literals at the call site ({@code text("nav.home")}) or marked with {@link #key}, which
 * lets {@code LocalizationConsistencyTest} find every key used in code and check both bundles hold
 * exactly those keys. There is no fallback between languages: a missing key is a bug the test
 * catches, and at run time it shows the key itself rather than crash.
 */
public final class Localization {

    /** Base name of the message bundles ({@code messages_en}, {@code messages_zh_CN}). */
    public static final String BUNDLE = "io.redesk.app.i18n.messages";

    private static final Logger LOG = LoggerFactory.getLogger(Localization.class);
    private static final Map<Language, Localization> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Localization(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The texts of {@code language}. */
    public static synchronized Localization of(Language language) {
        Objects.requireNonNull(language, "language");
        return CACHE.computeIfAbsent(language, l -> new Localization(l, loadBundle(l)));
    }

    /** The raw bundle of a language, without fallback to any other language or the OS locale. */
    public static ResourceBundle loadBundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Marks a string literal as a message key for code that stores keys before looking them up
     * (enums of pages, themes). Returns its argument.
     */
    public static String key(String messageKey) {
        return messageKey;
    }

    /** This localisation's language. */
    public Language language() {
        return language;
    }

    /** The text for {@code messageKey} with {@code args} formatted into its placeholders. */
    public String text(String messageKey, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(messageKey);
        } catch (MissingResourceException e) {
            LOG.warn("message key '{}' is missing from the {} bundle", messageKey, language);
            return messageKey;
        }
        return new MessageFormat(pattern, language.bundleLocale()).format(args);
    }
}
