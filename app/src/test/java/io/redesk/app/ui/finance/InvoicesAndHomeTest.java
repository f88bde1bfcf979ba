package io.redesk.app.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.finance.InvoiceView;
import io.redesk.app.desk.finance.SyncMark;
import io.redesk.app.desk.finance.TodoItem;
import io.redesk.app.i18n.Language;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.home.TodayItem;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageAccess;
import io.redesk.app.ui.shell.ShellModel;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.InvoiceStatus;
import io.redesk.sdk.model.account.VatTreatment;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invoices' lifecycle and steps by side; Finance Home's items and where they lead. */
class InvoicesAndHomeTest {

    @TempDir
    Path exports;

    static final UUID INV = UUID.fromString("00000000-0000-0000-0000-0000000000a9");

    static InvoiceView invoice(InvoiceStatus status, UUID issuer, UUID recipient) {
        return new InvoiceView(INV, UUID.randomUUID(), "B0999HT2027001", issuer, recipient, FakeFinance.CHINA_RE,
                FakeFinance.DONGFANG, VatTreatment.WITHHELD, "财税〔2016〕36号", Money.cny("45000.00"), Money.cny("2547.17"),
                Money.cny("42452.83"), status, status == InvoiceStatus.REQUESTED ? null : "3100271130000101", null, null,
                new InvoiceView.Withholding(Money.cny("2547.17"), Money.cny("42452.83"), true), Instant.EPOCH, SyncMark.SYNCED);
    }

    @Test
    void theIssuerIssuesDeliversAndVoidsTheRecipientConfirms() {
        FakeFinance chinaRe = new FakeFinance(FakeFinance.CHINA_RE);
        I18n i18n = AccountsViewModelTest.i18n(Language.ENGLISH);
        InvoicesViewModel model = new InvoicesViewModel(chinaRe.desk(exports), new CurrentThreadTaskExecutor(), i18n);

        assertThat(model.steps(invoice(InvoiceStatus.REQUESTED, FakeFinance.CHINA_RE, FakeFinance.DONGFANG)))
                .containsExactly(InvoicesViewModel.Step.ISSUE);
        assertThat(model.steps(invoice(InvoiceStatus.ISSUED, FakeFinance.CHINA_RE, FakeFinance.DONGFANG)))
                .containsExactly(InvoicesViewModel.Step.DELIVER, InvoicesViewModel.Step.VOID);
        assertThat(model.steps(invoice(InvoiceStatus.DELIVERED, FakeFinance.DONGFANG, FakeFinance.CHINA_RE)))
                .containsExactly(InvoicesViewModel.Step.CONFIRM);
        assertThat(model.steps(invoice(InvoiceStatus.CONFIRMED, FakeFinance.CHINA_RE, FakeFinance.DONGFANG))).isEmpty();
        assertThat(model.lifecycle(invoice(InvoiceStatus.DELIVERED, FakeFinance.CHINA_RE, FakeFinance.DONGFANG)))
                .isEqualTo("Requested → Issued → [Delivered] → Confirmed");
        assertThat(model.lifecycle(invoice(InvoiceStatus.VOIDED, FakeFinance.CHINA_RE, FakeFinance.DONGFANG)))
                .isEqualTo("Requested → Issued → [Voided]");
    }

    @Test
    void voidingNeedsTheRedLetterNumberAndAReason() {
        FakeFinance chinaRe = new FakeFinance(FakeFinance.CHINA_RE);
        chinaRe.invoices.add(invoice(InvoiceStatus.ISSUED, FakeFinance.CHINA_RE, FakeFinance.DONGFANG));
        InvoicesViewModel model = new InvoicesViewModel(chinaRe.desk(exports), new CurrentThreadTaskExecutor(),
                AccountsViewModelTest.i18n(Language.ENGLISH));
        model.reload();
        model.open(INV);
        model.redNumberProperty().set("3100 271130000103");
        model.voidReasonProperty().set("Issued in USD");
        model.voidInvoice();
        assertThat(model.formErrorProperty().get()).startsWith("“3100 271130000103” is not an invoice number");
        model.redNumberProperty().set("3100271130000103");
        model.voidReasonProperty().set(" ");
        model.voidInvoice();
        assertThat(model.formErrorProperty().get()).isEqualTo("Say why the invoice is voided.");
        assertThat(chinaRe.calls).isEmpty();
        model.voidReasonProperty().set("Issued in USD; re-invoiced in CNY");
        model.voidInvoice();
        assertThat(chinaRe.calls).containsExactly("voidInvoice " + INV + " 3100271130000103 Issued in USD; re-invoiced in CNY");
    }

    @Test
    void financeHomeItemsSayWhatToDoAndOpenThePageOnTheRecord() {
        FakeFinance broker = new FakeFinance(FakeFinance.HUATAI);
        ShellModel shell = new ShellModel();
        shell.restrictTo(new PageAccess(false, false, true, true)::allows);
        I18n i18n = AccountsViewModelTest.i18n(Language.ENGLISH);
        UUID account = UUID.randomUUID();
        List<TodayItem> items = FinanceAgenda.items(List.of(
                new TodoItem(TodoItem.Kind.ACCOUNT_TO_ANSWER, account, "B0999HT2027001 · 2027Q2", FakeFinance.PUDONG_RE,
                        Money.cny("180000.00"), LocalDate.of(2027, 6, 1), true),
                new TodoItem(TodoItem.Kind.SETTLEMENT_TO_INSTRUCT, FakeFinance.CHINA_RE, "China Re · CNY", FakeFinance.CHINA_RE,
                        Money.cny("45000.00"), null, false),
                new TodoItem(TodoItem.Kind.WITHHOLDING_DUE, INV, "WH-2027-000001", null, null, LocalDate.of(2027, 9, 1), false)),
                broker.desk(exports), shell, i18n);

        assertThat(items.get(0).title()).isEqualTo("B0999HT2027001 · 2027Q2 — Pudong Re · CN¥180,000.00");
        assertThat(items.get(0).detail()).isEqualTo("Answer the query with a corrected account · overdue since Jun 1, 2027");
        assertThat(items.get(1).detail()).isEqualTo("Instruct the settlement of the agreed amounts");
        assertThat(items.get(2).detail()).isEqualTo("Give the withholding certificate · due Sep 1, 2027");

        items.get(0).open().run();
        assertThat(shell.getCurrentPage()).isEqualTo(Page.ACCOUNTS);
        assertThat(shell.openingProperty().get().placementId()).isEqualTo(account.toString());
        items.get(2).open().run();
        assertThat(shell.getCurrentPage()).isEqualTo(Page.INVOICES);
        assertThat(FinanceAgenda.page(TodoItem.Kind.SETTLEMENT_TO_PAY)).isEqualTo(Page.STATEMENTS);
    }
}
