package io.redesk.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.env.AppVersion;
import io.redesk.app.i18n.Language;
import io.redesk.app.session.SessionHolder;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.signin.SignInViewModel;
import io.redesk.exchange.ExchangeServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exchange announces the newest client in /health; an older app says so on the sign-in screen (issue 14). */
class UpdateNoticeTest {

    @TempDir
    Path dir;

    private ExchangeServer exchange(String announced) {
        ExchangeServer.Builder b = ExchangeServer.builder().host("127.0.0.1").port(0).dataDir(dir.resolve("x" + System.nanoTime())).plainHttp(true);
        if (announced != null) {
            b.announceClient(announced, "https://downloads.example.com/redesk/");
        }
        return b.start();
    }

    private SignInService service(ExchangeServer x) {
        return new SignInService(dir.resolve("home"), ExchangeSettings.configured(x.baseUri().toString(), null), TestExchange.fastVaults());
    }

    @Test
    void aNewerClientAnnouncedByTheExchangeIsShownWithItsLinkInTheUsersLanguage() {
        try (ExchangeServer x = exchange("99.0.0"); SignInService service = service(x)) {
            assertThat(service.newerClient()).hasValueSatisfying(r -> {
                assertThat(r.latestVersion()).isEqualTo("99.0.0");
                assertThat(r.downloadUrl()).isEqualTo("https://downloads.example.com/redesk/");
            });
            I18n i18n = new I18n(Language.ENGLISH);
            SignInViewModel model = new SignInViewModel(service, new SessionHolder(), new CurrentThreadTaskExecutor(), i18n);
            assertThat(model.updateNoticeProperty().get()).isEqualTo("ReDesk 99.0.0 is available: https://downloads.example.com/redesk/ (this is "
                    + AppVersion.current() + "; ReDesk never updates itself).");
            i18n.setLanguage(Language.CHINESE);
            assertThat(model.updateNoticeProperty().get()).startsWith("ReDesk 99.0.0 已发布");
        }
    }

    @Test
    void theSameOrAnOlderVersionOrNoAnnouncementSaysNothing() {
        for (String announced : new String[] {AppVersion.current(), "0.0.1", null}) {
            try (ExchangeServer x = exchange(announced); SignInService service = service(x)) {
                assertThat(service.newerClient()).as(String.valueOf(announced)).isEmpty();
                SignInViewModel model = new SignInViewModel(service, new SessionHolder(), new CurrentThreadTaskExecutor(), new I18n(Language.ENGLISH));
                assertThat(model.updateNoticeProperty().get()).isEmpty();
            }
        }
    }

    @Test
    void theBuiltInDemoIsNotAsked() {
        try (SignInService service = new SignInService(dir.resolve("demo"), ExchangeSettings.builtInDemo(), TestExchange.fastVaults())) {
            assertThat(service.newerClient()).isEmpty();
            assertThat(service.demoRunning()).as("asking started no demo").isFalse();
        }
    }
}
