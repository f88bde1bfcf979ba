package io.redesk.exchange.account;

import io.redesk.domain.account.ClaimPayment;
import io.redesk.domain.validation.FieldError;
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
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.ValidationException;
import io.redesk.exchange.http.Hashing;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.BankReferenceRequest;
import io.redesk.sdk.model.account.BillRegistration;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.CashCallPage;
import io.redesk.sdk.model.account.CashCallRequest;
import io.redesk.sdk.model.account.CashCallShare;
import io.redesk.sdk.model.account.CashCallStatus;
import io.redesk.sdk.model.account.ClaimRegistrationReceipt;
import io.redesk.sdk.model.account.ClaimRegistrationRequest;
import io.redesk.sdk.model.account.ClaimShare;
import io.redesk.sdk.model.account.ReserveMovement;
import io.redesk.sdk.model.account.ReserveMovementPage;
import io.redesk.sdk.model.account.ReserveMovementRequest;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimPage;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.placement.Placement;
import org.jdbi.v3.core.Handle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Claims: advice by the placing broker on a signed placement, reserve movements, cash calls, payment
 * requests and registration. A payment request is matched by {@code domain}'s {@link ClaimPayment} to a
 * claims-paid (or cash-loss) item of one of the placement's technical accounts; the item then carries the
 * claim's id (and the cash call's, when the payment accounts for one) and the claim's payment the account's
 * id and the item's position, so the link is visible both ways. Claims are seen by the placing side, the
 * exchange and the signed participants; a reserve movement or a cash call is at 100% with every
 * participant's share, and a participant sees (in the API and its feed) only its own share. The placing
 * broker's BROKER or FINANCE users advise, move reserves, call cash, request payments and register; each
 * participant's FINANCE pays its share of a cash call.
 */
public final class ClaimRoutes {
    private final Api api;
    private final Accounts accounts;
    private final AccountStore store;
    private final ClaimStore claims;

    public ClaimRoutes(Api api, Accounts accounts, ClaimStore claims) {
        this.api = api;
        this.accounts = accounts;
        this.store = accounts.store();
        this.claims = claims;
    }

    public void register() {
        api.get("/claims", (ctx, caller, h) -> {
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            String placement = ctx.queryParam("placementId");
            List<AccountStore.Row<Claim>> rows = store.claimsOf(h, caller.organisationId(), caller.isExchange(),
                    placement == null ? null : AccountRoutes.uuidQuery(placement, "placementId"), pr.after() == null ? 0 : pr.after(),
                    pr.limit() + 1);
            List<Claim> out = rows.subList(0, Math.min(rows.size(), pr.limit())).stream().map(AccountStore.Row::doc).toList();
            return ApiResponse.ok(new ClaimPage(out, Paging.next(rows, pr.limit(), AccountStore.Row::seq)));
        });
        api.post("/claims", this::advise);
        api.get("/claims/{claimId}", (ctx, caller, h) -> {
            Claim k = visible(h, caller, Access.uuid(ctx.pathParam("claimId"), "claimId"));
            return ApiResponse.ok(k, k.version());
        });
        api.post("/claims/{claimId}/payments", this::payment);
        api.get("/claims/{claimId}/reserve-movements", (ctx, caller, h) -> {
            Claim k = visible(h, caller, Access.uuid(ctx.pathParam("claimId"), "claimId"));
            Placement p = accounts.placements().find(h, k.placementId()).orElseThrow();
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            List<AccountStore.Row<ReserveMovement>> rows = claims.movementsOf(h, k.id(), pr.after() == null ? 0 : pr.after(), pr.limit() + 1);
            List<ReserveMovement> out = rows.subList(0, Math.min(rows.size(), pr.limit())).stream()
                    .map(r -> view(r.doc(), p, caller)).toList();
            return ApiResponse.ok(new ReserveMovementPage(out, Paging.next(rows, pr.limit(), AccountStore.Row::seq)));
        });
        api.post("/claims/{claimId}/reserve-movements", this::moveReserve);
        api.get("/reserve-movements/{movementId}", (ctx, caller, h) -> {
            ReserveMovement r = claims.movement(h, Access.uuid(ctx.pathParam("movementId"), "movementId")).orElseThrow(ApiProblem::notFound);
            Claim k = visible(h, caller, r.claimId());
            ReserveMovement v = view(r, accounts.placements().find(h, k.placementId()).orElseThrow(), caller);
            return ApiResponse.ok(v, v.version());
        });
        api.get("/claims/{claimId}/cash-calls", (ctx, caller, h) -> {
            Claim k = visible(h, caller, Access.uuid(ctx.pathParam("claimId"), "claimId"));
            Placement p = accounts.placements().find(h, k.placementId()).orElseThrow();
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            List<AccountStore.Row<CashCall>> rows = claims.cashCallsOf(h, k.id(), pr.after() == null ? 0 : pr.after(), pr.limit() + 1);
            List<CashCall> out = rows.subList(0, Math.min(rows.size(), pr.limit())).stream().map(r -> view(r.doc(), p, caller)).toList();
            return ApiResponse.ok(new CashCallPage(out, Paging.next(rows, pr.limit(), AccountStore.Row::seq)));
        });
        api.post("/claims/{claimId}/cash-calls", this::callCash);
        api.get("/cash-calls/{cashCallId}", (ctx, caller, h) -> {
            CashCall c = visibleCashCall(h, caller, Access.uuid(ctx.pathParam("cashCallId"), "cashCallId"));
            CashCall v = view(c, accounts.placements().find(h, c.placementId()).orElseThrow(), caller);
            return ApiResponse.ok(v, v.version());
        });
        api.post("/cash-calls/{cashCallId}/payments", this::payCashCall);
        api.post("/claims/{claimId}/registration", this::register);
    }

    /** The reserve movement as the caller may see it: every share for the placing side and the exchange, else its own. */
    private static ReserveMovement view(ReserveMovement r, Placement p, Caller caller) {
        return ownMovement(r, p, caller.organisationId(), caller.isExchange());
    }

    private static ReserveMovement ownMovement(ReserveMovement r, Placement p, UUID org, boolean exchange) {
        if (Visibility.account(org, exchange, p.brokerId(), p.cedentId(), List.of()) == Visibility.AccountView.ALL_SHARES) {
            return r;
        }
        return new ReserveMovement(r.id(), r.claimId(), r.placementId(), r.ucr(), r.sequence(), r.previous(), r.outstanding(), r.change(),
                r.reason(), r.effectiveDate(), r.shares().stream().filter(s -> s.participantId().equals(org)).toList(), r.claimVersion(),
                r.createdAt(), r.version());
    }

    /** The cash call as the caller may see it: every share for the placing side and the exchange, else its own. */
    private static CashCall view(CashCall c, Placement p, Caller caller) {
        return ownCall(c, p, caller.organisationId(), caller.isExchange());
    }

    private static CashCall ownCall(CashCall c, Placement p, UUID org, boolean exchange) {
        if (Visibility.account(org, exchange, p.brokerId(), p.cedentId(), List.of()) == Visibility.AccountView.ALL_SHARES) {
            return c;
        }
        return withShares(c, c.shares().stream().filter(s -> s.participantId().equals(org)).toList(), c.status(), c.technicalAccountId(),
                c.itemIndex(), c.version());
    }

    private static CashCall withShares(CashCall c, List<CashCallShare> shares, CashCallStatus status, UUID accountId, Integer itemIndex,
                                       long version) {
        return new CashCall(c.id(), c.claimId(), c.placementId(), c.ucr(), c.reference(), c.amount(), c.dueDate(), status, shares, accountId,
                itemIndex, c.createdAt(), version);
    }

    private CashCall visibleCashCall(Handle h, Caller caller, UUID id) {
        CashCall c = claims.cashCall(h, id).orElseThrow(ApiProblem::notFound);
        visible(h, caller, c.claimId());
        return c;
    }

    /** The signed lines of the claim's placement, in written order, and their shares of the order. */
    private List<AccountDraft.Participant> lines(Handle h, Placement p) {
        return accounts.participants(h, p.id());
    }

    /** The claim a path names and its placement, for a step only the placing broker's BROKER or FINANCE users take. */
    private record Prepared(Claim claim, Placement placement) {
    }

    private Prepared prepared(Mutation m, String action) {
        Claim k = visible(m.h(), m.caller(), Access.uuid(m.pathParam("claimId"), "claimId"));
        Placement p = accounts.placements().find(m.h(), k.placementId()).orElseThrow();
        Accounts.requirePreparer(m.caller(), p.brokerId(), action);
        return new Prepared(k, p);
    }

    private static List<Share> signedShares(List<AccountDraft.Participant> lines) {
        return lines.stream().map(AccountDraft.Participant::signedShare).toList();
    }

    private ApiResponse moveReserve(Mutation m) {
        Prepared target = prepared(m, "move a claim's reserve");
        Claim k = target.claim();
        Placement p = target.placement();
        m.requireVersion(k.version());
        ReserveMovementRequest req = api.json().read(m.body(), "ReserveMovementRequest", ReserveMovementRequest.class);
        io.redesk.domain.money.Money next = Wire.money(req.outstanding(), "outstanding");
        io.redesk.domain.account.ReserveMovement d;
        try {
            d = io.redesk.domain.account.ReserveMovement.of(Wire.money(k.reserve(), "reserve"), next);
        } catch (ValidationException e) {
            throw Accounts.rule(e);
        }
        List<AccountDraft.Participant> lines = lines(m.h(), p);
        List<io.redesk.domain.money.Money> parts = d.shares(Accounts.orderShare(p), signedShares(lines));
        List<ClaimShare> shares = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            shares.add(new ClaimShare(lines.get(i).organisationId(), Wire.text(lines.get(i).signedShare()), Wire.money(parts.get(i))));
        }
        Claim n = new Claim(k.id(), k.placementId(), k.ucr(), k.lossDate(), k.cause(), k.description(), Wire.money(next), k.payments(),
                k.paidTotal(), k.createdAt(), k.version() + 1, k.registration());
        store.update(m.h(), n);
        ReserveMovement r = new ReserveMovement(UUID.randomUUID(), k.id(), p.id(), k.ucr(), claims.movementCount(m.h(), k.id()) + 1,
                k.reserve(), Wire.money(next), Wire.money(d.change()), req.reason(), req.effectiveDate(), shares, n.version(), m.now(), 1);
        claims.insert(m.h(), r);
        accounts.publishOther(m, ChangeFeed.EntityType.CLAIM, n.id(), p.id(), "CLAIM_RESERVE_MOVED", n, audience(m.h(), p));
        accounts.publishShared(m, ChangeFeed.EntityType.RESERVE_MOVEMENT, r.id(), p.id(), "RESERVE_MOVED", r, p.brokerId(), p.cedentId(),
                shares.stream().map(ClaimShare::participantId).toList(), (doc, org) -> ownMovement(doc, p, org, false), null);
        return ApiResponse.created(r, r.version(), "/reserve-movements/" + r.id());
    }

    private ApiResponse callCash(Mutation m) {
        Prepared target = prepared(m, "call cash on a claim");
        Claim k = target.claim();
        Placement p = target.placement();
        CashCallRequest req = api.json().read(m.body(), "CashCallRequest", CashCallRequest.class);
        Wire.code(req.reference(), "reference");
        io.redesk.domain.money.Money amount = Wire.money(req.amount(), "amount");
        List<AccountDraft.Participant> lines = lines(m.h(), p);
        if (lines.isEmpty()) {
            throw ApiProblem.rule("NO_SIGNED_LINES", null, "the placement has no signed line to call cash from");
        }
        List<io.redesk.domain.money.Money> parts;
        try {
            parts = io.redesk.domain.account.CashCall.shares(amount, Wire.money(k.reserve(), "reserve"), Accounts.orderShare(p),
                    signedShares(lines));
        } catch (ValidationException e) {
            throw Accounts.rule(e);
        }
        List<CashCallShare> shares = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            shares.add(new CashCallShare(lines.get(i).organisationId(), Wire.text(lines.get(i).signedShare()), Wire.money(parts.get(i)), false,
                    null, null));
        }
        CashCall c = new CashCall(UUID.randomUUID(), k.id(), p.id(), k.ucr(), req.reference(), req.amount(), req.dueDate(), CashCallStatus.CALLED,
                shares, null, null, m.now(), 1);
        claims.insert(m.h(), c);
        publish(m, c, p, "CASH_CALLED");
        return ApiResponse.created(c, c.version(), "/cash-calls/" + c.id());
    }

    private void publish(Mutation m, CashCall c, Placement p, String action) {
        accounts.publishShared(m, ChangeFeed.EntityType.CASH_CALL, c.id(), p.id(), action, c, p.brokerId(), p.cedentId(),
                c.shares().stream().map(CashCallShare::participantId).toList(), (doc, org) -> ownCall(doc, p, org, false), null);
    }

    private ApiResponse payCashCall(Mutation m) {
        CashCall c = visibleCashCall(m.h(), m.caller(), Access.uuid(m.pathParam("cashCallId"), "cashCallId"));
        Placement p = accounts.placements().find(m.h(), c.placementId()).orElseThrow();
        UUID org = m.caller().organisationId();
        CashCallShare own = c.shares().stream().filter(s -> s.participantId().equals(org)).findFirst()
                .orElseThrow(() -> ApiProblem.forbidden("only a participant of the cash call pays its share"));
        Accounts.requireFinance(m.caller(), org, "pay a share of a cash call");
        m.requireVersion(c.version());
        BankReferenceRequest req = api.json().read(m.body(), "BankReferenceRequest", BankReferenceRequest.class);
        Wire.code(req.bankReference(), "bankReference");
        if (own.paid()) {
            throw ApiProblem.conflict("ALREADY_PAID", "your organisation's share of this cash call is paid already (" + own.bankReference() + ")");
        }
        List<CashCallShare> shares = c.shares().stream().map(s -> s.participantId().equals(org)
                ? new CashCallShare(s.participantId(), s.signedShare(), s.amount(), true, req.bankReference(), m.now()) : s).toList();
        CashCallStatus status = CashCallStatus.valueOf(io.redesk.domain.account.CashCall.status(shares.stream().map(CashCallShare::paid).toList())
                .name());
        CashCall n = withShares(c, shares, status, c.technicalAccountId(), c.itemIndex(), c.version() + 1);
        claims.update(m.h(), n);
        publish(m, n, p, status == CashCallStatus.PAID ? "CASH_CALL_PAID" : "CASH_CALL_SHARE_PAID");
        return ApiResponse.ok(ownCall(n, p, org, m.caller().isExchange()), n.version());
    }

    /** Claim registration: the standard's minimal fields, re-stated and checked against the record; a receipt. */
    private ApiResponse register(Mutation m) {
        Prepared target = prepared(m, "register a claim");
        Claim k = target.claim();
        Placement p = target.placement();
        ClaimRegistrationRequest req = api.json().read(m.body(), "ClaimRegistrationRequest", ClaimRegistrationRequest.class);
        Wire.code(req.ucr(), "ucr");
        io.redesk.domain.money.Money outstanding = Wire.money(req.outstanding(), "outstanding");
        io.redesk.domain.money.Money paid = Wire.money(req.paid(), "paid");
        if (claims.registered(m.h(), k.id())) {
            throw ApiProblem.conflict("ALREADY_REGISTERED", "the claim is registered already");
        }
        AccountRoutes.same(req.claimId(), k.id(), "claimId");
        AccountRoutes.same(req.umr(), p.umr(), "umr");
        AccountRoutes.same(req.ucr(), k.ucr(), "ucr");
        AccountRoutes.same(req.lossDate(), k.lossDate(), "lossDate");
        AccountRoutes.sameMoney(outstanding, Wire.money(k.reserve(), "reserve"), "outstanding");
        AccountRoutes.sameMoney(paid, Wire.money(k.paidTotal(), "paidTotal"), "paid");
        long number = claims.nextRegistration(m.h());
        String text = "SHRC-" + m.now().atZone(java.time.ZoneOffset.UTC).getYear() + "-" + String.format("%06d", number);
        ClaimRegistrationReceipt receipt = new ClaimRegistrationReceipt(text, k.id(), m.now(), Hashing.sha256Hex(api.json().write(req)));
        claims.insertRegistration(m.h(), receipt);
        Claim n = new Claim(k.id(), k.placementId(), k.ucr(), k.lossDate(), k.cause(), k.description(), k.reserve(), k.payments(),
                k.paidTotal(), k.createdAt(), k.version() + 1, new BillRegistration(text, m.now(), receipt.fieldsDigest()));
        store.update(m.h(), n);
        accounts.publishOther(m, ChangeFeed.EntityType.CLAIM, n.id(), p.id(), "CLAIM_REGISTERED", n, audience(m.h(), p));
        return ApiResponse.created(receipt, null, "/claims/" + k.id());
    }

    /** Who sees a placement's claims: broker, cedent and the signed participants (the exchange is added when publishing). */
    private Set<UUID> audience(Handle h, Placement p) {
        Set<UUID> a = new LinkedHashSet<>(List.of(p.brokerId(), p.cedentId()));
        for (AccountDraft.Participant x : accounts.participants(h, p.id())) {
            a.add(x.organisationId());
        }
        return a;
    }

    private Claim visible(Handle h, Caller caller, UUID id) {
        Claim k = store.claim(h, id).orElseThrow(ApiProblem::notFound);
        Placement p = accounts.placements().find(h, k.placementId()).orElseThrow();
        if (!Visibility.claim(caller.organisationId(), caller.isExchange(), p.brokerId(), p.cedentId(), audience(h, p))) {
            throw ApiProblem.notFound();
        }
        return k;
    }

    private ApiResponse advise(Mutation m) {
        ClaimAdviceRequest req = api.json().read(m.body(), "ClaimAdviceRequest", ClaimAdviceRequest.class);
        Placement p = accounts.placements().visible(m.h(), m.caller(), req.placementId()).orElseThrow(ApiProblem::notFound).placement();
        if (!Visibility.claim(m.caller().organisationId(), m.caller().isExchange(), p.brokerId(), p.cedentId(), audience(m.h(), p))) {
            throw ApiProblem.notFound();
        }
        Accounts.requirePreparer(m.caller(), p.brokerId(), "advise a claim");
        Wire.code(req.ucr(), "ucr");
        Wire.money(req.reserve(), "reserve");
        if (!AccountRoutes.SIGNED.contains(p.status())) {
            throw ApiProblem.conflict("PLACEMENT_NOT_SIGNED", "claims are advised on signed placements; the placement is " + p.status());
        }
        if (store.ucrTaken(m.h(), p.id(), req.ucr())) {
            throw ApiProblem.conflict("DUPLICATE_UCR", "the placement already has a claim " + req.ucr());
        }
        io.redesk.domain.money.Money zero = io.redesk.domain.money.Money.zero(Wire.money(req.reserve(), "reserve").currency());
        Claim k = new Claim(UUID.randomUUID(), p.id(), req.ucr(), req.lossDate(), req.cause(), req.description(), req.reserve(), List.of(),
                Wire.money(zero), m.now(), 1, null);
        store.insert(m.h(), k);
        accounts.publishOther(m, ChangeFeed.EntityType.CLAIM, k.id(), p.id(), "CLAIM_ADVISED", k, audience(m.h(), p));
        return ApiResponse.created(k, k.version(), "/claims/" + k.id());
    }

    private ApiResponse payment(Mutation m) {
        Prepared target = prepared(m, "request a claim payment");
        Claim k = target.claim();
        Placement p = target.placement();
        m.requireVersion(k.version());
        ClaimPaymentRequest req = api.json().read(m.body(), "ClaimPaymentRequest", ClaimPaymentRequest.class);
        io.redesk.domain.money.Money amount = Wire.money(req.amount(), "amount");
        io.redesk.domain.money.Money paid = Wire.money(k.paidTotal(), "paidTotal");
        if (!paid.isSameCurrency(amount)) {
            throw ApiProblem.rule("CURRENCY_MISMATCH", "amount.currency", "the claim is paid in " + paid.currency() + ", not " + amount.currency());
        }
        CashCall call = null;
        if (req.cashCallId() != null) {
            call = claims.cashCall(m.h(), req.cashCallId()).filter(c -> c.claimId().equals(k.id()))
                    .orElseThrow(() -> ApiProblem.rule("CASH_CALL_NOT_OF_CLAIM", "cashCallId", "the claim has no such cash call"));
            if (call.technicalAccountId() != null) {
                throw ApiProblem.conflict("CASH_CALL_ACCOUNTED", "the cash call is accounted already, through technical account "
                        + call.technicalAccountId());
            }
            if (Wire.money(call.amount(), "amount").compareTo(amount) != 0) {
                throw ApiProblem.rule("CLAIM_AMOUNT_MISMATCH", "amount.amount", "the cash call is " + call.amount().amount() + " "
                        + call.amount().currency() + ", the payment " + amount);
            }
        }
        TechnicalAccount a = store.account(m.h(), req.technicalAccountId())
                .filter(x -> Accounts.view(x, m.caller().organisationId(), m.caller().isExchange()) != null)
                .orElseThrow(() -> ApiProblem.rule("CLAIM_NO_TA_ITEM", "technicalAccountId", "no such technical account"));
        if (!a.placementId().equals(k.placementId())) {
            throw ApiProblem.rule("CLAIM_NO_TA_ITEM", "technicalAccountId", "the technical account belongs to another placement");
        }
        if (a.kind() == AccountKind.REVERSAL || a.status() == AccountStatus.SUPERSEDED) {
            throw ApiProblem.rule("CLAIM_NO_TA_ITEM", "technicalAccountId", "the technical account is " + a.status()
                    + "; pay through the version in force");
        }
        AccountDraft d = accounts.draft(m.h(), a);
        ClaimPayment rule = call != null ? ClaimPayment.cashCall(k.ucr(), amount) : new ClaimPayment(k.ucr(), amount);
        List<FieldError> errors = rule.matchAgainst(d.toDomain());
        if (!errors.isEmpty()) {
            FieldError f = errors.get(0);
            throw "claim.noTaItem".equals(f.code()) ? ApiProblem.rule("CLAIM_NO_TA_ITEM", "technicalAccountId", f.message())
                    : ApiProblem.rule("CLAIM_AMOUNT_MISMATCH", "amount.amount", f.message());
        }
        List<TaItem> items = new ArrayList<>(d.items);
        int idx = rule.itemFor(d.toDomain().items(), i -> items.get(i).claimId() != null);
        if (idx < 0) {
            throw ApiProblem.conflict("CLAIM_ITEM_TAKEN", "the matching item is already linked to a payment");
        }
        TaItem t = items.get(idx);
        // the link is an annotation, not a change of figures: an issued account's items and amounts stay as issued
        items.set(idx, new TaItem(t.type(), t.amount(), t.reference(), k.id(), t.description(), call == null ? null : call.id()));
        d.items = items;
        d.version = a.version() + 1;
        TechnicalAccount linked = AccountRoutes.build(d);
        store.update(m.h(), linked);
        accounts.publish(m, linked, "CLAIM_ITEM_LINKED", null);
        List<io.redesk.sdk.model.account.ClaimPayment> payments = new ArrayList<>(k.payments());
        payments.add(new io.redesk.sdk.model.account.ClaimPayment(a.id(), req.amount(), m.now(), idx, call == null ? null : call.id()));
        Claim n = new Claim(k.id(), k.placementId(), k.ucr(), k.lossDate(), k.cause(), k.description(), k.reserve(), payments,
                Wire.money(paid.plus(amount)), k.createdAt(), k.version() + 1, k.registration());
        store.update(m.h(), n);
        accounts.publishOther(m, ChangeFeed.EntityType.CLAIM, n.id(), p.id(), "CLAIM_PAYMENT_REQUESTED", n, audience(m.h(), p));
        if (call != null) {
            CashCall accounted = withShares(call, call.shares(), call.status(), a.id(), idx, call.version() + 1);
            claims.update(m.h(), accounted);
            publish(m, accounted, p, "CASH_CALL_ACCOUNTED");
        }
        return ApiResponse.ok(n, n.version());
    }
}
