package io.redesk.app.ui.settings;

import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.AppPreferences;
import io.redesk.app.prefs.PreferencesStore;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Settings: language and theme, applied at once and saved to the preferences file, plus a preview of
 * the current number, money and date formats and where ReDesk keeps its files.
 *
 * <p>Saving runs on the task executor. Each save writes the newest preferences (read when the save
 * runs, under the store's lock), so quick successive clicks can never leave an older choice on disk.
 * A failed save keeps the choice for this session and says so, naming the file and the reason.
 */
public final class SettingsViewModel {

    private static final BigDecimal SAMPLE_NUMBER = new BigDecimal("1234567.8900");
    private static final Money SAMPLE_AMOUNT = Money.cny("1250000.00");
    private static final Share SAMPLE_SHARE = Share.of("18.75");

    private final I18n i18n;
    private final ObjectProperty<ThemeChoice> theme;
    private final PreferencesStore store;
    private final TaskExecutor executor;
    private final AtomicReference<AppPreferences> latest;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * A settings page changing {@code i18n}'s language and {@code theme}, saving to {@code store}.
     *
     * @param loadProblems problems met loading the preferences at start-up, shown until the next save
     */
    public SettingsViewModel(I18n i18n, ObjectProperty<ThemeChoice> theme, PreferencesStore store,
                             TaskExecutor executor, List<String> loadProblems) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.latest = new AtomicReference<>(new AppPreferences(i18n.getLanguage(), theme.get()));
        if (!loadProblems.isEmpty()) {
            problem.set(i18n.text("settings.loadProblem", String.join("; ", loadProblems)));
        }
    }

    /** The current language. */
    public Language getLanguage() {
        return i18n.getLanguage();
    }

    /** The current theme. */
    public ThemeChoice getTheme() {
        return theme.get();
    }

    /** The current language, for views to mirror. */
    public ObjectProperty<Language> languageProperty() {
        return i18n.languageProperty();
    }

    /** The current theme, for views to mirror. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** Switches every text to {@code language} now and saves the choice. */
    public void selectLanguage(Language language) {
        Objects.requireNonNull(language, "language");
        i18n.setLanguage(language);
        latest.updateAndGet(p -> p.withLanguage(language));
        save();
    }

    /** Switches to {@code choice} now and saves it. */
    public void selectTheme(ThemeChoice choice) {
        Objects.requireNonNull(choice, "choice");
        theme.set(choice);
        latest.updateAndGet(p -> p.withTheme(choice));
        save();
    }

    /** The last problem saving or loading preferences, localised; empty when there is none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Sample number in the current format. */
    public StringBinding sampleNumber() {
        return Bindings.createStringBinding(() -> i18n.formats().number(SAMPLE_NUMBER), i18n.formatsBinding());
    }

    /** Sample CNY amount in the current format. */
    public StringBinding sampleMoney() {
        return Bindings.createStringBinding(() -> i18n.formats().money(SAMPLE_AMOUNT),
                i18n.formatsBinding());
    }

    /** Sample share in the current format. */
    public StringBinding sampleShare() {
        return Bindings.createStringBinding(() -> i18n.formats().share(SAMPLE_SHARE), i18n.formatsBinding());
    }

    /** The current moment in the current date-time format. */
    public StringBinding sampleDateTime(Instant at) {
        return Bindings.createStringBinding(() -> i18n.formats().dateTime(at), i18n.formatsBinding());
    }

    private void save() {
        executor.execute(BackgroundTask.<Void>of("save-preferences", ctx -> {
            synchronized (store) {
                store.save(latest.get());
            }
            return null;
        }).onSuccess(ignored -> problem.set(""))
          .onFailure(error -> problem.set(i18n.text("settings.saveFailed", store.file(), describe(error)))));
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
