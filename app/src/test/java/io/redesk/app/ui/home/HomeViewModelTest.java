package io.redesk.app.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.sync.SyncStatus;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.ShellModel;
import io.redesk.app.desk.Agenda;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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

    private static Agenda.Item item(Agenda.Step step, String umr) {
        return new Agenda.Item(step, "id-" + umr, umr, "Lingang warehouse fire 2027", Instant.parse("2026-11-27T01:00:00Z"));
    }

    @Test
    void aQueuedSubmissionIsNotSubmittedUntilTheExchangeHasIt() {
        Agenda.Item queued = new Agenda.Item(Agenda.Step.SEND_INQUIRY, "id-1", "B0999HT2027101", "Queued offline",
                Instant.parse("2026-11-27T01:00:00Z"), io.redesk.app.desk.SlipCatalog.Pending.MOVE);
        Agenda.Item edited = new Agenda.Item(Agenda.Step.FINISH_SLIP, "id-2", "B0999HT2027102", "Typed offline",
                Instant.parse("2026-11-27T02:00:00Z"), io.redesk.app.desk.SlipCatalog.Pending.CHANGES);
        HomeViewModel fed = new HomeViewModel(shell, i18n, status, new CurrentThreadTaskExecutor(),
                ctx -> List.of(queued, edited));

        assertThat(fed.items().get(0).detail()).startsWith("Submission queued").doesNotContain("Submitted");
        assertThat(fed.items().get(1).detail()).endsWith("· changes queued for the exchange");
        i18n.setLanguage(io.redesk.app.i18n.Language.CHINESE);
        assertThat(fed.items().get(0).detail()).startsWith("提交已排队");
    }

    @Test
    void listsTheAgendaInTheUsersLanguageAndOpensThePageWhereEachStepIsDone() {
        AtomicReference<List<Agenda.Item>> agenda = new AtomicReference<>(List.of(
                item(Agenda.Step.SEND_INQUIRY, "B0999HT2027100"), item(Agenda.Step.REGISTER, "B0999HT2027008")));
        HomeViewModel fed = new HomeViewModel(shell, i18n, status, new CurrentThreadTaskExecutor(), ctx -> agenda.get());

        assertThat(fed.emptyProperty().get()).isFalse();
        assertThat(fed.items()).extracting(TodayItem::title)
                .containsExactly("B0999HT2027100 \u2014 Lingang warehouse fire 2027", "B0999HT2027008 \u2014 Lingang warehouse fire 2027");
        assertThat(fed.items().get(0).detail()).contains("invite reinsurers");

        fed.items().get(0).open().run();
        assertThat(shell.getCurrentPage()).isEqualTo(Page.INQUIRIES);
        assertThat(shell.openingProperty().get()).isEqualTo(new ShellModel.Opening(Page.INQUIRIES, "id-B0999HT2027100", "B0999HT2027100"));
        fed.items().get(1).open().run();
        assertThat(shell.getCurrentPage()).isEqualTo(Page.REGISTRATION);

        i18n.setLanguage(io.redesk.app.i18n.Language.CHINESE);
        assertThat(fed.items().get(0).detail()).contains("邀请再保险人报价");

        agenda.set(List.of());
        fed.reload();
        assertThat(fed.emptyProperty().get()).isTrue();
    }

    @Test
    void aFailedReadSaysWhyAndKeepsWhatWasListed() {
        AtomicReference<Boolean> fail = new AtomicReference<>(false);
        HomeViewModel fed = new HomeViewModel(shell, i18n, status, new CurrentThreadTaskExecutor(), ctx -> {
            if (fail.get()) {
                throw new IllegalStateException("vault locked");
            }
            return List.of(item(Agenda.Step.FINISH_SLIP, null));
        });
        assertThat(fed.items()).extracting(TodayItem::title).containsExactly("(no UMR yet) \u2014 Lingang warehouse fire 2027");

        fail.set(true);
        fed.reload();

        assertThat(fed.problemProperty().get()).isEqualTo("Could not read today's work: vault locked");
        assertThat(fed.items()).hasSize(1);
    }
}
