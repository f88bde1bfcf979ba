package io.redesk.app.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.finance.AccountAction;
import io.redesk.app.export.ExportTable;
import io.redesk.app.i18n.Language;
import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountStatus;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Accounts page's view-model against a small fake of the finance book (no exchange, no toolkit). */
class AccountsViewModelTest {

    @TempDir
    Path exports;

    static final UUID DESIGN = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-0000000000d2");

    private FakeFinance book;
    private I18n english;
    private AccountsViewModel model;

    static I18n i18n(Language language) {
        return new I18n(language, l -> new LocaleFormats(l == Language.ENGLISH ? Locale.US : Locale.SIMPLIFIED_CHINESE,
                ZoneOffset.UTC));
    }

    @BeforeEach
    void setUp() {
        book = new FakeFinance(FakeFinance.CHINA_RE);
        book.designAccount(DESIGN, "B0999HT2027001", AccountStatus.ISSUED, List.of(AccountAction.AGREE, AccountAction.QUERY));
        book.plainAccount(OTHER, "B0999HT2027002", "2027Q2", Money.of("12.50", "USD"));
        english = i18n(Language.ENGLISH);
        model = new AccountsViewModel(book.desk(exports), new CurrentThreadTaskExecutor(), english);
        model.reload();
    }

    @Test
    void listsTheBookAndFiltersAsTheUserTypesWithAClearEmptyState() {
        assertThat(model.rows()).extracting(r -> r.contractReference()).containsExactly("B0999HT2027001", "B0999HT2027002");
        assertThat(model.totalProperty().get()).isEqualTo(2);
        assertThat(model.currencies()).containsExactly("CNY", "USD");

        model.searchProperty().set("2027002");
        assertThat(model.rows()).extracting(r -> r.contractReference()).containsExactly("B0999HT2027002");
        assertThat(book.queries.get(book.queries.size() - 1).text()).isEqualTo("2027002");

        model.searchProperty().set("nothing like it");
        assertThat(model.rows()).isEmpty();
        assertThat(model.emptyTextProperty().get()).startsWith("No account matches the search and filters");

        model.clearFilters();
        model.flaggedOnlyProperty().set(true);
        assertThat(model.rows()).extracting(r -> r.contractReference()).containsExactly("B0999HT2027001");
    }

    @Test
    void anOpenAccountExplainsTheDifferenceBetweenTheStatedTotalAndTheItems() {
        model.open(DESIGN);

        assertThat(model.detail().detailProperty().get().row().balance()).isEqualTo(Money.cny("225000.00"));
        assertThat(model.detail().differenceExplained())
                .contains("The stated total CN¥230,000.00 differs from the balance recomputed from the items CN¥225,000.00 by CN¥5,000.00")
                .contains("Memo items of CN¥80,000.00");
    }

    @Test
    void aQueryNeedsAReasonAndNothingIsSentWithoutOne() {
        model.open(DESIGN);
        model.detail().queryReasonProperty().set("   ");
        model.detail().query();

        assertThat(model.detail().queryErrorProperty().get()).startsWith("Say why you query the account");
        assertThat(book.calls).isEmpty();

        model.detail().queryReasonProperty().set("Brokerage should be 2.5% of the net premium");
        model.detail().query();
        assertThat(book.calls).containsExactly("query " + DESIGN + " Brokerage should be 2.5% of the net premium");
        assertThat(model.detail().messageProperty().get()).contains("B0999HT2027001", "saved, and sent when the exchange is reachable");
        assertThat(model.rows().get(0).status()).isEqualTo(AccountStatus.QUERIED);
        assertThat(model.detail().queryReasonProperty().get()).isEmpty();
    }

    @Test
    void agreeingSendsOnceAndTheListShowsTheChangeQueued() {
        model.open(DESIGN);
        assertThat(model.detail().allows(AccountAction.AGREE)).isTrue();
        model.detail().agree();

        assertThat(book.calls).containsExactly("agree " + DESIGN);
        assertThat(FinanceText.status(english, model.rows().get(0))).isEqualTo("Agreed · queued");
        // the book no longer offers it: the button goes
        assertThat(model.detail().allows(AccountAction.AGREE)).isFalse();
    }

    @Test
    void theExportHoldsExactlyTheRowsAndLabelsOnScreenInTheUsersLanguage() {
        model.searchProperty().set("2027001");
        ExportTable table = model.exportTable();
        List<List<Object>> rows = new ArrayList<>();
        table.rows().forEach(rows::add);

        assertThat(table.columns()).extracting(ExportTable.Column::header).startsWith("Contract", "Period", "Status",
                "Balance", "Your part", "Counterparty");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("B0999HT2027001", "2027Q1", "Issued", Money.cny("225000.00"),
                Money.cny("225000.00"), "Dongfang Insurance, China Re", Money.cny("230000.00"), Money.cny("5000.00"),
                java.time.LocalDate.of(2027, 6, 29), "Overdue", "CNY", "Section A");

        english.setLanguage(Language.CHINESE);
        List<Object> zh = model.exportTable().rows().iterator().next();
        assertThat(model.exportTable().columns().get(0).header()).isEqualTo("合同");
        assertThat(zh).contains("东方保险, 中国再保险", "已出具", "已逾期");
    }
}
