package io.redesk.app.desk.finance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.app.sync.engine.FinanceWire;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.sync.engine.SyncState;
import io.redesk.domain.account.AccountingPeriod;
import io.redesk.domain.account.AccountWorkflow;
import io.redesk.domain.account.BalanceSplit;
import io.redesk.domain.account.NetPosition;
import io.redesk.domain.account.Netting;
import io.redesk.domain.account.SettlementItem;
import io.redesk.domain.account.TaBalance;
import io.redesk.domain.money.FxRate;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.sdk.model.WireJson;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BillRegistration;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.CashCallShare;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ClaimPayment;
import io.redesk.sdk.model.account.ClaimShare;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.InvoiceStatus;
import io.redesk.sdk.model.account.ParticipantResponse;
import io.redesk.sdk.model.account.ReserveMovement;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.SettlementStatus;
import io.redesk.sdk.model.account.Statement;
import io.redesk.sdk.model.account.StatementEntry;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.VatTreatment;
import io.redesk.store.account.CashCallRepository;
import io.redesk.store.account.ClaimRepository;
import io.redesk.store.account.InvoiceRepository;
import io.redesk.store.account.ReserveMovementRepository;
import io.redesk.store.account.SettlementRepository;
import io.redesk.store.account.StatementRepository;
import io.redesk.store.account.TechnicalAccountRepository;
import io.redesk.store.doc.Stored;
import io.redesk.store.outbox.Outbox;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link FinanceBook} over the vault's finance projections (what the sync engine writes: the exchange's
 * documents with the user's queued changes replayed) and the outbox (what of the user's is still on its
 * way). The accounts list's light rows are built once and kept until the vault's accounts or the outbox
 * change ({@code changeStamp}), so filtering 100,000 accounts as the user types reads nothing.
 */
public final class VaultFinanceBook implements FinanceBook {

    /** Days after the end of an accounting period by which its settlement is due (ADR 0621). */
    public static final int DEFAULT_SETTLEMENT_DAYS = 90;


    private final Vault vault;
    private final UUID me;
    private final Clock clock;
    private final ZoneId zone;
    private final int settlementDays;
    private final ObjectMapper wire = WireJson.newMapper();
    private final TechnicalAccountRepository accounts;
    private final ClaimRepository claims;
    private final StatementRepository statements;
    private final SettlementRepository settlements;
    private final InvoiceRepository invoices;
    private final ReserveMovementRepository movements;
    private final CashCallRepository cashCalls;
    private final Outbox outbox;
    private final io.redesk.app.sync.engine.ServerCopies copies;
    private final io.redesk.store.placement.PlacementRepository placements;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Object cacheLock = new Object();
    private String cachedStamp;
    private List<Entry> cached = List.of();
    private volatile String lastSeen;

    /** One list row and what the text search matches in it. */
    private record Entry(AccountRow row, String[] tokens) {
    }

    public VaultFinanceBook(Vault vault, UUID organisationId, Clock clock, ZoneId zone, int settlementDays) {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.me = Objects.requireNonNull(organisationId, "organisationId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (settlementDays < 0) {
            throw new IllegalArgumentException("settlementDays must not be negative, was " + settlementDays);
        }
        this.settlementDays = settlementDays;
        this.accounts = new TechnicalAccountRepository(vault);
        this.claims = new ClaimRepository(vault);
        this.statements = new StatementRepository(vault);
        this.settlements = new SettlementRepository(vault);
        this.invoices = new InvoiceRepository(vault);
        this.movements = new ReserveMovementRepository(vault);
        this.cashCalls = new CashCallRepository(vault);
        this.outbox = new Outbox(vault);
        this.copies = new io.redesk.app.sync.engine.ServerCopies(vault);
        this.placements = new io.redesk.store.placement.PlacementRepository(vault);
    }

    /** A book for {@code organisationId} with the system clock and zone and the default settlement term. */
    public VaultFinanceBook(Vault vault, UUID organisationId) {
        this(vault, organisationId, Clock.systemDefaultZone(), ZoneId.systemDefault(), DEFAULT_SETTLEMENT_DAYS);
    }

    /**
     * Tells this book's listeners when a sync cycle changed the finance records (checked when the engine
     * goes idle, with the tables' change stamps). Close the handle to stop.
     */
    public AutoCloseable follow(SyncEngine engine) {
        lastSeen = stamp();
        return engine.subscribe(s -> {
            if (s.phase() == SyncState.Phase.IDLE && vault.isUnlocked()) {
                String now = stamp();
                if (!now.equals(lastSeen)) {
                    lastSeen = now;
                    changed();
                }
            }
        });
    }

    /** Tells the listeners the book changed (after a local action). */
    void changed() {
        lastSeen = vault.isUnlocked() ? stamp() : lastSeen;
        for (Runnable l : listeners) {
            l.run();
        }
    }

    private String stamp() {
        return accounts.changeStamp() + "/" + claims.changeStamp() + "/" + statements.changeStamp() + "/"
                + settlements.changeStamp() + "/" + invoices.changeStamp() + "/" + movements.changeStamp() + "/"
                + cashCalls.changeStamp() + "/" + outbox.changeStamp();
    }

    @Override
    public UUID organisationId() {
        return me;
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    // --- accounts

    @Override
    public RowPage<AccountRow> accounts(AccountQuery q) {
        Objects.requireNonNull(q, "query");
        String[] words = words(q.text());
        List<AccountRow> hits = new ArrayList<>();
        for (Entry e : entries()) {
            AccountRow r = e.row();
            if (!q.includeSuperseded() && (r.status() == AccountStatus.SUPERSEDED || r.kind() == AccountKind.REVERSAL)) {
                continue;
            }
            if (q.counterpartyId() != null && !r.counterpartyIds().contains(q.counterpartyId())
                    || q.currency() != null && !q.currency().equals(r.currency())
                    || q.period() != null && !q.period().equals(r.period())
                    || !q.statuses().isEmpty() && !q.statuses().contains(r.status())
                    || q.overdueOnly() && !r.overdue()
                    || q.flaggedOnly() && !r.flagged()
                    || !matches(e.tokens(), words)) {
                continue;
            }
            hits.add(r);
        }
        Comparator<AccountRow> order = comparator(q.sort());
        hits.sort(q.descending() ? order.reversed() : order);
        int from = Math.min(q.offset(), hits.size());
        int to = (int) Math.min((long) from + q.limit(), hits.size());
        return new RowPage<>(hits.subList(from, to), hits.size());
    }

    private static Comparator<AccountRow> comparator(AccountSort sort) {
        Comparator<AccountRow> tie = Comparator.comparing(AccountRow::contractReference, Comparator.nullsLast(String::compareTo))
                .thenComparing(r -> periodKey(r.period())).thenComparingInt(AccountRow::accountVersion)
                .thenComparing(r -> r.id().toString());
        Comparator<AccountRow> first = switch (sort) {
            case PERIOD -> Comparator.comparing(r -> periodKey(r.period()));
            case CONTRACT -> Comparator.comparing(AccountRow::contractReference, Comparator.nullsLast(String::compareTo));
            case COUNTERPARTY -> Comparator.comparing(r -> r.counterpartyIds().isEmpty() ? "" : r.counterpartyIds().get(0).toString());
            case CURRENCY -> Comparator.comparing(AccountRow::currency);
            case STATUS -> Comparator.comparing(AccountRow::status);
            case BALANCE -> Comparator.comparing((AccountRow r) -> r.currency()).thenComparing(r -> r.balance().amount());
            case DIFFERENCE -> Comparator.comparing((AccountRow r) -> r.difference().amount().abs());
            case DUE_DATE -> Comparator.comparing(AccountRow::dueDate, Comparator.nullsLast(LocalDate::compareTo));
            case UPDATED -> Comparator.comparing(AccountRow::updatedAt, Comparator.nullsFirst(Instant::compareTo));
        };
        return first.thenComparing(tie);
    }

    /** The rows of every account, rebuilt only when the vault's accounts or the outbox changed. */
    private List<Entry> entries() {
        String stamp = accounts.changeStamp() + "/" + outbox.changeStamp() + "/" + today();
        synchronized (cacheLock) {
            if (stamp.equals(cachedStamp)) {
                return cached;
            }
        }
        Map<String, SyncMark> marks = marks();
        List<Entry> built = new ArrayList<>();
        for (Stored<io.redesk.store.account.TechnicalAccountRecord> s : accounts.all()) {
            TechnicalAccount a = read(s.value().account(), TechnicalAccount.class);
            AccountRow row = row(a, s.updatedAt(), marks.getOrDefault("TECHNICAL_ACCOUNT:" + a.id(), SyncMark.SYNCED));
            List<String> texts = new ArrayList<>(List.of(nz(a.contractReference()), nz(a.section()), nz(a.period())));
            if (a.items() != null) {
                a.items().forEach(i -> texts.add(nz(i.reference())));
            }
            built.add(new Entry(row, tokens(String.join(" ", texts))));
        }
        List<Entry> out = List.copyOf(built);
        synchronized (cacheLock) {
            cachedStamp = stamp;
            cached = out;
        }
        return out;
    }

    private AccountRow row(TechnicalAccount a, Instant updatedAt, SyncMark mark) {
        TaBalance b = FinanceWire.domain(a).balance();
        AccountShare mine = myShare(a);
        List<UUID> counterparties = new ArrayList<>();
        List<AccountShare> shares = a.shares() == null ? List.of() : a.shares();
        if (me.equals(a.cedentId())) {
            shares.forEach(s -> counterparties.add(s.participantId()));
        } else if (mine != null) {
            counterparties.add(a.cedentId());
        } else {
            counterparties.add(a.cedentId());
            shares.forEach(s -> counterparties.add(s.participantId()));
        }
        LocalDate due = dueDate(a.period());
        boolean open = a.status() != AccountStatus.SETTLED && a.status() != AccountStatus.SUPERSEDED
                && a.kind() != AccountKind.REVERSAL;
        return new AccountRow(a.id(), a.placementId(), a.contractReference(), a.section(), a.period(), a.currency(),
                a.instalment(), a.accountVersion(), a.kind(), a.status(), mine == null ? null : mine.response(), a.cedentId(),
                a.brokerId(), counterparties, b.computed(), b.stated().orElse(null), b.difference(), b.isFlagged(),
                io.redesk.sdk.model.account.BalanceDirection.valueOf(b.direction().name()),
                mine == null ? b.computed() : FinanceWire.money(mine.amount()), due, open && due != null && today().isAfter(due),
                updatedAt, mark);
    }

    private AccountShare myShare(TechnicalAccount a) {
        if (a.shares() == null) {
            return null;
        }
        return a.shares().stream().filter(s -> me.equals(s.participantId())).findFirst().orElse(null);
    }

    @Override
    public Optional<AccountDetail> account(UUID accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return accounts.find(accountId.toString()).map(s -> {
            TechnicalAccount a = read(s.value().account(), TechnicalAccount.class);
            Map<String, SyncMark> marks = marks();
            AccountRow row = row(a, s.updatedAt(), marks.getOrDefault("TECHNICAL_ACCOUNT:" + a.id(), SyncMark.SYNCED));
            TaBalance b = FinanceWire.domain(a).balance();
            List<AccountItem> items = new ArrayList<>();
            Set<UUID> claimIds = new LinkedHashSet<>();
            for (TaItem i : a.items() == null ? List.<TaItem>of() : a.items()) {
                items.add(new AccountItem(i.type(), FinanceWire.money(i.amount()), i.reference(), i.claimId(), i.description(),
                        FinanceWire.item(i).effect()));
                if (i.claimId() != null) {
                    claimIds.add(i.claimId());
                }
            }
            List<ParticipantShare> shares = new ArrayList<>();
            Money shareTotal = Money.zero(Currency.getInstance(a.currency()));
            for (AccountShare sh : a.shares() == null ? List.<AccountShare>of() : a.shares()) {
                Money amount = FinanceWire.money(sh.amount());
                shareTotal = shareTotal.plus(amount);
                List<ParticipantShare.PoolMemberPart> members = sh.poolMembers() == null ? List.of()
                        : sh.poolMembers().stream().map(pm -> new ParticipantShare.PoolMemberPart(pm.organisationId(),
                                new BigDecimal(pm.share()), FinanceWire.money(pm.amount()))).toList();
                shares.add(new ParticipantShare(sh.participantId(), new BigDecimal(sh.signedShare()), amount,
                        BalanceSplit.exactQuota(b.computed(), Share.of(sh.signedShare())), sh.response(), sh.queryReason(),
                        sh.respondedAt(), sh.settlementId(), members));
            }
            boolean registrationQueued = marks.containsKey("TECHNICAL_ACCOUNT:" + a.id()) && queuedOp(a.id(), "REGISTER_BILL");
            return new AccountDetail(row, items, b.memoTotal(), FinanceWire.money(a.balance()), shares, shareTotal,
                    List.copyOf(claimIds), a.reversesId(), a.supersedesId(), a.supersededById(),
                    a.registration() == null ? null : a.registration().registrationNumber(),
                    a.registration() == null ? null : a.registration().registeredAt(), a.issuedAt(), a.version(),
                    allowed(a, registrationQueued));
        });
    }

    /** What the user's organisation may do with the account now (the domain's workflow, its part in the account). */
    List<AccountAction> allowed(TechnicalAccount a, boolean registrationQueued) {
        List<AccountAction> out = new ArrayList<>();
        io.redesk.domain.account.AccountStatus status = io.redesk.domain.account.AccountStatus.valueOf(a.status().name());
        boolean preparer = me.equals(a.brokerId());
        boolean live = a.kind() != AccountKind.REVERSAL && status != io.redesk.domain.account.AccountStatus.SUPERSEDED;
        if (preparer && AccountWorkflow.isEditable(status)) {
            out.add(AccountAction.ISSUE);
            out.add(AccountAction.EDIT_DRAFT);
        }
        AccountShare mine = myShare(a);
        if (mine != null && AccountWorkflow.mayRespond(status,
                io.redesk.domain.account.ParticipantResponse.valueOf(mine.response().name()))) {
            out.add(AccountAction.AGREE);
            out.add(AccountAction.QUERY);
        }
        if (preparer && live && AccountWorkflow.isAllowed(status, io.redesk.domain.account.AccountStatus.SUPERSEDED)) {
            out.add(AccountAction.CORRECT);
        }
        if (preparer && live && status != io.redesk.domain.account.AccountStatus.DRAFT && a.registration() == null
                && !registrationQueued) {
            out.add(AccountAction.REGISTER);
        }
        return out;
    }

    private boolean queuedOp(UUID aggregateId, String op) {
        return outbox.unfinishedFor("TECHNICAL_ACCOUNT", aggregateId.toString()).stream().anyMatch(e -> e.op().equals(op));
    }

    @Override
    public List<AccountRow> versionsOf(UUID accountId) {
        Optional<AccountRow> of = entries().stream().map(Entry::row).filter(r -> r.id().equals(accountId)).findFirst();
        if (of.isEmpty()) {
            return List.of();
        }
        AccountRow a = of.get();
        return entries().stream().map(Entry::row)
                .filter(r -> Objects.equals(r.placementId(), a.placementId()) && Objects.equals(r.section(), a.section())
                        && Objects.equals(r.period(), a.period()) && Objects.equals(r.currency(), a.currency())
                        && Objects.equals(r.instalment(), a.instalment()))
                .sorted(Comparator.comparingInt(AccountRow::accountVersion)
                        .thenComparing(r -> r.kind() == AccountKind.REVERSAL ? 1 : 0)
                        .thenComparing(r -> r.id().toString()))
                .toList();
    }

    @Override
    public FilterChoices filterChoices() {
        Set<UUID> cps = new TreeSet<>(Comparator.comparing(UUID::toString));
        Set<String> ccys = new TreeSet<>(Comparator.comparing((String c) -> !c.equals("CNY")).thenComparing(c -> c));
        Set<String> periods = new TreeSet<>(Comparator.comparing(VaultFinanceBook::periodKey));
        for (Entry e : entries()) {
            cps.addAll(e.row().counterpartyIds());
            ccys.add(e.row().currency());
            periods.add(e.row().period());
        }
        return new FilterChoices(List.copyOf(cps), List.copyOf(ccys), List.copyOf(periods));
    }

    // --- claims

    @Override
    public List<ClaimView> claimsOfPlacement(UUID placementId) {
        return claims.forPlacement(placementId.toString()).stream().map(this::claimView)
                .sorted(Comparator.comparing(ClaimView::createdAt, Comparator.nullsLast(Instant::compareTo))).toList();
    }

    @Override
    public List<ClaimView> claimsOf(UUID accountId) {
        Set<UUID> linked = new LinkedHashSet<>();
        account(accountId).ifPresent(d -> linked.addAll(d.claimIds()));
        List<ClaimView> out = new ArrayList<>();
        for (ClaimView c : claims()) {
            if (linked.contains(c.id()) || c.payments().stream().anyMatch(p -> p.technicalAccountId().equals(accountId))) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public List<ClaimView> claims() {
        return claims.all().stream().map(this::claimView)
                .sorted(Comparator.comparing(ClaimView::createdAt, Comparator.nullsLast(Instant::compareTo)).reversed()).toList();
    }

    @Override
    public Optional<ClaimView> claim(UUID claimId) {
        return claims.find(claimId.toString()).map(this::claimView);
    }

    private ClaimView claimView(Stored<io.redesk.store.account.ClaimRecord> s) {
        Claim c = read(s.value().claim(), Claim.class);
        List<ClaimView.Payment> payments = new ArrayList<>();
        Map<UUID, TechnicalAccount> byId = new HashMap<>();
        for (ClaimPayment p : c.payments() == null ? List.<ClaimPayment>of() : c.payments()) {
            TechnicalAccount a = byId.computeIfAbsent(p.technicalAccountId(), id -> accounts.find(id.toString())
                    .map(r -> read(r.value().account(), TechnicalAccount.class)).orElse(null));
            // the item the exchange linked the payment to, by position (never found again by amount: two items may be equal)
            payments.add(new ClaimView.Payment(p.technicalAccountId(), p.itemIndex() == null ? -1 : p.itemIndex(),
                    FinanceWire.money(p.amount()), p.requestedAt(), p.cashCallId(), a != null));
        }
        String umr = accounts.forPlacement(c.placementId().toString()).stream().findFirst()
                .map(r -> r.value().account().path("contractReference").asText(null)).orElse(null);
        return new ClaimView(c.id(), c.placementId(), umr, c.ucr(), c.lossDate(), c.cause(), c.description(),
                FinanceWire.money(c.reserve()), payments, FinanceWire.money(c.paidTotal()), c.createdAt(),
                marks().getOrDefault("CLAIM:" + c.id(), SyncMark.SYNCED),
                placingBroker(c.placementId()).map(me::equals).orElse(false));
    }

    @Override
    public Optional<ClaimMovements> claimMovements(UUID claimId) {
        Optional<Claim> claim = claims.find(claimId.toString()).map(s -> read(s.value().claim(), Claim.class));
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        Map<String, SyncMark> marks = marks();
        List<ReserveMovementView> moves = new ArrayList<>(movements.forClaim(claimId.toString()).stream()
                .map(s -> movementView(read(s.value().movement(), ReserveMovement.class)))
                .sorted(Comparator.comparingInt(ReserveMovementView::sequence)).toList());
        List<CashCallView> calls = new ArrayList<>(cashCalls.forClaim(claimId.toString()).stream()
                .map(s -> cashCallView(read(s.value().cashCall(), CashCall.class),
                        marks.getOrDefault("CASH_CALL:" + s.value().id(), SyncMark.SYNCED)))
                .sorted(Comparator.comparing(CashCallView::createdAt, Comparator.nullsLast(Instant::compareTo))
                        .thenComparing(v -> v.id().toString()))
                .toList());
        // the user's movements and calls still on their way, in the order made, after the exchange's
        SyncMark registrationSync = SyncMark.SYNCED;
        List<OutboxEntry> queued = outbox.unfinishedFor("CLAIM", claimId.toString());
        Money reserve = exchangeReserve(claim.get(), queued);
        for (OutboxEntry e : queued) {
            SyncMark mark = mark(e);
            JsonNode body = io.redesk.app.sync.engine.Mutation.fromJson(e.payload()).body();
            UUID temporary = UUID.fromString(e.clientMutationId());
            switch (e.op()) {
                case "MOVE_RESERVE" -> {
                    Money next = FinanceWire.money(read(body.get("outstanding"), io.redesk.sdk.model.Money.class));
                    Money before = reserve;
                    moves.add(new ReserveMovementView(temporary, claimId, moves.size() + 1,
                            LocalDate.parse(body.path("effectiveDate").asText()), before, next, next.minus(before),
                            body.path("reason").asText(), List.of(), e.createdAt(), mark));
                    reserve = next;
                }
                case "REQUEST_CASH_CALL" -> calls.add(new CashCallView(temporary, claimId, body.path("reference").asText(null),
                        FinanceWire.money(read(body.get("amount"), io.redesk.sdk.model.Money.class)),
                        LocalDate.parse(body.path("dueDate").asText()), io.redesk.domain.account.CashCallStatus.CALLED, List.of(),
                        null, -1, e.createdAt(), mark));
                case "REGISTER_CLAIM" -> registrationSync = mark;
                default -> { }
            }
        }
        BillRegistration r = claim.get().registration();
        return Optional.of(new ClaimMovements(claimId, moves, calls, Optional.ofNullable(r)
                .map(x -> new ClaimMovements.Registration(x.registrationNumber(), x.registeredAt(), x.fieldsDigest())),
                registrationSync));
    }

    /**
     * The reserve before the user's queued movements: the exchange's copy of the claim, or for a claim advised here and
     * not yet accepted the reserve the advice stated (the projection already shows the last queued movement).
     */
    private Money exchangeReserve(Claim projected, List<OutboxEntry> queued) {
        Optional<JsonNode> copy = copies.get("CLAIM", projected.id().toString()).map(c -> c.doc().get("reserve"));
        if (copy.isEmpty()) {
            copy = queued.stream().filter(e -> e.op().equals("ADVISE_CLAIM")).findFirst()
                    .map(e -> io.redesk.app.sync.engine.Mutation.fromJson(e.payload()).body().get("reserve"));
        }
        return copy.map(r -> FinanceWire.money(read(r, io.redesk.sdk.model.Money.class))).orElse(FinanceWire.money(projected.reserve()));
    }

    @Override
    public Optional<ClaimRegistrationFields> claimRegistration(UUID claimId) {
        Objects.requireNonNull(claimId, "claimId");
        return claims.find(claimId.toString()).map(s -> {
            Claim c = read(s.value().claim(), Claim.class);
            boolean queued = outbox.unfinishedFor("CLAIM", claimId.toString()).stream()
                    .anyMatch(e -> e.op().equals("REGISTER_CLAIM"));
            SyncMark mark = queued ? marks().getOrDefault("CLAIM:" + claimId, SyncMark.QUEUED) : SyncMark.SYNCED;
            BillRegistration r = c.registration();
            return new ClaimRegistrationFields(c.id(), contractReference(c.placementId()), c.ucr(), c.lossDate(),
                    FinanceWire.money(c.reserve()), FinanceWire.money(c.paidTotal()), r == null ? null : r.registrationNumber(),
                    r == null ? null : r.registeredAt(), r == null ? null : r.fieldsDigest(), mark);
        });
    }

    /** The placing broker of a contract: from its accounts, else from the placement the vault holds. */
    Optional<UUID> placingBroker(UUID placementId) {
        return accounts.forPlacement(placementId.toString()).stream()
                .map(r -> r.value().account().path("brokerId").asText(null)).filter(Objects::nonNull).findFirst()
                .or(() -> placements.find(placementId.toString()).map(p -> p.value().brokerId()).filter(Objects::nonNull))
                .map(UUID::fromString);
    }

    /** The contract's UMR: from its accounts, else from the placement the vault holds; null when neither is known. */
    private String contractReference(UUID placementId) {
        return accounts.forPlacement(placementId.toString()).stream().findFirst()
                .map(r -> r.value().account().path("contractReference").asText(null))
                .or(() -> placements.find(placementId.toString()).map(p -> p.value().umr()))
                .orElse(null);
    }

    private static ReserveMovementView movementView(ReserveMovement m) {
        List<ReserveMovementView.Share> shares = new ArrayList<>();
        for (ClaimShare s : m.shares() == null ? List.<ClaimShare>of() : m.shares()) {
            shares.add(new ReserveMovementView.Share(s.participantId(), new BigDecimal(s.signedShare()),
                    FinanceWire.money(s.amount())));
        }
        return new ReserveMovementView(m.id(), m.claimId(), m.sequence(), m.effectiveDate(), FinanceWire.money(m.previous()),
                FinanceWire.money(m.outstanding()), FinanceWire.money(m.change()), m.reason(), shares, m.createdAt(), SyncMark.SYNCED);
    }

    private static CashCallView cashCallView(CashCall c, SyncMark mark) {
        List<CashCallView.Share> shares = new ArrayList<>();
        for (CashCallShare s : c.shares() == null ? List.<CashCallShare>of() : c.shares()) {
            shares.add(new CashCallView.Share(s.participantId(), new BigDecimal(s.signedShare()), FinanceWire.money(s.amount()),
                    s.paid(), s.bankReference(), s.paidAt()));
        }
        return new CashCallView(c.id(), c.claimId(), c.reference(), FinanceWire.money(c.amount()), c.dueDate(),
                io.redesk.domain.account.CashCallStatus.valueOf(c.status().name()), shares, c.technicalAccountId(),
                c.itemIndex() == null ? -1 : c.itemIndex(), c.createdAt(), mark);
    }

    // --- statements

    @Override
    public List<StatementView> statements(UUID counterpartyId, String currency, String period) {
        Map<UUID, TechnicalAccount> byId = new HashMap<>();
        for (Stored<io.redesk.store.account.TechnicalAccountRecord> s : accounts.all()) {
            TechnicalAccount a = read(s.value().account(), TechnicalAccount.class);
            byId.put(a.id(), a);
        }
        List<StatementView> out = new ArrayList<>();
        for (var s : statements.all()) {
            Statement st = read(s.value().statement(), Statement.class);
            if (counterpartyId != null && !counterpartyId.equals(st.counterpartyId())
                    || currency != null && !currency.equals(st.currency()) || period != null && !period.equals(st.period())) {
                continue;
            }
            out.add(statementView(st, s.value().fetchedAt(), byId));
        }
        out.sort(Comparator.comparing((StatementView v) -> v.counterpartyId().toString())
                .thenComparing(v -> !v.currency().equals("CNY")).thenComparing(StatementView::currency)
                .thenComparing(v -> periodKey(v.period())));
        return out;
    }

    private StatementView statementView(Statement st, Instant fetchedAt, Map<UUID, TechnicalAccount> byId) {
        List<StatementView.Line> lines = new ArrayList<>();
        List<SettlementItem> open = new ArrayList<>();
        for (StatementEntry e : st.entries() == null ? List.<StatementEntry>of() : st.entries()) {
            TechnicalAccount now = byId.get(e.technicalAccountId());
            AccountStatus status = now != null ? now.status() : e.status();
            Money amount = FinanceWire.money(e.amount());
            lines.add(new StatementView.Line(e.technicalAccountId(), e.contractReference(), e.kind(), status, amount));
            if (status == AccountStatus.AGREED && e.kind() != AccountKind.REVERSAL && now != null && unsettled(now, st.counterpartyId())) {
                open.add(new SettlementItem(st.counterpartyId().toString(), amount, e.technicalAccountId().toString()));
            }
        }
        List<StatementView.NettingLine> netting = new ArrayList<>();
        for (NetPosition p : Netting.net(open)) {
            List<UUID> ids = p.references().stream().map(UUID::fromString).toList();
            List<Money> amounts = new ArrayList<>();
            for (UUID id : ids) {
                open.stream().filter(i -> i.reference().equals(id.toString())).map(SettlementItem::amount).findFirst()
                        .ifPresent(amounts::add);
            }
            netting.add(new StatementView.NettingLine(ids, amounts, p.net()));
        }
        return new StatementView(st.counterpartyId(), st.currency(), st.period(), lines, FinanceWire.money(st.total()), netting,
                fetchedAt);
    }

    /** Whether the shares between the user's organisation and {@code counterparty} on {@code a} are not in a settlement. */
    private boolean unsettled(TechnicalAccount a, UUID counterparty) {
        if (a.shares() == null) {
            return false;
        }
        for (AccountShare s : a.shares()) {
            boolean between = s.participantId().equals(me) && counterparty.equals(a.cedentId())
                    || s.participantId().equals(counterparty) && me.equals(a.cedentId());
            if (between && s.settlementId() != null) {
                return false;
            }
        }
        return true;
    }

    // --- settlements

    @Override
    public List<SettlementView> settlements() {
        Map<String, SyncMark> marks = marks();
        return settlements.all().stream().map(s -> settlementView(s.value().settlement(), marks))
                .sorted(Comparator.comparing(SettlementView::createdAt, Comparator.nullsLast(Instant::compareTo)).reversed())
                .toList();
    }

    @Override
    public Optional<SettlementView> settlement(UUID settlementId) {
        return settlements.find(settlementId.toString()).map(s -> settlementView(s.value().settlement(), marks()));
    }

    private SettlementView settlementView(JsonNode doc, Map<String, SyncMark> marks) {
        Settlement s = read(doc, Settlement.class);
        boolean userPays = me.equals(s.payerId());
        FxRate fx = s.fxRate() == null ? null : new FxRate(Currency.getInstance(s.fxRate().from()),
                Currency.getInstance(s.fxRate().to()), new BigDecimal(s.fxRate().rate()), s.fxRate().source(), s.fxRate().date());
        LocalDate due = null;
        for (UUID id : s.accountIds() == null ? List.<UUID>of() : s.accountIds()) {
            LocalDate d = accounts.find(id.toString()).map(r -> dueDate(r.value().account().path("period").asText())).orElse(null);
            if (d != null && (due == null || d.isAfter(due))) {
                due = d;
            }
        }
        SyncMark mark = marks.getOrDefault("SETTLEMENT:" + s.id(), SyncMark.SYNCED);
        String verdict = s.crossBorderRmb() && mark.state() == SyncMark.State.REFUSED ? mark.reason() : null;
        List<SettlementView.Payment> payments = s.payments() == null ? List.of() : s.payments().stream()
                .map(p -> new SettlementView.Payment(FinanceWire.money(p.amount()), p.bankReference(), p.valueDate())).toList();
        return new SettlementView(s.id(), s.payerId(), s.payeeId(), userPays ? s.payeeId() : s.payerId(), userPays,
                FinanceWire.money(s.net()), FinanceWire.money(s.due()), fx, s.crossBorderRmb(), verdict, s.status(),
                s.accountIds() == null ? List.of() : s.accountIds(), payments, FinanceWire.money(s.paid()),
                FinanceWire.money(s.residue()), s.confirmedBankReference(), s.createdAt(), due,
                s.status() != SettlementStatus.CONFIRMED && due != null && today().isAfter(due), mark);
    }

    // --- invoices

    @Override
    public List<InvoiceView> invoices() {
        Map<String, SyncMark> marks = marks();
        return invoices.all().stream().map(s -> invoiceView(s.value().invoice(), marks))
                .sorted(Comparator.comparing(InvoiceView::createdAt, Comparator.nullsLast(Instant::compareTo)).reversed())
                .toList();
    }

    @Override
    public Optional<InvoiceView> invoice(UUID invoiceId) {
        return invoices.find(invoiceId.toString()).map(s -> invoiceView(s.value().invoice(), marks()));
    }

    @Override
    public List<InvoiceView> invoicesOf(UUID accountId) {
        Map<String, SyncMark> marks = marks();
        return invoices.forAccount(accountId.toString()).stream().map(s -> invoiceView(s.value().invoice(), marks)).toList();
    }

    private InvoiceView invoiceView(JsonNode doc, Map<String, SyncMark> marks) {
        Invoice i = read(doc, Invoice.class);
        String umr = accounts.find(String.valueOf(i.technicalAccountId()))
                .map(r -> r.value().account().path("contractReference").asText(null)).orElse(null);
        InvoiceView.Withholding w = i.treatment() == VatTreatment.WITHHELD
                ? new InvoiceView.Withholding(FinanceWire.money(i.vat()), FinanceWire.money(i.net()),
                        i.status() != InvoiceStatus.CONFIRMED && i.status() != InvoiceStatus.VOIDED)
                : null;
        return new InvoiceView(i.id(), i.technicalAccountId(), umr, i.issuerId(), i.recipientId(), i.reinsurerId(), i.cedentId(),
                i.treatment(), i.legalBasis(), FinanceWire.money(i.gross()), FinanceWire.money(i.vat()), FinanceWire.money(i.net()),
                i.status(), i.invoiceNumber(), i.redInvoiceNumber(), i.voidReason(), w, i.createdAt(),
                marks.getOrDefault("INVOICE:" + i.id(), SyncMark.SYNCED));
    }

    // --- registration

    @Override
    public Optional<BillRegistrationFields> registration(UUID accountId) {
        return accounts.find(accountId.toString()).map(s -> {
            TechnicalAccount a = read(s.value().account(), TechnicalAccount.class);
            SyncMark mark = queuedOp(a.id(), "REGISTER_BILL")
                    ? marks().getOrDefault("TECHNICAL_ACCOUNT:" + a.id(), SyncMark.QUEUED) : SyncMark.SYNCED;
            return new BillRegistrationFields(a.id(), a.contractReference(), a.period(), a.currency(),
                    FinanceWire.domain(a).balance().computed(),
                    a.registration() == null ? null : a.registration().registrationNumber(),
                    a.registration() == null ? null : a.registration().registeredAt(),
                    a.registration() == null ? null : a.registration().fieldsDigest(), mark);
        });
    }

    // --- to-do

    @Override
    public List<TodoItem> todo() {
        List<TodoItem> out = new ArrayList<>();
        Map<String, TechnicalAccount> byId = new HashMap<>();
        for (Stored<io.redesk.store.account.TechnicalAccountRecord> s : accounts.all()) {
            TechnicalAccount a = read(s.value().account(), TechnicalAccount.class);
            byId.put(a.id().toString(), a);
        }
        for (AccountRow r : accounts(AccountQuery.all()).rows()) {
            String ref = r.contractReference() + " " + r.period();
            UUID cp = r.counterpartyIds().isEmpty() ? null : r.counterpartyIds().get(0);
            boolean preparer = me.equals(r.brokerId());
            if (preparer && r.status() == AccountStatus.DRAFT) {
                out.add(new TodoItem(TodoItem.Kind.ACCOUNT_TO_ISSUE, r.id(), ref, cp, r.balance(), r.dueDate(), r.overdue()));
            }
            if (r.myResponse() != null && allowed(byId.get(r.id().toString()), false).contains(AccountAction.AGREE)) {
                out.add(new TodoItem(TodoItem.Kind.ACCOUNT_TO_AGREE, r.id(), ref, cp, r.myAmount(), r.dueDate(), r.overdue()));
            }
            if (r.status() == AccountStatus.QUERIED) {
                out.add(new TodoItem(preparer ? TodoItem.Kind.ACCOUNT_TO_ANSWER : TodoItem.Kind.ACCOUNT_QUERIED, r.id(), ref, cp,
                        r.myAmount(), r.dueDate(), r.overdue()));
            }
        }
        Map<String, Money> toSettle = new LinkedHashMap<>();
        Map<String, LocalDate> settleDue = new HashMap<>();
        for (StatementView st : statements(null, null, null)) {
            for (StatementView.NettingLine n : st.netting()) {
                String key = st.counterpartyId() + "|" + st.currency();
                toSettle.merge(key, n.net(), Money::plus);
                LocalDate d = dueDate(st.period());
                settleDue.merge(key, d, (x, y) -> x.isAfter(y) ? y : x);
            }
        }
        toSettle.forEach((key, net) -> {
            if (!net.isZero()) {
                String[] k = key.split("\\|");
                LocalDate d = settleDue.get(key);
                out.add(new TodoItem(TodoItem.Kind.SETTLEMENT_TO_INSTRUCT, UUID.fromString(k[0]), k[1], UUID.fromString(k[0]), net,
                        d, d != null && today().isAfter(d)));
            }
        });
        for (SettlementView s : settlements()) {
            String ref = s.due().currency().getCurrencyCode() + " " + s.due().amount().toPlainString();
            if (s.userPays() && (s.status() == SettlementStatus.INSTRUCTED || s.status() == SettlementStatus.PARTLY_PAID)) {
                out.add(new TodoItem(TodoItem.Kind.SETTLEMENT_TO_PAY, s.id(), ref, s.counterpartyId(), s.residue(), s.dueDate(),
                        s.overdue()));
            } else if (!s.userPays() && s.status() == SettlementStatus.PAID) {
                out.add(new TodoItem(TodoItem.Kind.SETTLEMENT_TO_CONFIRM, s.id(), ref, s.counterpartyId(), s.paid(), s.dueDate(),
                        s.overdue()));
            }
        }
        for (InvoiceView i : invoices()) {
            String ref = i.invoiceNumber() != null ? i.invoiceNumber() : nz(i.contractReference());
            TechnicalAccount a = byId.get(String.valueOf(i.technicalAccountId()));
            LocalDate d = a == null ? null : dueDate(a.period());
            boolean late = d != null && today().isAfter(d);
            if (me.equals(i.issuerId()) && i.status() == InvoiceStatus.REQUESTED) {
                out.add(new TodoItem(TodoItem.Kind.INVOICE_TO_ISSUE, i.id(), ref, i.recipientId(), i.gross(), d, late));
            } else if (me.equals(i.issuerId()) && i.status() == InvoiceStatus.ISSUED) {
                out.add(new TodoItem(TodoItem.Kind.INVOICE_TO_DELIVER, i.id(), ref, i.recipientId(), i.gross(), d, late));
            } else if (me.equals(i.recipientId()) && i.status() == InvoiceStatus.DELIVERED) {
                out.add(new TodoItem(TodoItem.Kind.INVOICE_TO_CONFIRM, i.id(), ref, i.issuerId(), i.gross(), d, late));
            }
            if (i.withholding() != null && i.withholding().due() && me.equals(i.cedentId())) {
                out.add(new TodoItem(TodoItem.Kind.WITHHOLDING_DUE, i.id(), ref, i.reinsurerId(), i.withholding().withheld(), d,
                        late));
            }
        }
        out.sort(Comparator.comparing((TodoItem t) -> !t.overdue())
                .thenComparing(TodoItem::dueDate, Comparator.nullsLast(LocalDate::compareTo))
                .thenComparing(TodoItem::kind).thenComparing(TodoItem::reference, Comparator.nullsLast(String::compareTo)));
        return out;
    }

    // --- due dates

    @Override
    public LocalDate dueDate(String period) {
        LocalDate end = periodEnd(period);
        return end == null ? null : end.plusDays(settlementDays);
    }

    /** The last day of an accounting period ("2027Q1" → 2027-03-31), or null when it is not one. */
    static LocalDate periodEnd(String period) {
        return AccountingPeriod.end(period).orElse(null);
    }

    /** Sort key of a period: its end, then its length (a quarter before the year it ends). */
    private static String periodKey(String period) {
        LocalDate end = periodEnd(period);
        return (end == null ? "9999-99-99" : end.toString()) + (period == null ? "" : period);
    }

    // --- sync marks

    /** The user's unfinished changes by entity ({@code TYPE:id}): queued, refused, or in conflict. */
    Map<String, SyncMark> marks() {
        Map<String, SyncMark> out = new HashMap<>();
        for (OutboxEntry e : outbox.unfinished()) {
            SyncMark mark = mark(e);
            String key = e.aggregateType() + ":" + e.aggregateId();
            SyncMark held = out.get(key);
            if (held == null || held.state() == SyncMark.State.QUEUED) {
                out.put(key, mark);
            }
        }
        return out;
    }

    /** Where one unfinished change of the user's stands: queued, refused with the exchange's reason, or in conflict. */
    private static SyncMark mark(OutboxEntry e) {
        if (e.status() != OutboxEntry.Status.FAILED) {
            return SyncMark.QUEUED;
        }
        String err = e.lastError() == null ? null : e.lastError().toString();
        return new SyncMark(err != null && err.startsWith("conflict ") ? SyncMark.State.CONFLICT : SyncMark.State.REFUSED, err);
    }

    // --- text search

    private static boolean matches(String[] tokens, String[] words) {
        for (String w : words) {
            boolean found = false;
            for (String t : tokens) {
                if (t.startsWith(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String text) {
        return text == null || text.isBlank() ? new String[0] : tokens(text);
    }

    private static String[] tokens(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(n.split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    <T> T read(JsonNode doc, Class<T> type) {
        try {
            return wire.treeToValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the vault's " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }

    ObjectMapper wire() {
        return wire;
    }

    Vault vault() {
        return vault;
    }

    /** A participant's answer as the domain names it. */
    static io.redesk.domain.account.ParticipantResponse domain(ParticipantResponse r) {
        return io.redesk.domain.account.ParticipantResponse.valueOf(r.name());
    }
}
