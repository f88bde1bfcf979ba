package io.redesk.app.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.finance.SettlementView;
import io.redesk.app.desk.finance.StatementView;
import io.redesk.app.desk.finance.SyncMark;
import io.redesk.app.export.ExportTable;
import io.redesk.app.export.XlsxExport;
import io.redesk.app.i18n.Language;
import io.redesk.app.pdf.StatementSheet;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.account.AgeBucket;
import io.redesk.domain.account.Ageing;
import io.redesk.domain.money.FxRate;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.SettlementStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Statements page's view-model: netting, settlement form, exports, ageing and cash figures. */
class StatementsViewModelTest {

    @TempDir
    Path exports;

    static final UUID A1 = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final UUID A2 = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    static final UUID A3 = UUID.fromString("00000000-0000-0000-0000-0000000000e3");
    static final UUID S1 = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

    private FakeFinance book;
    private I18n i18n;
    private StatementsViewModel model;

    static StatementView pudongQ1() {
        List<StatementView.Line> lines = List.of(
                new StatementView.Line(A1, "B0999HT2027001", AccountKind.ORIGINAL, AccountStatus.AGREED, Money.cny("180000.00")),
                new StatementView.Line(A2, "B0999HT2027004", AccountKind.ORIGINAL, AccountStatus.AGREED, Money.cny("-25000.50")),
                new StatementView.Line(A3, "B0999HT2027005", AccountKind.ORIGINAL, AccountStatus.SETTLED, Money.cny("1000.00")));
        return new StatementView(FakeFinance.PUDONG_RE, "CNY", "2027Q1", lines, Money.cny("155999.50"),
                List.of(new StatementView.NettingLine(List.of(A1, A2), List.of(Money.cny("180000.00"), Money.cny("-25000.50")),
                        Money.cny("154999.50"))), Instant.parse("2027-04-02T00:00:00Z"));
    }

    @BeforeEach
    void setUp() {
        book = new FakeFinance(FakeFinance.HUATAI);
        book.statements.add(pudongQ1());
        book.settlements.add(new SettlementView(S1, FakeFinance.PUDONG_RE, FakeFinance.HUATAI, FakeFinance.PUDONG_RE, false,
                Money.cny("154999.50"), Money.cny("154999.50"), null, true, null, SettlementStatus.PARTLY_PAID,
                List.of(A1, A2), List.of(new SettlementView.Payment(Money.cny("100000.00"), "BOC-1", LocalDate.of(2027, 5, 3))),
                Money.cny("100000.00"), Money.cny("54999.50"), null, Instant.parse("2027-04-03T00:00:00Z"),
                LocalDate.of(2027, 6, 29), true, SyncMark.SYNCED));
        i18n = AccountsViewModelTest.i18n(Language.ENGLISH);
        model = new StatementsViewModel(book.desk(exports), new CurrentThreadTaskExecutor(), i18n);
        model.reload();
        model.selectedProperty().set(model.statements().get(0));
    }

    @Test
    void showsTheStatementsSettlementsAndTheNetInWordsFromTheUsersSide() {
        assertThat(model.settlements()).extracting(SettlementView::id).containsExactly(S1);
        assertThat(model.direction(model.statements().get(0))).isEqualTo("due to Huatai Re Brokers");
        assertThat(model.rmb(model.settlements().get(0))).isEqualTo("Cross-border RMB: accepted by the exchange");
    }

    @Test
    void agesTheOpenLinesFromTheirDueDateAndLeavesSettledOnesOut() {
        // 2027Q1 is due 2027-06-29 (quarter end + 90 days); on 2027-06-30 that is 1 day: 0–30
        assertThat(model.ageing()).hasSize(2);
        Ageing.Row receivable = model.ageing().get(0);
        assertThat(receivable.side()).isEqualTo(Ageing.Side.RECEIVABLE);
        assertThat(receivable.bucket(AgeBucket.DAYS_0_30)).isEqualTo(Money.cny("180000.00"));
        assertThat(model.ageing().get(1).bucket(AgeBucket.DAYS_0_30)).isEqualTo(Money.cny("25000.50"));
        assertThat(model.cash()).singleElement().satisfies(m -> {
            assertThat(m.in()).isEqualTo(Money.cny("100000.00"));
            assertThat(m.out()).isEqualTo(Money.cny("0.00"));
        });
    }

    @Test
    void aSettlementInAnotherCurrencyNeedsAWellFormedRateWithSourceAndDateBeforeAnythingIsSent() {
        model.settlementCurrencyProperty().set("USD");
        model.fxRateProperty().set("7,1234");
        model.instruct();
        assertThat(model.formErrorProperty().get()).isEqualTo("“7,1234” is not an exchange rate: a positive number such as 7.1234.");
        model.fxRateProperty().set("0.1403");
        model.instruct();
        assertThat(model.formErrorProperty().get()).startsWith("Say where the rate comes from");
        model.fxSourceProperty().set("CFETS");
        model.fxDateProperty().set("2027-04-01\n");
        model.instruct();
        assertThat(model.formErrorProperty().get()).startsWith("“2027-04-01\n” is not a date");
        assertThat(book.calls).isEmpty();

        model.fxDateProperty().set("2027-04-01");
        model.crossBorderRmbProperty().set(true);
        model.instruct();
        assertThat(book.calls).containsExactly("instruct " + FakeFinance.PUDONG_RE + " CNY USD 0.1403 CFETS 2027-04-01 rmb=true");
    }

    @Test
    void aPaymentIsTakenExactlyInTheSettlementsCurrency() {
        SettlementView s = model.settlements().get(0);
        model.paymentAmountProperty().set("54999.505");
        model.bankReferenceProperty().set("BOC-2");
        model.valueDateProperty().set("2027-06-01");
        model.recordPayment(s);
        assertThat(model.formErrorProperty().get()).startsWith("“54999.505” is not an amount in CNY");
        model.paymentAmountProperty().set("54999.50");
        model.recordPayment(s);
        assertThat(book.calls).containsExactly("pay " + S1 + " CNY 54999.50 BOC-2 2027-06-01");
    }

    @Test
    void theStatementsXlsxReadsBackToTheFiguresOnScreenWithTheNet() throws Exception {
        ExportTable table = model.exportStatement();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(table, out);

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Contract");
            assertThat(rows).hasSize(1 + 3 + 1);
            StatementView s = model.statements().get(0);
            for (int i = 0; i < s.lines().size(); i++) {
                assertThat(rows.get(i + 1).getCellText(0)).isEqualTo(s.lines().get(i).contractReference());
                assertThat(rows.get(i + 1).getCellAsNumber(3)).contains(s.lines().get(i).amount().amount());
                assertThat(rows.get(i + 1).getCellText(2)).isEqualTo(i < 2 ? "Agreed" : "Settled");
            }
            assertThat(rows.get(4).getCellText(0)).isEqualTo("Net");
            assertThat(rows.get(4).getCellAsNumber(3)).contains(new BigDecimal("155999.50"));
        }
    }

    @Test
    void theStatementsPdfSheetCarriesTheSettlementTermsInWords() {
        StatementSheet sheet = model.sheet();
        assertThat(sheet.issuer()).isEqualTo("Huatai Re Brokers");
        assertThat(sheet.counterparty()).isEqualTo("Pudong Re");
        assertThat(sheet.currency()).isEqualTo(Currency.getInstance("CNY"));
        assertThat(sheet.lines()).extracting(StatementSheet.Line::status).containsExactly("Agreed", "Agreed", "Settled");
        assertThat(sheet.settlement().status()).isEqualTo("Partly paid");
        assertThat(sheet.settlement().residue()).isEqualTo(Money.cny("54999.50"));

        i18n.setLanguage(Language.CHINESE);
        assertThat(model.sheet().counterparty()).isEqualTo("浦东再保险");
        assertThat(model.sheet().settlement().status()).isEqualTo("部分付款");
    }

    @Test
    void anFxRateOnASettlementIsShownWithItsSourceAndDate() {
        FxRate rate = new FxRate(Currency.getInstance("USD"), Currency.getInstance("CNY"), new BigDecimal("7.1234"), "CFETS",
                LocalDate.of(2027, 4, 1));
        SettlementView s = book.settlements.get(0);
        book.settlements.set(0, new SettlementView(s.id(), s.payerId(), s.payeeId(), s.counterpartyId(), s.userPays(), s.net(),
                s.due(), rate, false, "the cedent is not eligible", s.status(), s.accountIds(), s.payments(), s.paid(),
                s.residue(), s.confirmedBankReference(), s.createdAt(), s.dueDate(), s.overdue(), s.sync()));
        model.reload();
        StatementSheet.Settlement block = model.sheet().settlement();
        assertThat(block.fxRate()).isEqualTo("7.1234");
        assertThat(block.fxSource()).isEqualTo("CFETS");
        assertThat(block.crossBorderRmb()).isEqualTo("Cross-border RMB refused by the exchange: the cedent is not eligible");
    }
}
