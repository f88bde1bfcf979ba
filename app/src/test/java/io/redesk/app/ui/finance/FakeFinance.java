package io.redesk.app.ui.finance;

import io.redesk.app.desk.PartyNames;
import io.redesk.app.desk.finance.ClaimAdvice;
import io.redesk.app.desk.finance.ClaimMovements;
import io.redesk.app.desk.finance.ClaimRegistrationFields;
import io.redesk.app.desk.finance.AccountAction;
import io.redesk.app.desk.finance.AccountDetail;
import io.redesk.app.desk.finance.AccountItem;
import io.redesk.app.desk.finance.AccountQuery;
import io.redesk.app.desk.finance.AccountRow;
import io.redesk.app.desk.finance.BillRegistrationFields;
import io.redesk.app.desk.finance.ClaimView;
import io.redesk.app.desk.finance.FinanceActions;
import io.redesk.app.desk.finance.FinanceBook;
import io.redesk.app.desk.finance.FinanceInputException;
import io.redesk.app.desk.finance.InvoiceView;
import io.redesk.app.desk.finance.ParticipantShare;
import io.redesk.app.desk.finance.Queued;
import io.redesk.app.desk.finance.RowPage;
import io.redesk.app.desk.finance.SettlementInstruction;
import io.redesk.app.desk.finance.SettlementView;
import io.redesk.app.desk.finance.StatementView;
import io.redesk.app.desk.finance.SyncMark;
import io.redesk.app.desk.finance.TodoItem;
import io.redesk.app.export.Exports;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BalanceDirection;
import io.redesk.sdk.model.account.ParticipantResponse;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.party.Organisation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small in-memory finance book and actions for the finance view-model tests (issue 18: view-models
 * are tested against a small fake of the service ports, not a real exchange). It filters as the
 * {@link AccountQuery} says (text is a case-blind substring of the contract reference or period), keeps
 * every action it is asked to take in {@link #calls} and applies its local effect as the real book would
 * (agreed → AGREED, queried → QUERIED), so a test sees the page follow.
 */
class FakeFinance implements FinanceBook, FinanceActions, AutoCloseable {

    static final UUID HUATAI = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    static final UUID CHINA_RE = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    static final UUID PUDONG_RE = UUID.fromString("00000000-0000-0000-0000-00000000a002");
    static final UUID DONGFANG = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final LocalDate TODAY = LocalDate.of(2027, 6, 30);

    final UUID me;
    final Map<UUID, AccountDetail> accounts = new LinkedHashMap<>();
    final List<StatementView> statements = new ArrayList<>();
    final List<SettlementView> settlements = new ArrayList<>();
    final List<InvoiceView> invoices = new ArrayList<>();
    final List<ClaimView> claims = new ArrayList<>();
    final List<TodoItem> todo = new ArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<AccountQuery> queries = new CopyOnWriteArrayList<>();
    /** The items and stated total of the last editDraft or correct. */
    volatile List<AccountItem> sentItems;
    volatile Money sentStated;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    FakeFinance(UUID me) {
        this.me = me;
    }

    private static final PartyNames NAMES = build();

    static PartyNames names() {
        return NAMES;
    }

    private static PartyNames build() {
        return PartyNames.of(List.of(org(HUATAI, "Huatai Re Brokers", "华泰再保险经纪", OrgType.BROKER),
                org(CHINA_RE, "China Re", "中国再保险", OrgType.REINSURER),
                org(PUDONG_RE, "Pudong Re", "浦东再保险", OrgType.REINSURER),
                org(DONGFANG, "Dongfang Insurance", "东方保险", OrgType.CEDENT)));
    }

    private static Organisation org(UUID id, String name, String zh, OrgType type) {
        return new Organisation(id, name, type, "CN", false, zh);
    }

    FinanceContext desk(Path exports) {
        return new FinanceContext(this, this, FakeFinance::names, new Exports(exports), "Huatai Re Brokers");
    }

    /**
     * DESIGN.md §2 rule 2: items 1,000,000 − 300,000 − 25,000 − 400,000 − 400,000 + 350,000 = 225,000 due
     * to reinsurers; the sender stated 230,000 (a difference of 5,000 to explain); China Re's 20% is 45,000.
     */
    AccountDetail designAccount(UUID id, String umr, AccountStatus status, List<AccountAction> actions) {
        List<AccountItem> items = List.of(
                item(TaItemType.PREMIUM, "1000000.00", "1000000.00"),
                item(TaItemType.CEDING_COMMISSION, "300000.00", "-300000.00"),
                item(TaItemType.BROKERAGE, "25000.00", "-25000.00"),
                item(TaItemType.CLAIMS_PAID, "400000.00", "-400000.00"),
                item(TaItemType.PREMIUM_RESERVE_RETAINED, "400000.00", "-400000.00"),
                item(TaItemType.PREMIUM_RESERVE_RELEASED, "350000.00", "350000.00"),
                item(TaItemType.OUTSTANDING_LOSS_RESERVE, "80000.00", "0.00"));
        AccountRow row = row(id, umr, "2027Q1", status, Money.cny("225000.00"), Money.cny("230000.00"), List.of(DONGFANG, CHINA_RE));
        List<ParticipantShare> shares = List.of(
                new ParticipantShare(CHINA_RE, new BigDecimal("0.2"), Money.cny("45000.00"), new BigDecimal("45000"),
                        ParticipantResponse.PENDING, null, null, null, List.of()),
                new ParticipantShare(PUDONG_RE, new BigDecimal("0.8"), Money.cny("180000.00"), new BigDecimal("180000"),
                        ParticipantResponse.QUERIED, "Brokerage should be 2.5% of net", null, null, List.of()));
        AccountDetail d = new AccountDetail(row, items, Money.cny("80000.00"), Money.cny("225000.00"), shares,
                Money.cny("225000.00"), List.of(), null, null, null, null, null, Instant.parse("2027-04-01T00:00:00Z"), 3,
                actions);
        accounts.put(id, d);
        return d;
    }

    AccountRow row(UUID id, String umr, String period, AccountStatus status, Money balance, Money stated, List<UUID> cps) {
        Money diff = stated == null ? Money.zero(balance.currency()) : stated.minus(balance);
        LocalDate due = dueDate(period);
        return new AccountRow(id, UUID.nameUUIDFromBytes(umr.getBytes()), umr, "Section A", period,
                balance.currency().getCurrencyCode(), null, 1, AccountKind.ORIGINAL, status,
                ParticipantResponse.PENDING, DONGFANG, HUATAI, cps, balance, stated, diff, !diff.isZero(),
                BalanceDirection.DUE_TO_REINSURERS, balance, due, due.isBefore(TODAY) && status != AccountStatus.SETTLED,
                Instant.parse("2027-04-01T00:00:00Z"), SyncMark.SYNCED);
    }

    void plainAccount(UUID id, String umr, String period, Money balance) {
        accounts.put(id, new AccountDetail(row(id, umr, period, AccountStatus.ISSUED, balance, null, List.of(PUDONG_RE)),
                List.of(new AccountItem(TaItemType.PREMIUM, balance, null, null, null, balance)), Money.zero(balance.currency()),
                balance, List.of(), balance, List.of(), null, null, null, null, null, null, 1, List.of()));
    }

    private static AccountItem item(TaItemType type, String amount, String effect) {
        return new AccountItem(type, Money.cny(amount), type.name().toLowerCase(Locale.ROOT), null, null, Money.cny(effect));
    }

    void changed() {
        listeners.forEach(Runnable::run);
    }

    // --- FinanceBook

    @Override
    public UUID organisationId() {
        return me;
    }

    @Override
    public LocalDate today() {
        return TODAY;
    }

    @Override
    public RowPage<AccountRow> accounts(AccountQuery q) {
        queries.add(q);
        List<AccountRow> rows = accounts.values().stream().map(AccountDetail::row)
                .filter(r -> q.text() == null || (r.contractReference() + " " + r.period()).toLowerCase(Locale.ROOT)
                        .contains(q.text().toLowerCase(Locale.ROOT)))
                .filter(r -> q.currency() == null || q.currency().equals(r.currency()))
                .filter(r -> q.period() == null || q.period().equals(r.period()))
                .filter(r -> q.counterpartyId() == null || r.counterpartyIds().contains(q.counterpartyId()))
                .filter(r -> q.statuses().isEmpty() || q.statuses().contains(r.status()))
                .filter(r -> !q.flaggedOnly() || r.flagged())
                .filter(r -> !q.overdueOnly() || r.overdue())
                .sorted(Comparator.comparing(AccountRow::contractReference))
                .toList();
        return new RowPage<>(rows.subList(Math.min(q.offset(), rows.size()), Math.min(rows.size(), q.offset() + q.limit())),
                rows.size());
    }

    @Override
    public Optional<AccountDetail> account(UUID accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public List<AccountRow> versionsOf(UUID accountId) {
        return account(accountId).map(d -> List.of(d.row())).orElse(List.of());
    }

    @Override
    public FilterChoices filterChoices() {
        return new FilterChoices(List.of(CHINA_RE, DONGFANG, PUDONG_RE),
                accounts.values().stream().map(d -> d.row().currency()).distinct().toList(),
                accounts.values().stream().map(d -> d.row().period()).distinct().toList());
    }

    @Override
    public List<ClaimView> claimsOfPlacement(UUID placementId) {
        return claims.stream().filter(c -> c.placementId().equals(placementId)).toList();
    }

    @Override
    public List<ClaimView> claimsOf(UUID accountId) {
        return claims.stream().filter(c -> c.payments().stream().anyMatch(p -> accountId.equals(p.technicalAccountId()))).toList();
    }

    @Override
    public List<ClaimView> claims() {
        return List.copyOf(claims);
    }

    @Override
    public Optional<ClaimView> claim(UUID claimId) {
        return claims.stream().filter(c -> c.id().equals(claimId)).findFirst();
    }

    /** Reserve movements, cash calls and receipts of the fake's claims, by claim (none unless a test puts some). */
    final Map<UUID, ClaimMovements> movements = new LinkedHashMap<>();
    final Map<UUID, ClaimRegistrationFields> claimRegistrations = new LinkedHashMap<>();
    /** A refusal the next claim action throws (then cleared), as the real actions refuse bad input. */
    FinanceInputException refuseNext;

    @Override
    public Optional<ClaimMovements> claimMovements(UUID claimId) {
        return Optional.ofNullable(movements.get(claimId));
    }

    @Override
    public Optional<ClaimRegistrationFields> claimRegistration(UUID claimId) {
        return Optional.ofNullable(claimRegistrations.get(claimId));
    }

    private void refusal() {
        FinanceInputException e = refuseNext;
        refuseNext = null;
        if (e != null) {
            throw e;
        }
    }

    @Override
    public List<StatementView> statements(UUID counterpartyId, String currency, String period) {
        return List.copyOf(statements);
    }

    @Override
    public List<SettlementView> settlements() {
        return List.copyOf(settlements);
    }

    @Override
    public Optional<SettlementView> settlement(UUID settlementId) {
        return settlements.stream().filter(s -> s.id().equals(settlementId)).findFirst();
    }

    @Override
    public List<InvoiceView> invoices() {
        return List.copyOf(invoices);
    }

    @Override
    public Optional<InvoiceView> invoice(UUID invoiceId) {
        return invoices.stream().filter(i -> i.id().equals(invoiceId)).findFirst();
    }

    @Override
    public List<InvoiceView> invoicesOf(UUID accountId) {
        return invoices.stream().filter(i -> accountId.equals(i.technicalAccountId())).toList();
    }

    @Override
    public Optional<BillRegistrationFields> registration(UUID accountId) {
        return Optional.empty();
    }

    @Override
    public List<TodoItem> todo() {
        return List.copyOf(todo);
    }

    @Override
    public LocalDate dueDate(String period) {
        // the quarter's last day plus 90 days (ADR 0621)
        int year = Integer.parseInt(period.substring(0, 4));
        int q = period.charAt(5) - '0';
        return LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1).plusDays(90);
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // --- FinanceActions

    private Queued done(String call, UUID subject) {
        calls.add(call);
        return new Queued("m-" + calls.size(), subject.toString());
    }

    private void setStatus(UUID id, AccountStatus status) {
        AccountDetail d = accounts.get(id);
        AccountRow r = d.row();
        AccountRow moved = new AccountRow(r.id(), r.placementId(), r.contractReference(), r.section(), r.period(), r.currency(),
                r.instalment(), r.accountVersion(), r.kind(), status, r.myResponse(), r.cedentId(), r.brokerId(),
                r.counterpartyIds(), r.balance(), r.stated(), r.difference(), r.flagged(), r.direction(), r.myAmount(),
                r.dueDate(), r.overdue(), r.updatedAt(), SyncMark.QUEUED);
        accounts.put(id, new AccountDetail(moved, d.items(), d.memoTotal(), d.exchangeBalance(), d.shares(), d.shareTotal(),
                d.claimIds(), d.reversesId(), d.supersedesId(), d.supersededById(), d.registrationNumber(),
                d.registeredAt(), d.issuedAt(), d.serverVersion(), List.of()));
    }

    @Override
    public Queued issue(UUID accountId) {
        setStatus(accountId, AccountStatus.ISSUED);
        return done("issue " + accountId, accountId);
    }

    @Override
    public Queued agree(UUID accountId) {
        setStatus(accountId, AccountStatus.AGREED);
        return done("agree " + accountId, accountId);
    }

    @Override
    public Queued query(UUID accountId, String reason) {
        if (!reason.equals(reason.strip())) {
            throw new FinanceInputException("reason", "malformed", "The reason has spaces or a line break around it.");
        }
        setStatus(accountId, AccountStatus.QUERIED);
        return done("query " + accountId + " " + reason, accountId);
    }

    @Override
    public Queued editDraft(UUID accountId, List<AccountItem> items, Money stated) {
        sentItems = List.copyOf(items);
        sentStated = stated;
        return done("editDraft " + accountId, accountId);
    }

    /** As the real book: the account shows as superseded and the new version as a draft under a new id. */
    @Override
    public Queued correct(UUID accountId, List<AccountItem> items, Money stated) {
        sentItems = List.copyOf(items);
        sentStated = stated;
        AccountDetail was = accounts.get(accountId);
        setStatus(accountId, AccountStatus.SUPERSEDED);
        UUID next = UUID.nameUUIDFromBytes(("correction of " + accountId).getBytes());
        Money balance = new io.redesk.domain.account.TechnicalAccount(was.row().contractReference(), was.row().period(),
                was.row().balance().currency(), items.stream().map(i -> new io.redesk.domain.account.TaItem(
                        io.redesk.domain.account.TaItemType.valueOf(i.type().name()), i.amount())).toList(), stated)
                .balance().computed();
        AccountRow r = row(next, was.row().contractReference(), was.row().period(), AccountStatus.DRAFT, balance, stated,
                was.row().counterpartyIds());
        accounts.put(next, new AccountDetail(r, items, Money.zero(balance.currency()), balance, List.of(), balance, List.of(),
                null, accountId, null, null, null, null, 0, List.of(AccountAction.ISSUE, AccountAction.EDIT_DRAFT)));
        return done("correct " + accountId, next);
    }

    @Override
    public Queued registerBill(UUID accountId) {
        return done("register " + accountId, accountId);
    }

    @Override
    public Queued requestClaimPayment(UUID claimId, UUID technicalAccountId, Money amount, UUID cashCallId) {
        refusal();
        return done("claimPayment " + claimId + " " + technicalAccountId + " " + amount + " " + cashCallId, claimId);
    }

    @Override
    public Queued adviseClaim(ClaimAdvice a) {
        refusal();
        UUID id = UUID.randomUUID();
        return done("advise " + a.placementId() + " " + a.ucr() + " " + a.lossDate() + " " + a.cause() + " " + a.description()
                + " " + a.reserve(), id);
    }

    @Override
    public Queued moveReserve(UUID claimId, Money outstanding, String reason, LocalDate effectiveDate) {
        refusal();
        return done("moveReserve " + claimId + " " + outstanding + " " + reason + " " + effectiveDate, claimId);
    }

    @Override
    public Queued requestCashCall(UUID claimId, Money amount, LocalDate dueDate, String reference) {
        refusal();
        return done("cashCall " + claimId + " " + amount + " " + dueDate + " " + reference, claimId);
    }

    @Override
    public Queued payCashCall(UUID cashCallId, String bankReference) {
        refusal();
        return done("payCashCall " + cashCallId + " " + bankReference, cashCallId);
    }

    @Override
    public Queued registerClaim(UUID claimId) {
        refusal();
        return done("registerClaim " + claimId, claimId);
    }

    @Override
    public Queued instructSettlement(SettlementInstruction i) {
        return done("instruct " + i.counterpartyId() + " " + i.currency() + " " + i.settlementCurrency() + " "
                + (i.fxRate() == null ? "-" : i.fxRate().rate().toPlainString() + " " + i.fxRate().source() + " "
                + i.fxRate().date()) + " rmb=" + i.crossBorderRmb(), i.counterpartyId());
    }

    @Override
    public Queued recordPayment(UUID settlementId, Money amount, String bankReference, LocalDate valueDate) {
        return done("pay " + settlementId + " " + amount + " " + bankReference + " " + valueDate, settlementId);
    }

    @Override
    public Queued confirmSettlement(UUID settlementId, String bankReference) {
        return done("confirm " + settlementId + " " + bankReference, settlementId);
    }

    @Override
    public Queued requestInvoice(UUID technicalAccountId, UUID reinsurerId, boolean consumedWhollyAbroad) {
        return done("requestInvoice " + technicalAccountId, technicalAccountId);
    }

    @Override
    public Queued issueInvoice(UUID invoiceId, String invoiceNumber) {
        return done("issueInvoice " + invoiceId + " " + invoiceNumber, invoiceId);
    }

    @Override
    public Queued deliverInvoice(UUID invoiceId) {
        return done("deliverInvoice " + invoiceId, invoiceId);
    }

    @Override
    public Queued confirmInvoice(UUID invoiceId) {
        return done("confirmInvoice " + invoiceId, invoiceId);
    }

    @Override
    public Queued voidInvoice(UUID invoiceId, String redInvoiceNumber, String reason) {
        return done("voidInvoice " + invoiceId + " " + redInvoiceNumber + " " + reason, invoiceId);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
