package io.redesk.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.doc.Json;
import io.redesk.store.doc.Stored;
import io.redesk.store.draft.DraftRecord;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.recon.ReconSessionRecord;
import io.redesk.store.recon.ReconSessionRepository;
import io.redesk.store.registration.RegistrationRecord;
import io.redesk.store.registration.RegistrationRepository;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsAndOthersTest {

    @TempDir
    Path appData;

    @Test
    void everyRemainingRepositoryStoresAndFindsItsRecords() {
        try (Vault v = TestVaults.create(appData, CryptoSuite.GM)) {
            new PlacementRepository(v).insert(Samples.placement("p-1", "Pacific", "B1"));

            com.fasterxml.jackson.databind.node.ObjectNode doc = Json.mapper().createObjectNode()
                    .put("id", "ta-1").put("contractReference", "B1").put("period", "2027Q1");
            TechnicalAccountRepository tas = new TechnicalAccountRepository(v);
            // no foreign key: an account may arrive before its placement
            tas.insert(new TechnicalAccountRecord("ta-1", "p-1", "ISSUED", doc));
            tas.insert(new TechnicalAccountRecord("ta-2", "p-not-here", "DRAFT", doc));
            assertThat(tas.forPlacement("p-1")).extracting(s -> s.value().account()).containsExactly(doc);
            assertThat(tas.withStatus("DRAFT")).extracting(Stored::id).containsExactly("ta-2");

            ClaimRepository claims = new ClaimRepository(v);
            claims.insert(new ClaimRecord("cl-1", "p-1", Json.mapper().createObjectNode().put("ucr", "UCR-1")));
            assertThat(claims.forPlacement("p-1")).extracting(Stored::id).containsExactly("cl-1");

            StatementRepository statements = new StatementRepository(v);
            String key = StatementRecord.idOf("org-r", "CNY", "2027Q1");
            statements.replaceAll(List.of(new StatementRecord(key, "org-r", doc, Instant.parse("2027-04-01T00:00:00Z")),
                    new StatementRecord(StatementRecord.idOf("org-s", "USD", "2027Q1"), "org-s", doc, Instant.EPOCH)));
            statements.replaceAll(List.of(new StatementRecord(key, "org-r", doc, Instant.parse("2027-04-02T00:00:00Z"))));
            assertThat(statements.all()).extracting(Stored::id).containsExactly(key);
            assertThat(statements.withCounterparty("org-r").get(0).value().fetchedAt())
                    .isEqualTo(Instant.parse("2027-04-02T00:00:00Z"));

            SettlementRepository settlements = new SettlementRepository(v);
            SettlementRecord s = new SettlementRecord("se-1", "INSTRUCTED", doc);
            settlements.insert(s);
            assertThat(settlements.find("se-1").orElseThrow().value()).isEqualTo(s);
            assertThat(settlements.withStatus("INSTRUCTED")).hasSize(1);

            InvoiceRepository invoices = new InvoiceRepository(v);
            invoices.insert(new InvoiceRecord("inv-1", "ta-1", "ISSUED", doc));
            assertThat(invoices.withStatus("ISSUED")).extracting(Stored::id).containsExactly("inv-1");
            assertThat(invoices.forAccount("ta-1")).extracting(Stored::id).containsExactly("inv-1");

            RegistrationRepository regs = new RegistrationRepository(v);
            regs.insert(new RegistrationRecord("reg-1", "p-1", RegistrationRecord.Kind.CONTRACT,
                    RegistrationRecord.Status.REGISTERED, Map.of("umr", "B1"), "SHRE-2027-000123",
                    Instant.parse("2027-01-02T03:04:05Z"), null));
            assertThat(regs.search("SHRE-2027-000123")).hasSize(1);
            assertThat(regs.withStatus(RegistrationRecord.Status.REGISTERED)).hasSize(1);

            ReconSessionRepository recon = new ReconSessionRepository(v);
            recon.insert(new ReconSessionRecord("rc-1", ReconSessionRecord.Status.OPEN, "Q1 with org-r", "org-r",
                    LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), Json.mapper().createObjectNode().put("matched", 12)));
            assertThat(recon.withStatus(ReconSessionRecord.Status.OPEN)).hasSize(1);

            DraftRepository drafts = new DraftRepository(v);
            drafts.insert(new DraftRecord("d-1", "slip-editor", "Offline slip for Pacific",
                    Json.mapper().createObjectNode().put("section", "risk")));
            assertThat(drafts.ofKind("slip-editor")).hasSize(1);
            assertThat(drafts.search("offline pacific")).hasSize(1);
        }
    }
}
