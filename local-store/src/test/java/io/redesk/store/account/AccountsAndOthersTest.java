package io.redesk.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.account.TaItem;
import io.redesk.domain.account.TaItemType;
import io.redesk.domain.account.TechnicalAccount;
import io.redesk.domain.money.Money;
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
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
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

            TechnicalAccount ta = new TechnicalAccount("B1", "2027Q1", Currency.getInstance("CNY"), List.of(
                    new TaItem(TaItemType.values()[0], Money.of("1000000.00", "CNY"), "premium")), null);
            TechnicalAccountRepository tas = new TechnicalAccountRepository(v);
            tas.insert(new TechnicalAccountRecord("ta-1", "p-1", TechnicalAccountRecord.Status.ISSUED, "org-r", ta));
            assertThat(tas.forPlacement("p-1")).extracting(s -> s.value().account()).containsExactly(ta);
            assertThat(tas.search("2027q1")).hasSize(1);

            StatementRepository statements = new StatementRepository(v);
            statements.insert(new StatementRecord("st-1", "org-r", StatementRecord.Status.SENT, "SOA-2027-001",
                    LocalDate.of(2027, 3, 31), List.of("ta-1"), Money.of("225000.00", "CNY")));
            assertThat(statements.withCounterparty("org-r")).hasSize(1);
            assertThat(statements.search("soa 2027 001")).hasSize(1);

            SettlementRepository settlements = new SettlementRepository(v);
            SettlementRecord s = new SettlementRecord("se-1", "org-r", SettlementRecord.Status.AGREED, "SET-77",
                    Money.of("45000.00", "CNY"), List.of("st-1"), true, new BigDecimal("7.1234"), "CFETS",
                    LocalDate.of(2027, 4, 2), LocalDate.of(2027, 4, 10));
            settlements.insert(s);
            assertThat(settlements.find("se-1").orElseThrow().value()).isEqualTo(s);

            InvoiceRepository invoices = new InvoiceRepository(v);
            invoices.insert(new InvoiceRecord("inv-1", InvoiceRecord.Status.ISSUED, "FP-0001", "org-b", "org-r",
                    Money.of("1000.00", "CNY"), Money.of("60.00", "CNY"), LocalDate.of(2027, 4, 1), null));
            assertThat(invoices.withStatus(InvoiceRecord.Status.ISSUED)).extracting(Stored::id).containsExactly("inv-1");

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
