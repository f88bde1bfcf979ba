package io.redesk.exchange.account;

import io.redesk.domain.account.AccountingPeriod;
import io.redesk.domain.account.BrokerageStatements;
import io.redesk.domain.account.NetPosition;
import io.redesk.domain.account.Netting;
import io.redesk.domain.account.Payment;
import io.redesk.domain.account.SettlementItem;
import io.redesk.domain.account.StatementEntry;
import io.redesk.domain.account.StatementOfAccount;
import io.redesk.domain.account.Statements;
import io.redesk.domain.validation.ValidationException;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.http.Access;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.http.Paging;
import io.redesk.exchange.http.Wire;
import io.redesk.exchange.placement.Visibility;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BankReferenceRequest;
import io.redesk.sdk.model.account.FxRate;
import io.redesk.sdk.model.account.PaymentRequest;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.SettlementPage;
import io.redesk.sdk.model.account.SettlementPayment;
import io.redesk.sdk.model.account.SettlementRequest;
import io.redesk.sdk.model.account.SettlementStatus;
import io.redesk.sdk.model.account.Statement;
import io.redesk.sdk.model.account.StatementPage;
import io.redesk.sdk.model.account.TechnicalAccount;
import java.math.BigDecimal;
import org.jdbi.v3.core.Handle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Statements of account and settlement. Settlement runs between the cedent and each participant: a
 * participant's share of an account is owed by the cedent when the balance is due to reinsurers and to
 * the cedent otherwise. Statements aggregate every issued account (reversals included, so a superseded
 * version and its reversal cancel out) through {@code domain}'s {@link Statements}; a settlement nets
 * the AGREED shares not yet settled with one counterparty in one currency through {@link Netting} and
 * is instructed, paid and confirmed through {@code domain}'s {@link io.redesk.domain.account.Settlement}.
 */
public final class SettlementRoutes {
    private static final Pattern PERIOD = AccountingPeriod.PATTERN;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final Api api;
    private final Accounts accounts;
    private final AccountStore store;

    public SettlementRoutes(Api api, Accounts accounts) {
        this.api = api;
        this.accounts = accounts;
        this.store = accounts.store();
    }

    public void register() {
        api.get("/statements", (ctx, caller, h) -> {
            String period = query(ctx.queryParam("period"), PERIOD, "period");
            String currency = query(ctx.queryParam("currency"), CURRENCY, "currency");
            Map<UUID, TechnicalAccount> byId = new HashMap<>();
            List<StatementEntry> entries = new ArrayList<>();
            for (TechnicalAccount a : store.issuedAccountsOf(h, caller.organisationId(), period, currency)) {
                if ((period != null && !period.equals(a.period())) || (currency != null && !currency.equals(a.currency()))) {
                    continue;
                }
                byId.put(a.id(), a);
                entries.addAll(entriesOf(a, caller.organisationId(), false));
            }
            return ApiResponse.ok(new StatementPage(statements(Statements.aggregate(entries), byId)));
        });
        api.get("/brokerage-statements", (ctx, caller, h) -> {
            String period = query(ctx.queryParam("period"), PERIOD, "period");
            String currency = query(ctx.queryParam("currency"), CURRENCY, "currency");
            Map<UUID, TechnicalAccount> byId = new HashMap<>();
            Map<UUID, io.redesk.domain.money.Share> orderShares = new HashMap<>();
            List<StatementEntry> entries = new ArrayList<>();
            for (TechnicalAccount a : store.issuedAccountsBrokeredBy(h, caller.organisationId())) {
                if ((period != null && !period.equals(a.period())) || (currency != null && !currency.equals(a.currency()))) {
                    continue;
                }
                byId.put(a.id(), a);
                io.redesk.domain.money.Share order = orderShares.computeIfAbsent(a.placementId(),
                        id -> Accounts.orderShare(accounts.placements().find(h, id).orElseThrow()));
                entries.addAll(BrokerageStatements.entries(a.id().toString(), AccountDraft.of(a, order, List.of()).toDomain(), order,
                        a.shares().stream().map(s -> new BrokerageStatements.Participant(s.participantId().toString(),
                                io.redesk.domain.money.Share.of(s.signedShare()))).toList()));
            }
            return ApiResponse.ok(new StatementPage(statements(BrokerageStatements.aggregate(entries), byId)));
        });
        api.get("/settlements", (ctx, caller, h) -> {
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            List<AccountStore.Row<Settlement>> rows = store.settlementsOf(h, caller.organisationId(), caller.isExchange(),
                    pr.after() == null ? 0 : pr.after(), pr.limit() + 1);
            return ApiResponse.ok(new SettlementPage(rows.subList(0, Math.min(rows.size(), pr.limit())).stream().map(AccountStore.Row::doc).toList(),
                    Paging.next(rows, pr.limit(), AccountStore.Row::seq)));
        });
        api.post("/settlements", this::instruct);
        api.get("/settlements/{settlementId}", (ctx, caller, h) -> {
            Settlement s = visible(h, caller, Access.uuid(ctx.pathParam("settlementId"), "settlementId"));
            return ApiResponse.ok(s, s.version());
        });
        api.post("/settlements/{settlementId}/payments", this::pay);
        api.post("/settlements/{settlementId}/confirm", this::confirm);
    }

    /** Domain statements on the wire, each entry naming its account. */
    private static List<Statement> statements(List<StatementOfAccount> statements, Map<UUID, TechnicalAccount> byId) {
        List<Statement> out = new ArrayList<>();
        for (StatementOfAccount s : statements) {
            out.add(new Statement(UUID.fromString(s.counterpartyId()), s.currency().getCurrencyCode(), s.period(),
                    s.entries().stream().map(e -> {
                        TechnicalAccount a = byId.get(UUID.fromString(e.accountReference()));
                        return new io.redesk.sdk.model.account.StatementEntry(a.id(), a.contractReference(), a.kind(), a.status(),
                                Wire.money(e.amount()));
                    }).toList(), Wire.money(s.total())));
        }
        return out;
    }

    private static String query(String value, Pattern p, String field) {
        if (value != null && !p.matcher(value).matches()) {
            throw ApiProblem.invalid(field, "must match " + p.pattern());
        }
        return value;
    }

    /**
     * The account's amounts from the organisation's side, one per counterparty: the cedent owes each
     * participant its share (negative for the cedent, positive for the participant). With
     * {@code unsettledOnly}, shares already in a settlement are left out.
     */
    static List<StatementEntry> entriesOf(TechnicalAccount a, UUID orgId, boolean unsettledOnly) {
        List<StatementEntry> out = new ArrayList<>();
        for (AccountShare s : a.shares()) {
            if (unsettledOnly && s.settlementId() != null) {
                continue;
            }
            io.redesk.domain.money.Money amount = Wire.money(s.amount(), "amount");
            if (orgId.equals(a.cedentId()) && !orgId.equals(s.participantId())) {
                out.add(new StatementEntry(s.participantId().toString(), a.period(), amount.negate(), a.id().toString()));
            } else if (orgId.equals(s.participantId()) && !orgId.equals(a.cedentId())) {
                out.add(new StatementEntry(a.cedentId().toString(), a.period(), amount, a.id().toString()));
            }
        }
        return out;
    }

    private Settlement visible(Handle h, Caller caller, UUID id) {
        Settlement s = store.settlement(h, id).orElseThrow(ApiProblem::notFound);
        if (!Visibility.bilateral(caller.organisationId(), caller.isExchange(), s.payerId(), s.payeeId())) {
            throw ApiProblem.notFound();
        }
        return s;
    }

    private ApiResponse instruct(Mutation m) {
        Caller caller = m.caller();
        Accounts.requireFinance(caller, caller.organisationId(), "instruct a settlement");
        SettlementRequest req = api.json().read(m.body(), "SettlementRequest", SettlementRequest.class);
        UUID me = caller.organisationId();
        UUID other = req.counterpartyId();
        List<SettlementItem> items = new ArrayList<>();
        List<TechnicalAccount> included = new ArrayList<>();
        for (TechnicalAccount a : store.issuedAccountsOf(m.h(), me)) {
            if (a.status() != AccountStatus.AGREED || a.kind() == AccountKind.REVERSAL || !a.currency().equals(req.currency())) {
                continue;
            }
            boolean any = false;
            for (StatementEntry e : entriesOf(a, me, true)) {
                if (e.counterpartyId().equals(other.toString())) {
                    items.add(new SettlementItem(e.counterpartyId(), e.amount(), e.accountReference()));
                    any = true;
                }
            }
            if (any) {
                included.add(a);
            }
        }
        if (items.isEmpty()) {
            throw ApiProblem.rule("NOTHING_TO_SETTLE", "counterpartyId", "no agreed, unsettled account with this counterparty in "
                    + req.currency());
        }
        NetPosition position = Netting.net(items).get(0);
        UUID payer = position.net().isNegative() ? me : other;
        UUID payee = payer.equals(me) ? other : me;
        io.redesk.domain.money.FxRate rate = req.fxRate() == null ? null : fxRate(req.fxRate());
        var payerOrg = accounts.directory().domainOrganisation(m.h(), payer).orElseThrow(ApiProblem::notFound);
        var payeeOrg = accounts.directory().domainOrganisation(m.h(), payee).orElseThrow(ApiProblem::notFound);
        // the cedent's security policy sets the rating a reinsurer needs for cross-border RMB business (DESIGN §2 rule 8)
        var policy = accounts.directory().policy(m.h(), included.get(0).cedentId()).toDomain();
        io.redesk.domain.account.Settlement d;
        try {
            d = io.redesk.domain.account.Settlement.instruct(position,
                    req.settlementCurrency() == null ? null : currency(req.settlementCurrency(), "settlementCurrency"), rate, req.crossBorderRmb(),
                    payerOrg, payeeOrg, policy);
        } catch (ValidationException e) {
            throw Accounts.rule(e);
        }
        UUID id = UUID.randomUUID();
        Settlement s = new Settlement(id, payer, payee, Wire.money(position.net().abs()), Wire.money(d.due()), req.fxRate(),
                d.crossBorderRmb(), SettlementStatus.INSTRUCTED, included.stream().map(TechnicalAccount::id).toList(), List.of(),
                Wire.money(d.paid()), Wire.money(d.residue()), null, m.now(), 1);
        store.insert(m.h(), s);
        for (TechnicalAccount a : included) {
            AccountDraft draft = accounts.draft(m.h(), a);
            for (AccountShare sh : a.shares()) {
                if (sh.participantId().equals(me) || sh.participantId().equals(other)) {
                    draft.previous.put(sh.participantId(), new AccountShare(sh.participantId(), sh.signedShare(), sh.amount(), sh.response(),
                            sh.queryReason(), sh.respondedAt(), id, sh.poolMembers()));
                }
            }
            draft.version = a.version() + 1;
            TechnicalAccount n = AccountRoutes.build(draft);
            store.update(m.h(), n);
            accounts.publish(m, n, "ACCOUNT_SETTLEMENT_INSTRUCTED", List.of(payer, payee));
        }
        accounts.publishOther(m, ChangeFeed.EntityType.SETTLEMENT, s.id(), null, "SETTLEMENT_INSTRUCTED", s, List.of(payer, payee));
        return ApiResponse.created(s, s.version(), "/settlements/" + s.id());
    }

    static Currency currency(String code, String field) {
        try {
            Currency c = Currency.getInstance(code);
            io.redesk.domain.money.Money.minorUnits(c);
            return c;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, "not an ISO-4217 currency with a minor unit: " + code);
        }
    }

    private static io.redesk.domain.money.FxRate fxRate(FxRate r) {
        Wire.code(r.source(), "fxRate.source");
        try {
            return new io.redesk.domain.money.FxRate(currency(r.from(), "fxRate.from"), currency(r.to(), "fxRate.to"), new BigDecimal(r.rate()),
                    r.source(), r.date());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("fxRate", e.getMessage());
        }
    }

    /** The stored settlement as {@code domain}'s, to move it on. */
    private static io.redesk.domain.account.Settlement toDomain(Settlement s) {
        List<Payment> payments = s.payments().stream()
                .map(p -> new Payment(Wire.money(p.amount(), "amount"), p.bankReference(), p.valueDate())).toList();
        NetPosition position = new NetPosition(s.payeeId().toString(), Wire.money(s.net(), "net"),
                s.accountIds().stream().map(UUID::toString).toList());
        return new io.redesk.domain.account.Settlement(position, Wire.money(s.due(), "due"), Optional.ofNullable(s.fxRate()).map(SettlementRoutes::fxRate),
                s.crossBorderRmb(), io.redesk.domain.account.SettlementStatus.valueOf(s.status().name()), payments,
                Optional.ofNullable(s.confirmedBankReference()));
    }

    private Settlement fromDomain(Settlement s, io.redesk.domain.account.Settlement d) {
        List<SettlementPayment> payments = d.payments().stream()
                .map(p -> new SettlementPayment(Wire.money(p.amount()), p.bankReference(), p.valueDate())).toList();
        return new Settlement(s.id(), s.payerId(), s.payeeId(), s.net(), s.due(), s.fxRate(), s.crossBorderRmb(),
                SettlementStatus.valueOf(d.status().name()), s.accountIds(), payments, Wire.money(d.paid()), Wire.money(d.residue()),
                d.confirmedBankReference().orElse(null), s.createdAt(), s.version() + 1);
    }

    private ApiResponse pay(Mutation m) {
        Settlement s = visible(m.h(), m.caller(), Access.uuid(m.pathParam("settlementId"), "settlementId"));
        Accounts.requireFinance(m.caller(), s.payerId(), "record a payment (the payer's FINANCE)");
        m.requireVersion(s.version());
        PaymentRequest req = api.json().read(m.body(), "PaymentRequest", PaymentRequest.class);
        Wire.code(req.bankReference(), "bankReference");
        io.redesk.domain.account.Settlement d;
        try {
            d = Accounts.move(() -> toDomain(s).pay(new Payment(Wire.money(req.amount(), "amount"), req.bankReference(), req.valueDate())));
        } catch (ValidationException e) {
            throw Accounts.rule(e);
        }
        Settlement n = fromDomain(s, d);
        store.update(m.h(), n);
        accounts.publishOther(m, ChangeFeed.EntityType.SETTLEMENT, n.id(), null,
                n.status() == SettlementStatus.PAID ? "SETTLEMENT_PAID" : "SETTLEMENT_PARTLY_PAID", n, List.of(n.payerId(), n.payeeId()));
        return ApiResponse.ok(n, n.version());
    }

    private ApiResponse confirm(Mutation m) {
        Settlement s = visible(m.h(), m.caller(), Access.uuid(m.pathParam("settlementId"), "settlementId"));
        Accounts.requireFinance(m.caller(), s.payeeId(), "confirm a settlement (the payee's FINANCE)");
        m.requireVersion(s.version());
        BankReferenceRequest req = api.json().read(m.body(), "BankReferenceRequest", BankReferenceRequest.class);
        Wire.code(req.bankReference(), "bankReference");
        io.redesk.domain.account.Settlement d;
        try {
            d = Accounts.move(() -> toDomain(s).confirm(req.bankReference()));
        } catch (ValidationException e) {
            throw Accounts.rule(e);
        }
        Settlement n = fromDomain(s, d);
        store.update(m.h(), n);
        accounts.publishOther(m, ChangeFeed.EntityType.SETTLEMENT, n.id(), null, "SETTLEMENT_CONFIRMED", n, List.of(n.payerId(), n.payeeId()));
        for (UUID accountId : n.accountIds()) {
            settleIfComplete(m, store.account(m.h(), accountId).orElseThrow());
        }
        return ApiResponse.ok(n, n.version());
    }

    /** An AGREED account whose every share is in a confirmed settlement becomes SETTLED. */
    private void settleIfComplete(Mutation m, TechnicalAccount a) {
        if (a.status() != AccountStatus.AGREED) {
            return;
        }
        for (AccountShare sh : a.shares()) {
            if (sh.settlementId() == null || store.settlement(m.h(), sh.settlementId()).map(x -> x.status() != SettlementStatus.CONFIRMED)
                    .orElse(true)) {
                return;
            }
        }
        AccountDraft d = accounts.draft(m.h(), a);
        d.status = Accounts.move(() -> io.redesk.domain.account.AccountWorkflow.transition(d.status, io.redesk.domain.account.AccountStatus.SETTLED));
        d.version = a.version() + 1;
        TechnicalAccount n = AccountRoutes.build(d);
        store.update(m.h(), n);
        accounts.publish(m, n, "ACCOUNT_SETTLED", null);
    }
}
