package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.domain.account.AccountStatus;
import io.redesk.domain.account.AccountWorkflow;
import io.redesk.domain.account.ReserveMovement;
import io.redesk.domain.account.NetPosition;
import io.redesk.domain.account.Payment;
import io.redesk.domain.account.Settlement;
import io.redesk.domain.account.SettlementStatus;
import io.redesk.domain.money.Money;
import io.redesk.domain.tax.InvoiceStatus;
import io.redesk.domain.tax.InvoiceWorkflow;
import io.redesk.domain.validation.ValidationException;
import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.store.account.CashCallRecord;
import io.redesk.store.account.CashCallRepository;
import io.redesk.store.account.ClaimRecord;
import io.redesk.store.account.ClaimRepository;
import io.redesk.store.account.InvoiceRecord;
import io.redesk.store.account.InvoiceRepository;
import io.redesk.store.account.ReserveMovementRecord;
import io.redesk.store.account.ReserveMovementRepository;
import io.redesk.store.account.SettlementRecord;
import io.redesk.store.account.SettlementRepository;
import io.redesk.store.account.TechnicalAccountRecord;
import io.redesk.store.account.TechnicalAccountRepository;
import io.redesk.store.outbox.OutboxEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The finance projections (technical accounts, claims, settlements, invoices, and the claims' reserve movements
 * and cash calls, which no queued change of the user touches yet) the finance pages read
 * (ADR 0622): each is the exchange's copy with the user's unfinished changes of it replayed on top, in
 * outbox order. So the screen shows the user's queued action at once, and a newer exchange document that
 * arrives meanwhile (another reinsurer's agreement, the counterparty's confirmation: state the exchange
 * controls) is shown as theirs with only the user's own change laid over it. With nothing queued the
 * projection is exactly the exchange's copy. The local effects use the domain's workflows and rules; an
 * effect the domain would refuse on the newer document leaves the document as the exchange has it (the
 * push then gets the exchange's reason). Runs inside the caller's vault transaction.
 */
final class FinanceProjector {

    private final SyncStore store;
    private final TechnicalAccountRepository accounts;
    private final ClaimRepository claims;
    private final SettlementRepository settlements;
    private final InvoiceRepository invoices;
    private final ReserveMovementRepository movements;
    private final CashCallRepository cashCalls;

    FinanceProjector(SyncStore store) {
        this.store = store;
        this.accounts = new TechnicalAccountRepository(store.vault());
        this.claims = new ClaimRepository(store.vault());
        this.settlements = new SettlementRepository(store.vault());
        this.invoices = new InvoiceRepository(store.vault());
        this.movements = new ReserveMovementRepository(store.vault());
        this.cashCalls = new CashCallRepository(store.vault());
    }

    TechnicalAccountRepository accounts() {
        return accounts;
    }

    ClaimRepository claims() {
        return claims;
    }

    SettlementRepository settlements() {
        return settlements;
    }

    InvoiceRepository invoices() {
        return invoices;
    }

    ReserveMovementRepository movements() {
        return movements;
    }

    CashCallRepository cashCalls() {
        return cashCalls;
    }

    /**
     * The user's unfinished finance changes by the key ({@code TYPE:id}) of every entity they touch: their
     * aggregate, and for a correction also the account it supersedes. One scan of the outbox.
     */
    Map<String, List<OutboxEntry>> pendingByEntity() {
        Map<String, List<OutboxEntry>> m = new HashMap<>();
        for (OutboxEntry e : store.outbox().unfinished()) {
            Op op = Op.valueOf(e.op());
            if (!op.aggregate().finance()) {
                continue;
            }
            m.computeIfAbsent(ServerCopy.key(e.aggregateType(), e.aggregateId()), k -> new ArrayList<>()).add(e);
            String target = Mutation.fromJson(e.payload()).targetId();
            if (target != null && !target.equals(e.aggregateId())) {
                m.computeIfAbsent(ServerCopy.key(op.target().name(), target), k -> new ArrayList<>()).add(e);
            }
        }
        return m;
    }

    /** Re-derives the projection of one entity from its copy and the user's changes in {@code pending}. */
    void project(String type, String id, Map<String, List<OutboxEntry>> pending) {
        List<OutboxEntry> mine = new ArrayList<>(pending.getOrDefault(ServerCopy.key(type, id), List.of()));
        mine.sort(Comparator.comparingLong(OutboxEntry::seq));
        JsonNode doc = store.copies().get(type, id).map(ServerCopy::doc).orElse(null);
        for (OutboxEntry e : mine) {
            doc = effect(e, type, id, doc);
        }
        if (doc == null) {
            delete(type, id);
        } else {
            save(type, doc);
        }
    }

    /** Writes the projection of an exchange document as it is (nothing of the user's queued on it). */
    void save(String type, JsonNode doc) {
        switch (type) {
            case "TECHNICAL_ACCOUNT" -> accounts.save(accountRecord(doc));
            case "CLAIM" -> claims.save(claimRecord(doc));
            case "SETTLEMENT" -> settlements.save(settlementRecord(doc));
            case "INVOICE" -> invoices.save(invoiceRecord(doc));
            case "RESERVE_MOVEMENT" -> movements.save(movementRecord(doc));
            case "CASH_CALL" -> cashCalls.save(cashCallRecord(doc));
            default -> throw new IllegalArgumentException("not a finance entity type: " + type);
        }
    }

    void delete(String type, String id) {
        switch (type) {
            case "TECHNICAL_ACCOUNT" -> accounts.delete(id);
            case "CLAIM" -> claims.delete(id);
            case "SETTLEMENT" -> settlements.delete(id);
            case "INVOICE" -> invoices.delete(id);
            case "RESERVE_MOVEMENT" -> movements.delete(id);
            case "CASH_CALL" -> cashCalls.delete(id);
            default -> throw new IllegalArgumentException("not a finance entity type: " + type);
        }
    }

    /** Whether the vault holds a projection of the entity. */
    boolean has(String type, String id) {
        return switch (type) {
            case "TECHNICAL_ACCOUNT" -> accounts.find(id).isPresent();
            case "CLAIM" -> claims.find(id).isPresent();
            case "SETTLEMENT" -> settlements.find(id).isPresent();
            case "INVOICE" -> invoices.find(id).isPresent();
            case "RESERVE_MOVEMENT" -> movements.find(id).isPresent();
            case "CASH_CALL" -> cashCalls.find(id).isPresent();
            default -> throw new IllegalArgumentException("not a finance entity type: " + type);
        };
    }

    /** The projection's document, if any. */
    Optional<JsonNode> projected(String type, String id) {
        return switch (type) {
            case "TECHNICAL_ACCOUNT" -> accounts.find(id).map(s -> s.value().account());
            case "CLAIM" -> claims.find(id).map(s -> s.value().claim());
            case "SETTLEMENT" -> settlements.find(id).map(s -> s.value().settlement());
            case "INVOICE" -> invoices.find(id).map(s -> s.value().invoice());
            case "RESERVE_MOVEMENT" -> movements.find(id).map(s -> s.value().movement());
            case "CASH_CALL" -> cashCalls.find(id).map(s -> s.value().cashCall());
            default -> throw new IllegalArgumentException("not a finance entity type: " + type);
        };
    }

    static TechnicalAccountRecord accountRecord(JsonNode doc) {
        return new TechnicalAccountRecord(doc.path("id").asText(), text(doc, "placementId"), doc.path("status").asText(), doc);
    }

    static ClaimRecord claimRecord(JsonNode doc) {
        return new ClaimRecord(doc.path("id").asText(), text(doc, "placementId"), doc);
    }

    static SettlementRecord settlementRecord(JsonNode doc) {
        return new SettlementRecord(doc.path("id").asText(), doc.path("status").asText(), doc);
    }

    static InvoiceRecord invoiceRecord(JsonNode doc) {
        return new InvoiceRecord(doc.path("id").asText(), doc.path("technicalAccountId").asText(), doc.path("status").asText(),
                doc);
    }

    static ReserveMovementRecord movementRecord(JsonNode doc) {
        return new ReserveMovementRecord(doc.path("id").asText(), doc.path("claimId").asText(), doc);
    }

    static CashCallRecord cashCallRecord(JsonNode doc) {
        return new CashCallRecord(doc.path("id").asText(), doc.path("claimId").asText(), doc.path("status").asText(), doc);
    }

    // --- the local effects

    /** The document after the queued change {@code e}, seen from the entity {@code type:id} it touches. */
    JsonNode effect(OutboxEntry e, String type, String id, JsonNode doc) {
        Op op = Op.valueOf(e.op());
        Mutation m = Mutation.fromJson(e.payload());
        boolean onAggregate = e.aggregateType().equals(type) && e.aggregateId().equals(id);
        if (op.creates() && onAggregate) {
            // what a create makes: the record the action built (the exchange's own replaces it once accepted)
            return doc != null ? doc : m.local() == null ? null : m.local().deepCopy();
        }
        if (doc == null) {
            return null;
        }
        ObjectNode n = doc.deepCopy();
        switch (op) {
            case UPDATE_ACCOUNT -> {
                if (m.local() != null && accountStatus(n) == AccountStatus.DRAFT) {
                    // the action computed the draft's new figures with the domain: items, stated total, balance, shares
                    m.local().fields().forEachRemaining(f -> n.set(f.getKey(), f.getValue()));
                }
            }
            case ISSUE_ACCOUNT -> {
                if (AccountWorkflow.isAllowed(accountStatus(n), AccountStatus.ISSUED)) {
                    n.put("status", AccountStatus.ISSUED.name());
                    n.put("issuedAt", e.createdAt().toString());
                }
            }
            case AGREE_ACCOUNT, QUERY_ACCOUNT -> respond(n, op, m, e);
            case CORRECT_ACCOUNT -> {
                // seen from the account it supersedes
                if (AccountWorkflow.isAllowed(accountStatus(n), AccountStatus.SUPERSEDED)) {
                    n.put("status", AccountStatus.SUPERSEDED.name());
                    n.put("supersededById", e.aggregateId());
                }
            }
            case REGISTER_BILL -> {
                // the receipt comes from the exchange; until then the account shows the registration queued
            }
            case REQUEST_CLAIM_PAYMENT -> {
                ObjectNode p = n.putArray("payments").addAll(arrayOrEmpty(doc.get("payments"))).addObject();
                p.set("technicalAccountId", m.body().get("technicalAccountId"));
                p.set("amount", m.body().get("amount"));
                p.put("requestedAt", e.createdAt().toString());
                if (m.local() != null && m.local().has("itemIndex")) {
                    // the item the domain matched when the user asked (the exchange's own answer replaces it)
                    p.set("itemIndex", m.local().get("itemIndex"));
                }
                if (m.body().hasNonNull("cashCallId")) {
                    p.set("cashCallId", m.body().get("cashCallId"));
                }
                Money paid = FinanceWire.money(wire(doc.get("paidTotal"))).plus(FinanceWire.money(wire(m.body().get("amount"))));
                n.set("paidTotal", store.wire().valueToTree(FinanceWire.wire(paid)));
            }
            case ADVISE_CLAIM, REQUEST_CASH_CALL, REGISTER_CLAIM -> {
                // the advice is its own record (a create); a cash call is the exchange's new record and the
                // registration's receipt the exchange's answer: the claim shows them queued (FinanceBook.claimMovements)
            }
            case MOVE_RESERVE -> {
                Money before = FinanceWire.money(wire(n.get("reserve")));
                Money next = FinanceWire.money(wire(m.body().get("outstanding")));
                try {
                    ReserveMovement.of(before, next);
                    n.set("reserve", m.body().get("outstanding"));
                } catch (ValidationException refused) {
                    // the exchange's reserve moved to this figure meanwhile: shown as theirs
                }
            }
            case PAY_CASH_CALL -> payShare(n, m, e);
            case PAY_SETTLEMENT -> pay(n, m);
            case CONFIRM_SETTLEMENT -> {
                Optional<Settlement> s = domainSettlement(n);
                if (s.isPresent()) {
                    try {
                        s.get().confirm(m.body().path("bankReference").asText());
                        n.put("status", SettlementStatus.CONFIRMED.name());
                        n.set("confirmedBankReference", m.body().get("bankReference"));
                    } catch (IllegalTransitionException | ValidationException refused) {
                        // the exchange's state moved on: shown as theirs
                    }
                }
            }
            case ISSUE_INVOICE -> {
                if (invoiceMove(n, InvoiceStatus.ISSUED)) {
                    n.set("invoiceNumber", m.body().get("invoiceNumber"));
                }
            }
            case DELIVER_INVOICE -> invoiceMove(n, InvoiceStatus.DELIVERED);
            case CONFIRM_INVOICE -> invoiceMove(n, InvoiceStatus.CONFIRMED);
            case VOID_INVOICE -> {
                if (invoiceMove(n, InvoiceStatus.VOIDED)) {
                    n.set("redInvoiceNumber", m.body().get("redInvoiceNumber"));
                    n.set("voidReason", m.body().get("reason"));
                }
            }
            default -> throw new IllegalArgumentException(op + " is not a finance change");
        }
        return n;
    }

    /** The user's organisation's answer to an issued account (its own share only; the others stay theirs). */
    private static void respond(ObjectNode n, Op op, Mutation m, OutboxEntry e) {
        String participant = m.local() == null ? null : m.local().path("participantId").asText(null);
        AccountStatus status = accountStatus(n);
        JsonNode shares = n.get("shares");
        if (participant == null || shares == null || !shares.isArray()) {
            return;
        }
        for (JsonNode s : shares) {
            if (!participant.equals(s.path("participantId").asText())) {
                continue;
            }
            io.redesk.domain.account.ParticipantResponse own =
                    io.redesk.domain.account.ParticipantResponse.valueOf(s.path("response").asText("PENDING"));
            if (!AccountWorkflow.mayRespond(status, own)) {
                return;
            }
            ObjectNode share = (ObjectNode) s;
            boolean agree = op == Op.AGREE_ACCOUNT;
            share.put("response", agree ? "AGREED" : "QUERIED");
            share.put("respondedAt", e.createdAt().toString());
            if (agree) {
                share.remove("queryReason");
            } else {
                share.set("queryReason", m.body().get("reason"));
            }
            // the account's state from the answers the user can see: a query makes it QUERIED at once; whether
            // every participant agreed only the exchange knows when the user sees its own share alone
            List<io.redesk.domain.account.ParticipantResponse> answers = new ArrayList<>();
            shares.forEach(x -> answers.add(io.redesk.domain.account.ParticipantResponse.valueOf(x.path("response").asText("PENDING"))));
            AccountStatus next = AccountWorkflow.fromResponses(answers);
            boolean allVisible = m.local().path("allSharesVisible").asBoolean(false);
            if (next != status && (next == AccountStatus.QUERIED || allVisible) && AccountWorkflow.isAllowed(status, next)) {
                n.put("status", next.name());
            }
            return;
        }
    }

    /** The user's organisation's payment of its own share of a cash call (the others' shares stay theirs). */
    private static void payShare(ObjectNode n, Mutation m, OutboxEntry e) {
        String participant = m.local() == null ? null : m.local().path("participantId").asText(null);
        JsonNode shares = n.get("shares");
        if (participant == null || shares == null || !shares.isArray()) {
            return;
        }
        boolean changed = false;
        for (JsonNode s : shares) {
            if (participant.equals(s.path("participantId").asText()) && !s.path("paid").asBoolean()) {
                ObjectNode share = (ObjectNode) s;
                share.put("paid", true);
                share.set("bankReference", m.body().get("bankReference"));
                share.put("paidAt", e.createdAt().toString());
                changed = true;
            }
        }
        // a participant sees its own share only: whether every other share is paid is the exchange's to say, so the
        // call shows at least partly paid (the exchange's answer says PAID when this was the last share)
        if (changed && io.redesk.domain.account.CashCallStatus.CALLED.name().equals(n.path("status").asText())) {
            n.put("status", io.redesk.domain.account.CashCallStatus.PARTLY_PAID.name());
        }
    }

    private void pay(ObjectNode n, Mutation m) {
        Optional<Settlement> s = domainSettlement(n);
        if (s.isEmpty()) {
            return;
        }
        JsonNode body = m.body();
        Payment payment = new Payment(FinanceWire.money(wire(body.get("amount"))), body.path("bankReference").asText(),
                LocalDate.parse(body.path("valueDate").asText()));
        Settlement after;
        try {
            after = s.get().pay(payment);
        } catch (IllegalTransitionException | ValidationException refused) {
            return; // the exchange's state moved on (or the residue shrank): shown as theirs
        }
        ArrayNode payments = n.putArray("payments");
        for (Payment p : after.payments()) {
            ObjectNode o = payments.addObject();
            o.set("amount", store.wire().valueToTree(FinanceWire.wire(p.amount())));
            o.put("bankReference", p.bankReference());
            o.put("valueDate", p.valueDate().toString());
        }
        n.put("status", after.status().name());
        n.set("paid", store.wire().valueToTree(FinanceWire.wire(after.paid())));
        n.set("residue", store.wire().valueToTree(FinanceWire.wire(after.residue())));
    }

    /** The domain's settlement of a wire settlement document (its payments, due amount and state). */
    private Optional<Settlement> domainSettlement(JsonNode n) {
        Money due = FinanceWire.money(wire(n.get("due")));
        Money net = FinanceWire.money(wire(n.get("net")));
        if (due == null || net == null) {
            return Optional.empty();
        }
        List<Payment> payments = new ArrayList<>();
        for (JsonNode p : arrayOrEmpty(n.get("payments"))) {
            payments.add(new Payment(FinanceWire.money(wire(p.get("amount"))), p.path("bankReference").asText(),
                    LocalDate.parse(p.path("valueDate").asText())));
        }
        String ref = n.path("confirmedBankReference").asText(null);
        return Optional.of(new Settlement(new NetPosition(n.path("payeeId").asText(), net, List.of()), due, Optional.empty(),
                n.path("crossBorderRmb").asBoolean(), SettlementStatus.valueOf(n.path("status").asText()), payments,
                Optional.ofNullable(ref)));
    }

    private static boolean invoiceMove(ObjectNode n, InvoiceStatus to) {
        InvoiceStatus from = InvoiceStatus.valueOf(n.path("status").asText());
        if (!InvoiceWorkflow.isAllowed(from, to)) {
            return false;
        }
        n.put("status", to.name());
        return true;
    }

    private static AccountStatus accountStatus(JsonNode n) {
        return AccountStatus.valueOf(n.path("status").asText());
    }

    private io.redesk.sdk.model.Money wire(JsonNode money) {
        if (money == null || money.isNull() || money.isMissingNode()) {
            return null;
        }
        return new io.redesk.sdk.model.Money(money.path("amount").asText(), money.path("currency").asText());
    }

    private static ArrayNode arrayOrEmpty(JsonNode a) {
        return a != null && a.isArray() ? (ArrayNode) a.deepCopy() : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }

    private static String text(JsonNode doc, String field) {
        return doc.hasNonNull(field) ? doc.get(field).asText() : null;
    }
}
