package io.redesk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundles and the code agree (after JabRef's LocalizationConsistencyTest): every key the code
 * uses is in both languages, every key in a bundle is still used, both languages have the same
 * placeholders, and every value is a valid MessageFormat pattern.
 *
 * <p>Keys are found in the sources as string literals passed to {@code text(...)}, {@code bind(...)}
 * or {@link Localization#key(String)}; code that builds keys from pieces would be invisible here and
 * is therefore not allowed.
 */
class LocalizationConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    static final Pattern KEY_USE = Pattern.compile(
            "\\b(?:text|bind|key)\\(\\s*\"([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Set<String> usedKeys;
    private static final Map<Language, Map<String, String>> BUNDLES = new EnumMap<>(Language.class);

    @BeforeAll
    static void load() {
        usedKeys = keysUsedIn(SOURCES);
        for (Language language : Language.values()) {
            ResourceBundle bundle = Localization.loadBundle(language);
            Map<String, String> entries = new TreeMap<>();
            bundle.keySet().forEach(k -> entries.put(k, bundle.getString(k)));
            BUNDLES.put(language, entries);
        }
    }

    static Set<String> keysUsedIn(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher m = KEY_USE.matcher(Files.readString(p));
                    return m.results().map(r -> r.group(1)).collect(Collectors.toList()).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void findsKeysInTheSources() {
        // guards the scanner itself: if the pattern broke, the other checks would pass vacuously
        assertThat(usedKeys).contains("nav.home", "placeholder.title", "theme.dark", "status.pending");
    }

    @Test
    void everyKeyUsedInCodeIsInEveryBundle() {
        for (Language language : Language.values()) {
            assertThat(difference(usedKeys, BUNDLES.get(language).keySet()))
                    .as("keys used in code but missing from the %s bundle", language)
                    .isEmpty();
        }
    }

    @Test
    void everyBundleKeyIsStillUsedInCode() {
        for (Language language : Language.values()) {
            assertThat(difference(BUNDLES.get(language).keySet(), usedKeys))
                    .as("keys in the %s bundle that no code uses any more", language)
                    .isEmpty();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(BUNDLES.get(Language.CHINESE).keySet()).isEqualTo(BUNDLES.get(Language.ENGLISH).keySet());
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        Map<String, String> english = BUNDLES.get(Language.ENGLISH);
        Map<String, String> chinese = BUNDLES.get(Language.CHINESE);
        for (String key : english.keySet()) {
            if (chinese.containsKey(key)) {
                assertThat(placeholders(chinese.get(key))).as("placeholders of %s", key)
                        .isEqualTo(placeholders(english.get(key)));
            }
        }
    }

    @Test
    void everyValueIsAValidMessageFormatWithoutLoneApostrophes() {
        BUNDLES.forEach((language, entries) -> entries.forEach((key, value) -> {
            new MessageFormat(value); // throws IllegalArgumentException on a broken pattern
            assertThat(value.replace("''", "")).as("%s in %s: write an apostrophe as '' or ’", key, language)
                    .doesNotContain("'");
        }));
    }

    @Test
    void chineseBundleIsActuallyChinese() {
        // a copy-pasted English value slips past the key checks; Chinese text must contain CJK
        Map<String, String> chinese = BUNDLES.get(Language.CHINESE);
        Set<String> untranslated = chinese.entrySet().stream()
                .filter(e -> e.getValue().codePoints().noneMatch(cp ->
                        Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(untranslated).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return Collections.unmodifiableSet(result);
    }

    private static Set<String> placeholders(String value) {
        return PLACEHOLDER.matcher(value).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
