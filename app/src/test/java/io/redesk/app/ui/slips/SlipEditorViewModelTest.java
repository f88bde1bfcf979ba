package io.redesk.app.ui.slips;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.DeskFixture;
import io.redesk.app.desk.SlipCatalog;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.i18n.Language;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slip editor and the slips list over a real vault, without a toolkit. */
class SlipEditorViewModelTest {

    @TempDir
    Path dir;
    Vault vault;
    I18n i18n;
    SlipEditorViewModel editor;
    CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @BeforeEach
    void open() {
        vault = Vaults.create(new VaultLocation(dir, "t"), "pw pw pw pw".toCharArray(), CryptoSuite.INTERNATIONAL,
                VaultOptions.defaults().withKdf(new KdfParams(256, 1, 1)));
        i18n = new I18n(Language.ENGLISH);
        editor = new SlipEditorViewModel(i18n, executor, new io.redesk.app.desk.SlipEditing(new DraftRepository(vault), new SlipVersionRepository(vault), new PlacementRepository(vault),
                java.util.Optional.empty(), java.util.Optional.empty()));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void showsTheDomainsErrorOnItsFieldInTheUsersLanguage() {
        editor.newFromTemplate("fac-property-qs", LocalDate.of(2027, 1, 1));
        editor.field(SlipField.UMR).set("b0999 lower");
        assertThat(editor.error(SlipField.UMR).get()).isEqualTo("5 to 30 capital letters or digits, no spaces");
        i18n.setLanguage(Language.CHINESE);
        assertThat(editor.error(SlipField.UMR).get()).isEqualTo("须为 5 至 30 位大写字母或数字，不含空格");
        editor.field(SlipField.EXPIRY).set("2026-06-30");
        assertThat(editor.error(SlipField.EXPIRY).get()).isEqualTo("保险期间止日早于起日");
        editor.field(SlipField.PREMIUM).set("12o0");
        assertThat(editor.error(SlipField.PREMIUM).get()).startsWith("不是有效金额");
    }

    @Test
    void requiredFieldsAreFlaggedOnlyWhenCheckingForSubmission() {
        editor.newFromTemplate("fac-property-qs", LocalDate.of(2027, 1, 1));
        assertThat(editor.error(SlipField.PREMIUM).get()).isEmpty();
        assertThat(editor.checkForSubmission()).isFalse();
        assertThat(editor.error(SlipField.PREMIUM).get()).isEqualTo("Required");
        editor.show(DeskFixture.completeSlip("B0999EDIT0001"));
        assertThat(editor.checkForSubmission()).isTrue();
        assertThat(editor.summaryProperty().get()).isEqualTo("Complete: ready to submit");
    }

    @Test
    void aReinsuredTheExchangeDoesNotKnowIsNamedOnItsFieldAndStopsSubmission() {
        editor.show(DeskFixture.completeSlip("B0999EDIT0002"));
        editor.field(SlipField.REINSURED).set("Acme Insurance");
        // before the cedents are known (offline, still loading) the field takes what is typed
        assertThat(editor.checkForSubmission()).isTrue();

        editor.knownCedents(java.util.List.of("Dongfang Property & Casualty", "Lion City General"));

        assertThat(editor.error(SlipField.REINSURED).get())
                .isEqualTo("“Acme Insurance” is not a cedent known to the exchange: choose the reinsured with “Choose”.");
        assertThat(editor.summaryProperty().get()).isEqualTo("1 field needs attention");
        assertThat(editor.checkForSubmission()).isFalse();
        i18n.setLanguage(Language.CHINESE);
        assertThat(editor.error(SlipField.REINSURED).get()).startsWith("“Acme Insurance”不是交易中心登记的分出公司");
        i18n.setLanguage(Language.ENGLISH);

        editor.field(SlipField.REINSURED).set("dongfang property & casualty");
        assertThat(editor.error(SlipField.REINSURED).get()).isEmpty();
        assertThat(editor.checkForSubmission()).isTrue();
        assertThat(editor.summaryProperty().get()).isEqualTo("Complete: ready to submit");
    }

    @Test
    void autosavesTheTypedFormIntoTheVaultAndReopensIt() {
        editor.newFromTemplate("cat-xl-treaty", LocalDate.of(2027, 1, 1));
        editor.titleProperty().set("Typhoon cat XL");
        editor.field(SlipField.LIMIT).set("50,000,000 oops");
        editor.autosave();
        String id = editor.placementId();

        SlipEditorViewModel again = new SlipEditorViewModel(i18n, executor, new io.redesk.app.desk.SlipEditing(new DraftRepository(vault), new SlipVersionRepository(vault), new PlacementRepository(vault),
                java.util.Optional.empty(), java.util.Optional.empty()));
        again.open(id);
        assertThat(again.field(SlipField.LIMIT).get()).isEqualTo("50,000,000 oops");
        assertThat(again.titleProperty().get()).isEqualTo("Typhoon cat XL");
        assertThat(new PlacementRepository(vault).find(id)).get()
                .satisfies(p -> assertThat(p.value().status()).isEqualTo(PlacementStatus.DRAFT));
    }

    @Test
    void aNewSlipStartsUntitledAndItsFirstAutosaveAsksTheListToShowIt() {
        editor.newFromTemplate("cat-xl-treaty", LocalDate.of(2027, 1, 1));
        editor.titleProperty().set("Typhoon cat XL");
        editor.autosave();
        long afterFirst = editor.listChangesProperty().get();
        assertThat(afterFirst).isEqualTo(1);

        // a change the list does not show (the limit) does not reload it; a new title does
        editor.field(SlipField.LIMIT).set("60,000,000");
        editor.autosave();
        assertThat(editor.listChangesProperty().get()).isEqualTo(afterFirst);
        editor.titleProperty().set("Typhoon cat XL 2027");
        editor.field(SlipField.LIMIT).set("61,000,000");
        editor.autosave();
        assertThat(editor.listChangesProperty().get()).isEqualTo(afterFirst + 1);

        editor.newFromTemplate("fac-property-qs", LocalDate.of(2027, 1, 1));
        assertThat(editor.titleProperty().get()).isEmpty();
    }

    @Test
    void comparesTwoVersionsFieldByField() {
        editor.show(DeskFixture.completeSlip("B0999EDIT0002"));
        editor.titleProperty().set("Versions");
        editor.saveVersion("first");
        editor.field(SlipField.PREMIUM).set("1300000.00");
        editor.saveVersion("premium up");
        assertThat(editor.versions().versionNumbers()).containsExactly(1, 2);
        editor.versions().compare(1, 2);
        assertThat(editor.versions().diff()).singleElement().satisfies(row -> {
            assertThat(row.field()).isEqualTo("Premium");
            assertThat(row.before()).contains("1200000.00");
            assertThat(row.after()).contains("1300000.00");
        });
    }

    @Test
    void renewsLastYearsSlipWithNextYearsPeriodAndReference() {
        editor.show(DeskFixture.completeSlip("B0999HT2026001"));
        editor.renew();
        SlipForm next = editor.form();
        assertThat(next.get(SlipField.UMR)).isEqualTo("B0999HT2027001");
        assertThat(next.get(SlipField.INCEPTION)).isEqualTo("2028-01-01");
        assertThat(next.get(SlipField.PREMIUM)).isEqualTo("1200000.00");
    }

    @Test
    void listSearchesThroughTheBlindIndexAndFiltersByStatus() {
        editor.show(DeskFixture.completeSlip("B0999LIST0001"));
        editor.titleProperty().set("Yangshan port stock");
        editor.autosave();
        SlipEditorViewModel other = new SlipEditorViewModel(i18n, executor, new io.redesk.app.desk.SlipEditing(new DraftRepository(vault), new SlipVersionRepository(vault), new PlacementRepository(vault),
                java.util.Optional.empty(), java.util.Optional.empty()));
        other.show(DeskFixture.completeSlip("B0999LIST0002"));
        other.titleProperty().set("浦东机场货运站");
        other.autosave();

        SlipsListViewModel list = new SlipsListViewModel(new SlipCatalog(vault), executor);
        list.load();
        assertThat(list.rows()).hasSize(2);
        list.queryProperty().set("yang");
        assertThat(list.rows()).extracting(SlipCatalog.Row::title).containsExactly("Yangshan port stock");
        list.queryProperty().set("货运");
        assertThat(list.rows()).extracting(SlipCatalog.Row::title).containsExactly("浦东机场货运站");
        list.queryProperty().set("ya");
        assertThat(list.rows()).as("two letters must be a whole word, as in the vault's index").isEmpty();
        list.queryProperty().set(" / ");
        assertThat(list.rows()).as("nothing searchable typed: every row").hasSize(2);
        list.queryProperty().set("");
        list.statusProperty().set(PlacementStatus.BOUND);
        assertThat(list.rows()).isEmpty();
        assertThat(list.totalProperty().get()).isEqualTo(2);
    }
}
