package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.desk.finance.AccountAction;
import io.redesk.app.desk.finance.AccountDetail;
import io.redesk.app.desk.finance.AccountItem;
import io.redesk.app.desk.finance.AccountQuery;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.AccountSort;
import io.redesk.app.desk.finance.ClaimView;
import io.redesk.app.desk.finance.FinanceDesk;
import io.redesk.app.desk.finance.FinanceInputException;
import io.redesk.app.desk.finance.InvoiceView;
import io.redesk.app.desk.finance.ParticipantShare;
import io.redesk.app.desk.finance.StatementView;
import io.redesk.app.desk.finance.TodoItem;
import io.redesk.domain.money.Money;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.VatTreatment;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The finance book over vaults filled by a real first sync of the demo market: every figure is the
 * domain's and agrees with the exchange's, filters and sorts do what they say, the to-do list names what
 * each finance user has to do, and bad input is refused with its field and code before anything is saved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceBookTest {

    @TempDir
    static Path dir;

    private Exchange exchange;
    private ExchangeClient brokerClient;
    private Vault brokerVault;
    private SyncEngine brokerEngine;
    private FinanceDesk broker;
    private ExchangeClient cedentClient;
    private Vault cedentVault;
    private SyncEngine cedentEngine;
    private FinanceDesk cedent;

    /** A fixed "today" after the demo year, so due dates and overdue flags are reproducible. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2028-06-30T08:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    void start() {
        exchange = new Exchange(dir.resolve("exchange"));
        brokerClient = Clients.loggedIn(exchange.baseUrl(), "broker.finance");
        brokerVault = Clients.vault(dir.resolve("b"), "broker.finance");
        brokerEngine = new SyncEngine(brokerVault, brokerClient, Clients.fastConfig());
        brokerEngine.runCycle();
        broker = FinanceDesk.open(brokerVault, DemoSeed.HUATAI, brokerEngine, TODAY, ZoneOffset.UTC);
        cedentClient = Clients.loggedIn(exchange.baseUrl(), "cedent.finance");
        cedentVault = Clients.vault(dir.resolve("c"), "cedent.finance");
        cedentEngine = new SyncEngine(cedentVault, cedentClient, Clients.fastConfig());
        cedentEngine.runCycle();
        cedent = FinanceDesk.open(cedentVault, DemoSeed.DONGFANG, cedentEngine, TODAY, ZoneOffset.UTC);
    }

    @AfterAll
    void stop() throws Exception {
        broker.close();
        cedent.close();
        brokerEngine.close();
        cedentEngine.close();
        brokerVault.close();
        cedentVault.close();
        brokerClient.close();
        cedentClient.close();
        exchange.close();
    }

    @Test
    void everyAccountsBalanceIsTheDomainsAndAgreesWithTheExchange() {
        List<AccountRow> rows = broker.book().accounts(AccountQuery.all().withSuperseded(true)).rows();
        assertThat(rows).isNotEmpty();
        for (AccountRow r : rows) {
            AccountDetail d = broker.book().account(r.id()).orElseThrow();
            TechnicalAccount theirs = brokerClient.accounts().get(r.id());
            assertThat(d.row().balance()).as(r.contractReference() + " " + r.period())
                    .isEqualTo(Money.of(theirs.balance().amount(), theirs.balance().currency()));
            assertThat(d.exchangeBalance()).isEqualTo(d.row().balance());
            Money sum = d.items().stream().map(AccountItem::effect).reduce(Money.zero(d.row().balance().currency()), Money::plus);
            assertThat(sum).isEqualTo(d.row().balance());
            if (!d.shares().isEmpty() && d.shares().stream().map(ParticipantShare::signedShare)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).compareTo(java.math.BigDecimal.valueOf(100)) == 0) {
                assertThat(d.shareTotal()).as("the parts add up to the whole").isEqualTo(d.row().balance());
            }
            assertThat(d.row().difference()).isEqualTo(d.row().stated() == null ? Money.zero(d.row().balance().currency())
                    : d.row().stated().minus(d.row().balance()));
        }
        // the demo's account whose stated total differs from its items is flagged, with its difference
        List<AccountRow> flagged = broker.book().accounts(AccountQuery.all().withFlaggedOnly(true)).rows();
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).difference().isZero()).isFalse();
    }

    @Test
    void filtersSortAndSearchDoWhatTheySay() {
        AccountQuery all = AccountQuery.all();
        int total = broker.book().accounts(all).total();
        assertThat(broker.book().accounts(all.window(0, 3)).rows()).hasSize(Math.min(3, total));
        assertThat(broker.book().accounts(all.window(0, 3)).total()).isEqualTo(total);
        List<AccountRow> usd = broker.book().accounts(all.withCurrency("USD")).rows();
        assertThat(usd).isNotEmpty().allMatch(r -> r.currency().equals("USD"));
        List<AccountRow> q2 = broker.book().accounts(all.withPeriod("2027Q2")).rows();
        assertThat(q2).isNotEmpty().allMatch(r -> r.period().equals("2027Q2"));
        assertThat(broker.book().accounts(all.withStatuses(Set.of(AccountStatus.QUERIED))).rows())
                .isNotEmpty().allMatch(r -> r.status() == AccountStatus.QUERIED);
        assertThat(broker.book().accounts(all.withCounterparty(DemoSeed.CHINA_RE)).rows())
                .isNotEmpty().allMatch(r -> r.counterpartyIds().contains(DemoSeed.CHINA_RE));
        List<AccountRow> byBalance = broker.book().accounts(all.withCurrency("CNY").sortedBy(AccountSort.BALANCE, false)).rows();
        for (int i = 1; i < byBalance.size(); i++) {
            assertThat(byBalance.get(i).balance().compareTo(byBalance.get(i - 1).balance())).isGreaterThanOrEqualTo(0);
        }
        String umr = q2.get(0).contractReference();
        assertThat(broker.book().accounts(all.withText(umr.toLowerCase(java.util.Locale.ROOT) + " 2027q2")).rows())
                .isNotEmpty().allMatch(r -> r.contractReference().equals(umr) && r.period().equals("2027Q2"));
        assertThat(broker.book().accounts(all.withText("nothing-like-this")).total()).isZero();
        // the demo year ended long before "today": open accounts are overdue, settled ones never
        assertThat(broker.book().accounts(all.withOverdueOnly(true)).rows())
                .isNotEmpty().allMatch(r -> r.status() != AccountStatus.SETTLED);
        assertThat(broker.book().dueDate("2027Q1")).isEqualTo(LocalDate.of(2027, 6, 29));
        assertThat(broker.book().filterChoices().currencies()).startsWith("CNY");
    }

    @Test
    void theToDoListSaysWhatEachFinanceUserHasToDo() {
        List<TodoItem> b = broker.book().todo();
        assertThat(b).extracting(TodoItem::kind).contains(TodoItem.Kind.ACCOUNT_TO_ISSUE, TodoItem.Kind.ACCOUNT_TO_ANSWER);
        TodoItem draft = b.stream().filter(t -> t.kind() == TodoItem.Kind.ACCOUNT_TO_ISSUE).findFirst().orElseThrow();
        assertThat(broker.book().account(draft.subjectId()).orElseThrow().allowedActions())
                .contains(AccountAction.ISSUE, AccountAction.EDIT_DRAFT).doesNotContain(AccountAction.AGREE);
        List<TodoItem> c = cedent.book().todo();
        assertThat(c).extracting(TodoItem::kind).contains(TodoItem.Kind.SETTLEMENT_TO_INSTRUCT);
        assertThat(c.get(0).overdue() || c.stream().noneMatch(TodoItem::overdue)).isTrue();
    }

    @Test
    void claimsStatementsAndInvoicesComeWithTheirLinksAndRules() {
        List<ClaimView> claims = broker.book().claims();
        assertThat(claims).hasSize(2);
        for (ClaimView c : claims) {
            for (ClaimView.Payment p : c.payments()) {
                assertThat(p.itemIndex()).as("payment of " + c.ucr() + " matched to an item").isNotNegative();
                AccountDetail a = broker.book().account(p.technicalAccountId()).orElseThrow();
                assertThat(a.items().get(p.itemIndex()).type()).isIn(TaItemType.CLAIMS_PAID, TaItemType.CASH_LOSS);
                assertThat(a.claimIds()).contains(c.id());
                assertThat(broker.book().claimsOf(a.row().id())).extracting(ClaimView::id).contains(c.id());
            }
        }
        List<StatementView> statements = cedent.book().statements(null, null, null);
        assertThat(statements).isNotEmpty();
        for (StatementView s : statements) {
            Money sum = s.lines().stream().map(StatementView.Line::amount).reduce(Money.zero(s.total().currency()), Money::plus);
            assertThat(sum).isEqualTo(s.total());
            for (StatementView.NettingLine n : s.netting()) {
                assertThat(n.amounts().stream().reduce(Money.zero(n.net().currency()), Money::plus)).isEqualTo(n.net());
            }
        }
        assertThat(statements.get(0).currency()).isEqualTo("CNY");
        List<InvoiceView> invoices = cedent.book().invoices();
        assertThat(invoices).extracting(InvoiceView::treatment).contains(VatTreatment.WITHHELD);
        InvoiceView withheld = invoices.stream().filter(i -> i.treatment() == VatTreatment.WITHHELD).findFirst().orElseThrow();
        assertThat(withheld.withholding()).isNotNull();
        assertThat(withheld.withholding().withheld()).isEqualTo(withheld.vat());
        assertThat(withheld.legalBasis()).isNotBlank();
    }

    @Test
    void badInputIsRefusedWithItsFieldAndNothingIsSaved() {
        long before = brokerEngine.store().outbox().unfinished().size();
        AccountRow draft = broker.book().accounts(AccountQuery.all().withStatuses(Set.of(AccountStatus.DRAFT))).rows().get(0);
        AccountRow issued = broker.book().accounts(AccountQuery.all().withStatuses(Set.of(AccountStatus.ISSUED))).rows().get(0);
        assertThatThrownBy(() -> broker.actions().editDraft(draft.id(),
                List.of(AccountItem.of(TaItemType.PREMIUM, Money.of("100.00", draft.currency().equals("USD") ? "CNY" : "USD"), null)),
                null))
                .isInstanceOfSatisfying(FinanceInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("items[0].amount");
                    assertThat(e.code()).isEqualTo("wrongCurrency");
                });
        assertThatThrownBy(() -> broker.actions().editDraft(issued.id(),
                List.of(AccountItem.of(TaItemType.PREMIUM, Money.of("100.00", issued.currency()), null)), null))
                .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("notAllowed"));
        assertThatThrownBy(() -> broker.actions().editDraft(draft.id(),
                List.of(AccountItem.of(TaItemType.PREMIUM, Money.of("100.00", draft.currency()), " REF-1")), null))
                .isInstanceOfSatisfying(FinanceInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("items[0].reference");
                    assertThat(e.code()).isEqualTo("whitespace");
                });
        assertThatThrownBy(() -> broker.actions().agree(draft.id()))
                .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("notAllowed"));
        assertThatThrownBy(() -> cedent.actions().instructSettlement(new io.redesk.app.desk.finance.SettlementInstruction(
                DemoSeed.CHINA_RE, "cny", null, null, false)))
                .isInstanceOfSatisfying(FinanceInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("currency");
                    assertThat(e.code()).isEqualTo("malformed");
                });
        assertThatThrownBy(() -> cedent.actions().recordPayment(java.util.UUID.randomUUID(), Money.of("1.00", "CNY"), "REF\n",
                LocalDate.of(2027, 5, 1)))
                .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("whitespace"));
        assertThat(brokerEngine.store().outbox().unfinished()).hasSize((int) before);
    }
}
