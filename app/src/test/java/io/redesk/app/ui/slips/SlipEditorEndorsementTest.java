package io.redesk.app.ui.slips;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.DeskFixture;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.desk.WireSlips;
import io.redesk.app.i18n.Language;
import io.redesk.app.sync.engine.SyncConfig;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.RetryBudget;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRecord;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor endorsing a bound contract while the exchange is unreachable: the domain's rules and the
 * field-by-field preview, then the endorsement in the real sync engine's outbox and in the versions
 * list at once. The exchange side is {@code EndorsementSyncTest}'s.
 */
class SlipEditorEndorsementTest {

    private static final String ID = "11111111-2222-3333-4444-555555555555";

    @TempDir
    Path dir;
    Vault vault;
    ExchangeClient offline;
    SyncEngine engine;
    I18n i18n = new I18n(Language.ENGLISH);
    SlipEditorViewModel editor;

    @BeforeEach
    void open() throws IOException {
        vault = Vaults.create(new VaultLocation(dir, "t"), "pw pw pw pw".toCharArray(), CryptoSuite.INTERNATIONAL,
                VaultOptions.defaults().withKdf(new KdfParams(256, 1, 1)));
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        offline = ExchangeClient.create(ExchangeClientOptions.builder().baseUrl("http://127.0.0.1:" + deadPort)
                .retryBudget(RetryBudget.NONE).build());
        engine = new SyncEngine(vault, offline, SyncConfig.defaults());
        // a bound contract as sync leaves it in the vault: the exchange's (wire) slip as version 1
        SlipForm bound = DeskFixture.completeSlip("B0999ENDO0001");
        new PlacementRepository(vault).save(new PlacementRecord(ID, "B0999ENDO0001", "Yangshan port stock",
                PlacementStatus.BOUND, null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 1, "FAC_PROPORTIONAL"));
        new SlipVersionRepository(vault).save(new SlipVersionRecord(ID + "#1", ID, 1, null, null,
                engine.store().wire().valueToTree(WireSlips.toWire(bound.parse().slip()))));
        editor = new SlipEditorViewModel(i18n, new CurrentThreadTaskExecutor(), new io.redesk.app.desk.SlipEditing(new DraftRepository(vault), new SlipVersionRepository(vault), new PlacementRepository(vault),
                java.util.Optional.empty(), java.util.Optional.<io.redesk.app.desk.Endorsing.Outbox>of((id, r) -> engine.changes().endorse(id, r))));
        editor.open(ID);
    }

    @AfterEach
    void close() {
        engine.close();
        offline.close();
        vault.close();
    }

    @Test
    void aBoundContractOpensWithItsTermsAndCanBeEndorsed() {
        assertThat(editor.statusProperty().get()).isEqualTo(PlacementStatus.BOUND);
        assertThat(editor.endorsement().endorsableProperty().get()).isTrue();
        assertThat(editor.field(SlipField.UMR).get()).isEqualTo("B0999ENDO0001");
        assertThat(editor.field(SlipField.PREMIUM).get()).isEqualTo("1200000.00");
        assertThat(editor.field(SlipField.INSURED).get()).isEqualTo("Yangshan Port Logistics");
    }

    @Test
    void previewListsExactlyTheChangedFieldsAgainstTheCurrentVersion() {
        editor.field(SlipField.PREMIUM).set("1350000.00");
        editor.endorsement().effectiveProperty().set("2027-04-01");
        editor.endorsement().descriptionProperty().set("Additional warehouse; premium adjusted");
        assertThat(editor.endorsement().preview()).isTrue();
        assertThat(editor.endorsement().diff()).singleElement().satisfies(row -> {
            assertThat(row.field()).isEqualTo("Premium");
            assertThat(row.before()).contains("1200000.00");
            assertThat(row.after()).contains("1350000.00");
        });
        assertThat(engine.store().outbox().unfinished()).as("a preview sends nothing").isEmpty();
    }

    @Test
    void endorsingOfflineQueuesItAndShowsTheNewVersionWithItsDateAndDescription() {
        editor.field(SlipField.PREMIUM).set("1350000.00");
        editor.endorsement().effectiveProperty().set("2027-04-01");
        editor.endorsement().descriptionProperty().set("Additional warehouse; premium adjusted");
        editor.endorsement().endorse();

        assertThat(editor.endorsement().outcomeProperty().get()).startsWith("Endorsed as version 2");
        assertThat(editor.versions().versionRows()).extracting(io.redesk.app.desk.SlipEditing.VersionRow::number).containsExactly(1, 2);
        assertThat(editor.versions().versionRows().get(1).effectiveDate()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(editor.versions().versionRows().get(1).note()).isEqualTo("Additional warehouse; premium adjusted");
        assertThat(engine.store().outbox().unfinished()).singleElement().satisfies(e -> {
            assertThat(e.op()).isEqualTo("ENDORSE");
            assertThat(e.aggregateId()).isEqualTo(ID);
            assertThat(e.status()).isEqualTo(OutboxEntry.Status.PENDING);
        });
        editor.versions().compare(1, 2);
        assertThat(editor.versions().diff()).extracting(SlipVersionsViewModel.DiffRow::field).containsExactly("Premium");
    }

    @Test
    void theDomainsRulesRefuseAnEndorsementAndNothingIsQueued() {
        editor.endorsement().effectiveProperty().set("2027-04-01");
        editor.endorsement().descriptionProperty().set("Nothing really");
        editor.endorsement().endorse();
        assertThat(editor.endorsement().outcomeProperty().get()).startsWith("Not endorsed: ").contains("changes nothing");

        editor.field(SlipField.PREMIUM).set("1350000.00");
        editor.endorsement().effectiveProperty().set("2026-12-01");
        editor.endorsement().endorse();
        assertThat(editor.endorsement().outcomeProperty().get()).startsWith("Not endorsed: ").contains("cannot precede");

        editor.endorsement().effectiveProperty().set("1 April");
        editor.endorsement().endorse();
        assertThat(editor.endorsement().outcomeProperty().get()).isEqualTo("\"1 April\" is not a date: write it as yyyy-mm-dd.");

        editor.endorsement().effectiveProperty().set("2027-04-01");
        editor.endorsement().descriptionProperty().set("  ");
        editor.endorsement().endorse();
        assertThat(editor.endorsement().outcomeProperty().get()).isEqualTo("Say what the endorsement changes (a short description is required).");

        editor.endorsement().descriptionProperty().set("Premium adjusted");
        editor.field(SlipField.PREMIUM).set("13o0000");
        editor.endorsement().endorse();
        assertThat(editor.endorsement().outcomeProperty().get()).isEqualTo("The endorsed slip has 1 problem(s): fix the fields marked in red.");
        assertThat(editor.error(SlipField.PREMIUM).get()).startsWith("Not an amount");

        assertThat(engine.store().outbox().unfinished()).isEmpty();
        assertThat(editor.versions().versionRows()).hasSize(1);
    }

    @Test
    void savingAVersionOfABoundContractIsRefusedInFavourOfAnEndorsement() {
        editor.field(SlipField.PREMIUM).set("1350000.00");
        editor.saveVersion("");
        assertThat(editor.problemProperty().get()).contains("Endorse");
        assertThat(editor.versions().versionRows()).hasSize(1);
    }
}
