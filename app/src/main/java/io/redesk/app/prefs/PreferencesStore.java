package io.redesk.app.prefs;

import io.redesk.app.i18n.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link AppPreferences} as a small UTF-8 properties file in the app-data folder.
 *
 * <p>Loading never fails the start-up: a missing file gives the defaults, and a bad value gives the
 * default for that one setting plus a problem naming the key and the value, so the user can be told.
 * Saving writes a temporary file and moves it over the old one, and keeps keys this version does not
 * know (written by a newer ReDesk), so nothing already saved is lost.
 */
public final class PreferencesStore {

    static final String LANGUAGE_KEY = "language";
    static final String THEME_KEY = "theme";
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);

    private final Path file;

    /** A store for {@code file}; the file and its folder are created on the first save. */
    public PreferencesStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The preferences file. */
    public Path file() {
        return file;
    }

    /**
     * What {@link #load} found: the preferences to use and the problems met on the way.
     *
     * @param preferences the preferences, defaults filled in where the file had none or a bad value
     * @param problems    one readable sentence per ignored value or unreadable file, in English (logged)
     */
    public record Loaded(AppPreferences preferences, List<String> problems) {
        public Loaded {
            Objects.requireNonNull(preferences, "preferences");
            problems = List.copyOf(problems);
        }
    }

    /** Loads the preferences, using {@code defaults} for anything missing or unreadable. */
    public Loaded load(AppPreferences defaults) {
        Objects.requireNonNull(defaults, "defaults");
        List<String> problems = new ArrayList<>();
        Properties props;
        try {
            props = read();
        } catch (NoSuchFileException e) {
            return new Loaded(defaults, problems);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("cannot read preferences file " + file + " (" + e.getMessage() + "); using defaults");
            LOG.warn("{}", problems.get(0));
            return new Loaded(defaults, problems);
        }
        Language language = defaults.language();
        String languageText = props.getProperty(LANGUAGE_KEY);
        if (languageText != null) {
            language = Language.fromCode(languageText).orElseGet(() -> {
                problems.add("unknown language '" + languageText + "' in " + file + " (expected en or zh); using "
                        + defaults.language().code());
                return defaults.language();
            });
        }
        ThemeChoice theme = defaults.theme();
        String themeText = props.getProperty(THEME_KEY);
        if (themeText != null) {
            theme = ThemeChoice.fromCode(themeText).orElseGet(() -> {
                problems.add("unknown theme '" + themeText + "' in " + file + " (expected light or dark); using "
                        + defaults.theme().code());
                return defaults.theme();
            });
        }
        problems.forEach(p -> LOG.warn("{}", p));
        return new Loaded(new AppPreferences(language, theme), problems);
    }

    /**
     * Saves {@code preferences}, keeping any other keys already in the file.
     *
     * @throws IOException if the folder or file cannot be written; the old file is then unchanged
     */
    public void save(AppPreferences preferences) throws IOException {
        Objects.requireNonNull(preferences, "preferences");
        Properties props;
        try {
            props = read();
        } catch (NoSuchFileException e) {
            props = new Properties();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            // a corrupt file cannot be merged; keep it beside the new one for the user instead of dropping it
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.warn("preferences file {} was unreadable; kept a copy at {}", file, aside);
            props = new Properties();
        }
        props.setProperty(LANGUAGE_KEY, preferences.language().code());
        props.setProperty(THEME_KEY, preferences.theme().code());
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "preferences", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                props.store(out, "ReDesk preferences");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Properties read() throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        return props;
    }
}
