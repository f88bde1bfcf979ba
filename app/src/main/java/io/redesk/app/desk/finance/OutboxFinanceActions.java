package io.redesk.app.desk.finance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.app.sync.engine.FinanceWire;
import io.redesk.app.sync.engine.LocalChanges;
import io.redesk.app.sync.engine.Op;
import io.redesk.domain.account.AccountWorkflow;
import io.redesk.domain.account.BalanceSplit;
import io.redesk.domain.account.NetPosition;
import io.redesk.domain.account.Payment;
import io.redesk.domain.account.Settlement;
import io.redesk.domain.account.TaBalance;
import io.redesk.domain.money.FxRate;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.tax.InvoiceWorkflow;
import io.redesk.domain.validation.FieldError;
import io.redesk.domain.validation.ValidationException;
import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BillRegistrationRequest;
import io.redesk.domain.account.ClaimPayment;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.CashCallRequest;
import io.redesk.sdk.model.account.CashCallShare;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.model.account.ClaimRegistrationRequest;
import io.redesk.sdk.model.account.ReserveMovementRequest;
import io.redesk.store.account.CashCallRepository;
import io.redesk.store.account.ClaimRepository;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.InvoiceRequest;
import io.redesk.sdk.model.account.InvoiceStatus;
import io.redesk.sdk.model.account.PaymentRequest;
import io.redesk.sdk.model.account.SettlementRequest;
import io.redesk.sdk.model.account.SettlementStatus;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.TechnicalAccountContent;
import io.redesk.store.account.TechnicalAccountRepository;
import io.redesk.store.outbox.Outbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@link FinanceActions} through the sync engine's outbox ({@link LocalChanges#queueFinance}): each action
 * checks its input exactly and the domain's rules against the vault's current record, then queues the
 * request with its local effect in one transaction (ADR 0622). Creates (a correction, a settlement, an
 * invoice request) get a temporary id; the record they make locally is built here with the domain's figures.
 */
public final class OutboxFinanceActions implements FinanceActions {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_TEXT = 500;
    /** The placement states a claim is advised on (the exchange's rule; checked here so the user hears it at once). */
    private static final java.util.Set<io.redesk.domain.placement.PlacementStatus> SIGNED = java.util.EnumSet.of(
            io.redesk.domain.placement.PlacementStatus.SIGNED, io.redesk.domain.placement.PlacementStatus.BOUND,
            io.redesk.domain.placement.PlacementStatus.REGISTERED);

    private final VaultFinanceBook book;
    private final LocalChanges changes;
    private final Clock clock;
    private final UUID me;
    private final ObjectMapper wire;
    private final TechnicalAccountRepository accounts;
    private final Outbox outbox;
    private final ClaimRepository claims;
    private final CashCallRepository cashCalls;
    private final PlacementRepository placements;

    public OutboxFinanceActions(VaultFinanceBook book, LocalChanges changes, Clock clock) {
        this.book = Objects.requireNonNull(book, "book");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.me = book.organisationId();
        this.wire = book.wire();
        this.accounts = new TechnicalAccountRepository(book.vault());
        this.outbox = new Outbox(book.vault());
        this.claims = new ClaimRepository(book.vault());
        this.cashCalls = new CashCallRepository(book.vault());
        this.placements = new PlacementRepository(book.vault());
    }

    // --- technical accounts

    @Override
    public Queued issue(UUID accountId) {
        return queue(Op.ISSUE_ACCOUNT, accountId, null, wire.createObjectNode(), null, () -> {
            TechnicalAccount a = account(accountId);
            mustPrepare(a);
            if (a.status() != AccountStatus.DRAFT) {
                throw notAllowed("accountId", "only a draft account is issued; this one is " + a.status());
            }
            if (a.shares() == null || a.shares().isEmpty()) {
                throw new FinanceInputException("accountId", "noSignedLines", "the placement has no signed line to share the account");
            }
        });
    }

    @Override
    public Queued agree(UUID accountId) {
        TechnicalAccount seen = account(accountId);
        return queue(Op.AGREE_ACCOUNT, accountId, null, wire.createObjectNode(), respondLocal(seen),
                () -> mustRespond(account(accountId)));
    }

    @Override
    public Queued query(UUID accountId, String reason) {
        String r = text("reason", reason);
        TechnicalAccount seen = account(accountId);
        return queue(Op.QUERY_ACCOUNT, accountId, null, wire.createObjectNode().put("reason", r), respondLocal(seen),
                () -> mustRespond(account(accountId)));
    }

    private JsonNode respondLocal(TechnicalAccount a) {
        BigDecimal visible = BigDecimal.ZERO;
        for (AccountShare s : a.shares() == null ? List.<AccountShare>of() : a.shares()) {
            visible = visible.add(new BigDecimal(s.signedShare()));
        }
        return wire.createObjectNode().put("participantId", me.toString())
                .put("allSharesVisible", visible.compareTo(BigDecimal.valueOf(100)) == 0);
    }

    @Override
    public Queued editDraft(UUID accountId, List<AccountItem> items, Money stated) {
        TechnicalAccount a = account(accountId);
        TechnicalAccountContent content = content(a.currency(), items, stated);
        ObjectNode figures = figures(a, content);
        return queue(Op.UPDATE_ACCOUNT, accountId, null, wire.valueToTree(content), figures, () -> {
            TechnicalAccount now = account(accountId);
            mustPrepare(now);
            if (!AccountWorkflow.isEditable(io.redesk.domain.account.AccountStatus.valueOf(now.status().name()))) {
                throw notAllowed("accountId", "an issued account is never edited; correct it instead (it is " + now.status() + ")");
            }
        });
    }

    @Override
    public Queued correct(UUID accountId, List<AccountItem> items, Money stated) {
        TechnicalAccount a = account(accountId);
        TechnicalAccountContent content = content(a.currency(), items, stated);
        UUID next = UUID.randomUUID();
        ObjectNode draft = wire.valueToTree(a);
        draft.setAll(figures(a, content));
        draft.put("id", next.toString());
        draft.put("accountVersion", a.accountVersion() + 1);
        draft.put("kind", AccountKind.CORRECTION.name());
        draft.put("status", AccountStatus.DRAFT.name());
        draft.put("supersedesId", accountId.toString());
        for (String f : new String[] {"supersededById", "reversesId", "registration", "issuedAt"}) {
            draft.remove(f);
        }
        draft.put("createdAt", clock.instant().toString());
        draft.put("version", 0);
        return queue(Op.CORRECT_ACCOUNT, next, accountId, wire.valueToTree(content), draft, () -> {
            TechnicalAccount now = account(accountId);
            mustPrepare(now);
            if (now.kind() == AccountKind.REVERSAL) {
                throw notAllowed("accountId", "a reversal is not corrected; correct the version it belongs to");
            }
            if (!AccountWorkflow.isAllowed(io.redesk.domain.account.AccountStatus.valueOf(now.status().name()),
                    io.redesk.domain.account.AccountStatus.SUPERSEDED)) {
                throw notAllowed("accountId", "an account that is " + now.status() + " is not corrected");
            }
            if (outbox.hasUnfinished("TECHNICAL_ACCOUNT", accountId.toString())) {
                throw new FinanceInputException("accountId", "pendingChanges",
                        "the account has changes still on their way to the exchange; correct it once they are through");
            }
        });
    }

    @Override
    public Queued registerBill(UUID accountId) {
        BillRegistrationFields f = book.registration(accountId).orElseThrow(() -> notFound("accountId", accountId));
        BillRegistrationRequest req = new BillRegistrationRequest(accountId, f.umr(), f.period(), f.currency(),
                FinanceWire.wire(f.balance()));
        return queue(Op.REGISTER_BILL, accountId, null, wire.valueToTree(req), null, () -> {
            TechnicalAccount now = account(accountId);
            mustPrepare(now);
            if (now.status() == AccountStatus.DRAFT || now.status() == AccountStatus.SUPERSEDED
                    || now.kind() == AccountKind.REVERSAL) {
                throw notAllowed("accountId", "only an issued account in force is registered; this one is " + now.status());
            }
            if (now.registration() != null || outbox.unfinishedFor("TECHNICAL_ACCOUNT", accountId.toString()).stream()
                    .anyMatch(e -> e.op().equals(Op.REGISTER_BILL.name()))) {
                throw new FinanceInputException("accountId", "alreadyRegistered", "the bill is registered (or queued) already");
            }
        });
    }

    // --- claims

    @Override
    public Queued requestClaimPayment(UUID claimId, UUID technicalAccountId, Money amount, UUID cashCallId) {
        Claim k = claimDoc(claimId);
        TechnicalAccount a = account(technicalAccountId);
        Money m = positive("amount", amount, a.currency());
        if (!k.placementId().equals(a.placementId())) {
            throw new FinanceInputException("technicalAccountId", "noMatchingItem", "the account belongs to another contract than the claim");
        }
        if (a.kind() == AccountKind.REVERSAL || a.status() == AccountStatus.SUPERSEDED || a.status() == AccountStatus.DRAFT) {
            throw notAllowed("technicalAccountId", "a claim is paid through an issued account in force; this one is " + a.status());
        }
        if (cashCallId != null) {
            CashCall call = cashCallDoc(cashCallId);
            if (!call.claimId().equals(claimId)) {
                throw new FinanceInputException("cashCallId", "notOfClaim", "the cash call belongs to another claim");
            }
            if (call.technicalAccountId() != null) {
                throw new FinanceInputException("cashCallId", "accounted", "the cash call is accounted already");
            }
            if (FinanceWire.money(call.amount()).compareTo(m) != 0) {
                throw new FinanceInputException("amount", "amountMismatch", "the cash call is " + call.amount().amount() + " "
                        + call.amount().currency() + "; the payment must be the same amount");
            }
        }
        ClaimPayment rule = cashCallId != null ? ClaimPayment.cashCall(k.ucr(), m) : new ClaimPayment(k.ucr(), m);
        List<FieldError> errors = rule.matchAgainst(FinanceWire.domain(a));
        if (!errors.isEmpty()) {
            FieldError f = errors.get(0);
            throw "claim.noTaItem".equals(f.code())
                    ? new FinanceInputException("technicalAccountId", "noMatchingItem", f.message())
                    : new FinanceInputException("amount", "amountMismatch", f.message());
        }
        // an item carries a payment when the exchange linked it, or when a payment queued here took it
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (var c : claims.all()) {
            for (JsonNode p : c.value().claim().path("payments")) {
                if (technicalAccountId.toString().equals(p.path("technicalAccountId").asText()) && p.has("itemIndex")) {
                    taken.add(p.path("itemIndex").asInt());
                }
            }
        }
        List<TaItem> items = a.items();
        int index = rule.itemFor(FinanceWire.domain(a).items(), i -> items.get(i).claimId() != null || taken.contains(i));
        if (index < 0) {
            throw new FinanceInputException("technicalAccountId", "itemTaken", "every matching item of the account carries a payment already");
        }
        ClaimPaymentRequest req = new ClaimPaymentRequest(technicalAccountId, FinanceWire.wire(m), cashCallId);
        return queue(Op.REQUEST_CLAIM_PAYMENT, claimId, null, wire.valueToTree(req), wire.createObjectNode().put("itemIndex", index),
                () -> mustPrepareClaim(claimDoc(claimId).placementId()));
    }

    @Override
    public Queued adviseClaim(ClaimAdvice advice) {
        Objects.requireNonNull(advice, "advice");
        if (advice.placementId() == null) {
            throw new FinanceInputException("placementId", "required", "the contract is required");
        }
        String ucr = text("ucr", advice.ucr());
        if (advice.lossDate() == null) {
            throw new FinanceInputException("lossDate", "required", "the date of loss is required");
        }
        String cause = text("cause", advice.cause());
        String description = text("description", advice.description());
        if (advice.reserve() == null) {
            throw new FinanceInputException("reserve", "required", "the outstanding reserve is required");
        }
        if (advice.reserve().isNegative()) {
            throw new FinanceInputException("reserve", "negative", "an outstanding reserve is zero or more, not "
                    + advice.reserve().amount().toPlainString());
        }
        UUID placementId = advice.placementId();
        ClaimAdviceRequest req = new ClaimAdviceRequest(placementId, ucr, advice.lossDate(), cause, description,
                FinanceWire.wire(advice.reserve()));
        UUID id = UUID.randomUUID();
        Claim local = new Claim(id, placementId, ucr, advice.lossDate(), cause, description, FinanceWire.wire(advice.reserve()),
                List.of(), FinanceWire.wire(Money.zero(advice.reserve().currency())), clock.instant(), 0);
        return queue(Op.ADVISE_CLAIM, id, null, wire.valueToTree(req), wire.valueToTree(local), () -> {
            mustPrepareClaim(placementId);
            placements.find(placementId.toString()).map(r -> r.value().status()).ifPresent(st -> {
                if (!SIGNED.contains(st)) {
                    throw notAllowed("placementId", "claims are advised on signed placements; this one is " + st);
                }
            });
            boolean taken = claims.forPlacement(placementId.toString()).stream()
                    .anyMatch(c -> ucr.equals(c.value().claim().path("ucr").asText()));
            if (taken) {
                throw new FinanceInputException("ucr", "duplicateUcr", "the contract already has a claim " + ucr);
            }
        });
    }

    @Override
    public Queued moveReserve(UUID claimId, Money outstanding, String reason, LocalDate effectiveDate) {
        Objects.requireNonNull(outstanding, "outstanding");
        String why = text("reason", reason);
        if (effectiveDate == null) {
            throw new FinanceInputException("effectiveDate", "required", "the date the new reserve applies from is required");
        }
        ReserveMovementRequest req = new ReserveMovementRequest(FinanceWire.wire(outstanding), why, effectiveDate);
        return queue(Op.MOVE_RESERVE, claimId, null, wire.valueToTree(req), null, () -> {
            Claim k = claimDoc(claimId);
            mustPrepareClaim(k.placementId());
            try {
                io.redesk.domain.account.ReserveMovement.of(FinanceWire.money(k.reserve()), outstanding);
            } catch (ValidationException e) {
                throw input(e);
            }
        });
    }

    @Override
    public Queued requestCashCall(UUID claimId, Money amount, LocalDate dueDate, String reference) {
        Objects.requireNonNull(amount, "amount");
        if (dueDate == null) {
            throw new FinanceInputException("dueDate", "required", "the date the shares are due is required");
        }
        String ref = reference == null || reference.isEmpty() ? null : text("reference", reference);
        CashCallRequest req = new CashCallRequest(FinanceWire.wire(amount), dueDate, ref);
        return queue(Op.REQUEST_CASH_CALL, claimId, null, wire.valueToTree(req), null, () -> {
            Claim k = claimDoc(claimId);
            mustPrepareClaim(k.placementId());
            try {
                io.redesk.domain.account.CashCall.check(amount, FinanceWire.money(k.reserve()));
            } catch (ValidationException e) {
                throw input(e);
            }
        });
    }

    @Override
    public Queued payCashCall(UUID cashCallId, String bankReference) {
        String ref = text("bankReference", bankReference);
        return queue(Op.PAY_CASH_CALL, cashCallId, null, wire.createObjectNode().put("bankReference", ref),
                wire.createObjectNode().put("participantId", me.toString()), () -> {
                    CashCall c = cashCallDoc(cashCallId);
                    CashCallShare own = c.shares() == null ? null
                            : c.shares().stream().filter(x -> me.equals(x.participantId())).findFirst().orElse(null);
                    if (own == null) {
                        throw notAllowed("cashCallId", "only a participant of the cash call pays its share");
                    }
                    if (own.paid()) {
                        throw new FinanceInputException("cashCallId", "alreadyPaid", "your organisation's share is paid already ("
                                + own.bankReference() + ")");
                    }
                });
    }

    @Override
    public Queued registerClaim(UUID claimId) {
        ClaimRegistrationFields f = book.claimRegistration(claimId).orElseThrow(() -> notFound("claimId", claimId));
        if (f.umr() == null) {
            throw new FinanceInputException("claimId", "noContractReference",
                    "the vault does not know the contract's UMR yet; sync first");
        }
        ClaimRegistrationRequest req = new ClaimRegistrationRequest(claimId, f.umr(), f.ucr(), f.lossDate(),
                FinanceWire.wire(f.outstanding()), FinanceWire.wire(f.paid()));
        return queue(Op.REGISTER_CLAIM, claimId, null, wire.valueToTree(req), null, () -> {
            Claim k = claimDoc(claimId);
            mustPrepareClaim(k.placementId());
            if (k.registration() != null || outbox.unfinishedFor("CLAIM", claimId.toString()).stream()
                    .anyMatch(e -> e.op().equals(Op.REGISTER_CLAIM.name()))) {
                throw new FinanceInputException("claimId", "alreadyRegistered", "the claim is registered (or queued) already");
            }
        });
    }

    private Claim claimDoc(UUID id) {
        Objects.requireNonNull(id, "claimId");
        return claims.find(id.toString()).map(s -> book.read(s.value().claim(), Claim.class)).orElseThrow(() -> notFound("claimId", id));
    }

    private CashCall cashCallDoc(UUID id) {
        Objects.requireNonNull(id, "cashCallId");
        return cashCalls.find(id.toString()).map(s -> book.read(s.value().cashCall(), CashCall.class))
                .orElseThrow(() -> notFound("cashCallId", id));
    }

    /** The placing broker advises, moves reserves, calls cash, requests payments and registers (ADR 0440). */
    private void mustPrepareClaim(UUID placementId) {
        UUID broker = book.placingBroker(placementId).orElseThrow(() -> notFound("placementId", placementId));
        if (!me.equals(broker)) {
            throw notAllowed("claimId", "the placing broker advises claims, moves reserves, calls cash, requests payments and registers");
        }
    }

    // --- settlements

    @Override
    public Queued instructSettlement(SettlementInstruction in) {
        Objects.requireNonNull(in, "instruction");
        String ccy = code("currency", in.currency());
        String settleIn = in.settlementCurrency() == null ? null : code("settlementCurrency", in.settlementCurrency());
        List<UUID> ids = new ArrayList<>();
        Money net = Money.zero(Currency.getInstance(ccy));
        for (StatementView st : book.statements(in.counterpartyId(), ccy, null)) {
            for (StatementView.NettingLine n : st.netting()) {
                ids.addAll(n.accountIds());
                net = net.plus(n.net());
            }
        }
        if (ids.isEmpty()) {
            throw new FinanceInputException("counterpartyId", "nothingToSettle",
                    "no agreed, unsettled account with this counterparty in " + ccy);
        }
        Settlement d;
        try {
            // cross-border RMB eligibility is the exchange's to decide (it knows both parties): it answers with its verdict
            d = Settlement.instruct(new NetPosition(in.counterpartyId().toString(), net, List.of()),
                    Currency.getInstance(settleIn == null ? ccy : settleIn), in.fxRate(), false, null, null);
        } catch (ValidationException e) {
            throw input(e);
        }
        UUID payer = net.isNegative() ? me : in.counterpartyId();
        UUID payee = payer.equals(me) ? in.counterpartyId() : me;
        FxRate fx = in.fxRate();
        io.redesk.sdk.model.account.FxRate wireFx = fx == null ? null : new io.redesk.sdk.model.account.FxRate(
                fx.from().getCurrencyCode(), fx.to().getCurrencyCode(), fx.rate().toPlainString(), fx.source(), fx.date());
        SettlementRequest req = new SettlementRequest(in.counterpartyId(), ccy, settleIn, wireFx, in.crossBorderRmb());
        UUID id = UUID.randomUUID();
        io.redesk.sdk.model.account.Settlement local = new io.redesk.sdk.model.account.Settlement(id, payer, payee,
                FinanceWire.wire(net.abs()), FinanceWire.wire(d.due()), wireFx, in.crossBorderRmb(), SettlementStatus.INSTRUCTED,
                ids, List.of(), FinanceWire.wire(d.paid()), FinanceWire.wire(d.residue()), null, clock.instant(), 0);
        return queue(Op.INSTRUCT_SETTLEMENT, id, null, wire.valueToTree(req), wire.valueToTree(local), () -> { });
    }

    @Override
    public Queued recordPayment(UUID settlementId, Money amount, String bankReference, LocalDate valueDate) {
        String ref = text("bankReference", bankReference);
        if (valueDate == null) {
            throw new FinanceInputException("valueDate", "required", "the payment's value date is required");
        }
        Objects.requireNonNull(amount, "amount");
        PaymentRequest req = new PaymentRequest(FinanceWire.wire(amount), ref, valueDate);
        return queue(Op.PAY_SETTLEMENT, settlementId, null, wire.valueToTree(req), null, () -> {
            SettlementView s = settlementView(settlementId);
            if (!s.userPays()) {
                throw notAllowed("settlementId", "the payer records the payments; your organisation receives this settlement");
            }
            try {
                domain(s).pay(new Payment(amount, ref, valueDate));
            } catch (ValidationException e) {
                throw input(e);
            } catch (IllegalTransitionException e) {
                throw notAllowed("settlementId", "a settlement that is " + s.status() + " takes no more payments");
            }
        });
    }

    @Override
    public Queued confirmSettlement(UUID settlementId, String bankReference) {
        String ref = text("bankReference", bankReference);
        return queue(Op.CONFIRM_SETTLEMENT, settlementId, null, wire.createObjectNode().put("bankReference", ref), null, () -> {
            SettlementView s = settlementView(settlementId);
            if (s.userPays()) {
                throw notAllowed("settlementId", "the payee confirms a settlement; your organisation pays this one");
            }
            try {
                domain(s).confirm(ref);
            } catch (IllegalTransitionException e) {
                throw notAllowed("settlementId", "only a paid settlement is confirmed; this one is " + s.status());
            }
        });
    }

    private SettlementView settlementView(UUID id) {
        Objects.requireNonNull(id, "settlementId");
        return book.settlement(id).orElseThrow(() -> notFound("settlementId", id));
    }

    private static Settlement domain(SettlementView s) {
        List<Payment> payments = s.payments().stream().map(p -> new Payment(p.amount(), p.bankReference(), p.valueDate())).toList();
        return new Settlement(new NetPosition(s.counterpartyId().toString(), s.net(), List.of()), s.due(),
                java.util.Optional.ofNullable(s.fxRate()), s.crossBorderRmb(),
                io.redesk.domain.account.SettlementStatus.valueOf(s.status().name()), payments,
                java.util.Optional.ofNullable(s.confirmedBankReference()));
    }

    // --- invoices

    @Override
    public Queued requestInvoice(UUID technicalAccountId, UUID reinsurerId, boolean consumedWhollyAbroad) {
        Objects.requireNonNull(reinsurerId, "reinsurerId");
        TechnicalAccount a = account(technicalAccountId);
        if (a.status() == AccountStatus.DRAFT || a.status() == AccountStatus.SUPERSEDED || a.kind() == AccountKind.REVERSAL) {
            throw notAllowed("technicalAccountId", "an invoice is requested for an issued account in force; this one is " + a.status());
        }
        AccountShare share = a.shares() == null ? null
                : a.shares().stream().filter(s -> s.participantId().equals(reinsurerId)).findFirst().orElse(null);
        if (share == null) {
            throw new FinanceInputException("reinsurerId", "notAParticipant", "the reinsurer has no share of this account");
        }
        UUID id = UUID.randomUUID();
        Money gross = FinanceWire.money(share.amount()).abs();
        // the VAT treatment is the exchange's decision (it knows both parties' residence): shown once it answers
        Invoice local = new Invoice(id, technicalAccountId, reinsurerId, a.cedentId(), reinsurerId, a.cedentId(), null, null,
                FinanceWire.wire(gross), null, null, InvoiceStatus.REQUESTED, null, null, null, clock.instant(), 0);
        InvoiceRequest req = new InvoiceRequest(technicalAccountId, reinsurerId, consumedWhollyAbroad);
        return queue(Op.REQUEST_INVOICE, id, null, wire.valueToTree(req), wire.valueToTree(local), () -> { });
    }

    @Override
    public Queued issueInvoice(UUID invoiceId, String invoiceNumber) {
        String number = text("invoiceNumber", invoiceNumber);
        return invoiceMove(Op.ISSUE_INVOICE, invoiceId, io.redesk.domain.tax.InvoiceStatus.ISSUED, true,
                wire.createObjectNode().put("invoiceNumber", number));
    }

    @Override
    public Queued deliverInvoice(UUID invoiceId) {
        return invoiceMove(Op.DELIVER_INVOICE, invoiceId, io.redesk.domain.tax.InvoiceStatus.DELIVERED, true,
                wire.createObjectNode());
    }

    @Override
    public Queued confirmInvoice(UUID invoiceId) {
        return invoiceMove(Op.CONFIRM_INVOICE, invoiceId, io.redesk.domain.tax.InvoiceStatus.CONFIRMED, false,
                wire.createObjectNode());
    }

    @Override
    public Queued voidInvoice(UUID invoiceId, String redInvoiceNumber, String reason) {
        String red = text("redInvoiceNumber", redInvoiceNumber);
        String why = text("reason", reason);
        return invoiceMove(Op.VOID_INVOICE, invoiceId, io.redesk.domain.tax.InvoiceStatus.VOIDED, true,
                wire.createObjectNode().put("redInvoiceNumber", red).put("reason", why));
    }

    private Queued invoiceMove(Op op, UUID invoiceId, io.redesk.domain.tax.InvoiceStatus to, boolean byIssuer, JsonNode body) {
        Objects.requireNonNull(invoiceId, "invoiceId");
        return queue(op, invoiceId, null, body, null, () -> {
            InvoiceView i = book.invoice(invoiceId).orElseThrow(() -> notFound("invoiceId", invoiceId));
            UUID actor = byIssuer ? i.issuerId() : i.recipientId();
            if (!me.equals(actor)) {
                throw notAllowed("invoiceId", byIssuer ? "the issuer of the invoice does this" : "the recipient of the invoice confirms it");
            }
            if (!InvoiceWorkflow.isAllowed(io.redesk.domain.tax.InvoiceStatus.valueOf(i.status().name()), to)) {
                throw notAllowed("invoiceId", "an invoice that is " + i.status() + " cannot become " + to);
            }
        });
    }

    // --- helpers

    private Queued queue(Op op, UUID aggregateId, UUID targetId, JsonNode body, JsonNode local, Runnable check) {
        Objects.requireNonNull(aggregateId, "id");
        LocalChanges.Queued q = changes.queueFinance(op, aggregateId.toString(), targetId == null ? null : targetId.toString(),
                body, local, check);
        book.changed();
        return new Queued(q.clientMutationId(), q.aggregateId());
    }

    private TechnicalAccount account(UUID id) {
        Objects.requireNonNull(id, "accountId");
        return accounts.find(id.toString()).map(s -> book.read(s.value().account(), TechnicalAccount.class))
                .orElseThrow(() -> notFound("accountId", id));
    }

    private void mustPrepare(TechnicalAccount a) {
        if (!me.equals(a.brokerId())) {
            throw notAllowed("accountId", "the placing broker prepares, issues, corrects and registers the account");
        }
    }

    private void mustRespond(TechnicalAccount a) {
        AccountShare mine = a.shares() == null ? null
                : a.shares().stream().filter(s -> me.equals(s.participantId())).findFirst().orElse(null);
        if (mine == null) {
            throw notAllowed("accountId", "only a participant of the account answers it");
        }
        if (!AccountWorkflow.mayRespond(io.redesk.domain.account.AccountStatus.valueOf(a.status().name()),
                VaultFinanceBook.domain(mine.response()))) {
            throw notAllowed("accountId", mine.response() == io.redesk.sdk.model.account.ParticipantResponse.PENDING
                    ? "only an issued account is answered; this one is " + a.status()
                    : "your organisation already answered this version (" + mine.response() + ")");
        }
    }

    /** The request content of a new item list, each amount in the account's currency, exactly. */
    private TechnicalAccountContent content(String currency, List<AccountItem> items, Money stated) {
        if (items == null || items.isEmpty()) {
            throw new FinanceInputException("items", "required", "an account needs at least one item");
        }
        List<TaItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AccountItem it = Objects.requireNonNull(items.get(i), "items[" + i + "]");
            Money m = sameCurrency("items[" + i + "].amount", it.amount(), currency);
            String ref = it.reference() == null ? null : text("items[" + i + "].reference", it.reference());
            String desc = it.description() == null ? null : text("items[" + i + "].description", it.description());
            out.add(new TaItem(it.type(), FinanceWire.wire(m), ref, it.claimId(), desc));
        }
        Money s = stated == null ? null : sameCurrency("statedBalance", stated, currency);
        return new TechnicalAccountContent(out, FinanceWire.wire(s));
    }

    /** The figures of an account with new content, as the domain computes them (balance, flag, the shares' split). */
    private ObjectNode figures(TechnicalAccount a, TechnicalAccountContent c) {
        TaBalance b = FinanceWire.domain(a.contractReference(), a.period(), a.currency(), c.items(), c.statedBalance()).balance();
        ObjectNode n = wire.createObjectNode();
        n.set("items", wire.valueToTree(c.items()));
        if (c.statedBalance() == null) {
            n.putNull("statedBalance");
        } else {
            n.set("statedBalance", wire.valueToTree(c.statedBalance()));
        }
        n.set("balance", wire.valueToTree(FinanceWire.wire(b.computed())));
        n.set("memoTotal", wire.valueToTree(FinanceWire.wire(b.memoTotal())));
        n.set("statedDifference", wire.valueToTree(FinanceWire.wire(b.difference())));
        n.put("flagged", b.isFlagged());
        n.put("direction", b.direction().name());
        List<AccountShare> shares = a.shares() == null ? List.of() : a.shares();
        List<Share> lines = shares.stream().map(s -> Share.of(s.signedShare())).toList();
        List<Money> parts = lines.isEmpty() ? List.of() : BalanceSplit.split(b.computed(), lines);
        List<AccountShare> next = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            AccountShare s = shares.get(i);
            next.add(new AccountShare(s.participantId(), s.signedShare(), FinanceWire.wire(parts.get(i)),
                    io.redesk.sdk.model.account.ParticipantResponse.PENDING, null, null, null, null));
        }
        n.set("shares", wire.valueToTree(next));
        return n;
    }

    private static Money sameCurrency(String field, Money m, String currency) {
        Objects.requireNonNull(m, field);
        if (!m.currency().getCurrencyCode().equals(currency)) {
            throw new FinanceInputException(field, "wrongCurrency", "the account is in " + currency + "; this amount is in "
                    + m.currency().getCurrencyCode());
        }
        return m;
    }

    private static Money positive(String field, Money m, String currency) {
        Money x = sameCurrency(field, m, currency);
        if (!x.isPositive()) {
            throw new FinanceInputException(field, "notPositive", "the amount must be above zero, not " + x.amount().toPlainString());
        }
        return x;
    }

    /** A required text, taken exactly: refused when blank, with surrounding whitespace, a line break or too long. */
    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FinanceInputException(field, "required", field + " is required");
        }
        if (!value.equals(value.strip())) {
            throw new FinanceInputException(field, "whitespace", field + " must not start or end with spaces or a line break");
        }
        if (value.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F)) {
            throw new FinanceInputException(field, "controlCharacter", field + " must be one line without control characters");
        }
        if (value.length() > MAX_TEXT) {
            throw new FinanceInputException(field, "tooLong", field + " is at most " + MAX_TEXT + " characters");
        }
        return value;
    }

    /** An ISO 4217 code, exactly three capital letters of a known currency. */
    static String code(String field, String value) {
        if (value == null || !CURRENCY.matcher(value).matches()) {
            throw new FinanceInputException(field, "malformed", field + " must be an ISO 4217 code such as CNY, exactly");
        }
        try {
            Currency.getInstance(value);
        } catch (IllegalArgumentException e) {
            throw new FinanceInputException(field, "unknownCurrency", value + " is not an ISO 4217 currency");
        }
        return value;
    }

    private static FinanceInputException input(ValidationException e) {
        FieldError f = e.errors().get(0);
        return new FinanceInputException(f.field(), f.code(), f.message());
    }

    private static FinanceInputException notAllowed(String field, String message) {
        return new FinanceInputException(field, "notAllowed", message);
    }

    private static FinanceInputException notFound(String field, UUID id) {
        return new FinanceInputException(field, "notFound", "the vault holds no " + field.replace("Id", "") + " " + id);
    }
}
