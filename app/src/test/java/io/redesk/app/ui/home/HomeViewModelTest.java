package io.redesk.app.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.sync.SyncStatus;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.ShellModel;
import java.time.ZoneId;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

    private final I18n i18n = new I18n(Language.ENGLISH,
            language -> new LocaleFormats(language.formatLocale(null), ZoneId.of("Asia/Shanghai")));
    private final ShellModel shell = new ShellModel();
    private final SimpleObjectProperty<SyncStatus> status = new SimpleObjectProperty<>(SyncStatus.notConfigured());
    private final HomeViewModel home = new HomeViewModel(shell, i18n, status);

    @Test
    void isEmptyUntilAFeatureAddsWork() {
        assertThat(home.emptyProperty().get()).isTrue();

        home.items().add(new TodayItem("UMR B0999ABC123 — quote due", "Quote request from Broker A expires today"));

        assertThat(home.emptyProperty().get()).isFalse();
    }

    @Test
    void pointsToSettingsOnlyWhileNoExchangeIsConfigured() {
        assertThat(home.exchangeMissingProperty().get()).isTrue();

        status.set(SyncStatus.notConfigured().connecting("Demo exchange"));

        assertThat(home.exchangeMissingProperty().get()).isFalse();
    }

    @Test
    void openSettingsNavigates() {
        home.openSettings();

        assertThat(shell.getCurrentPage()).isEqualTo(Page.SETTINGS);
    }

    @Test
    void todayIsWrittenInTheCurrentLanguage() {
        String english = home.todayText().get();
        i18n.setLanguage(Language.CHINESE);

        assertThat(home.todayText().get()).isNotEqualTo(english).contains("年").contains("星期");
    }
}
