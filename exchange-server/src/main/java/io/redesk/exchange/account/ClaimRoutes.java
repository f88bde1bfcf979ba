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
import io.redesk.sdk.model.account.AccountKind;
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
 * Claims: advice by the placing broker on a signed placement, and payment requests, each matched by
 * {@code domain}'s {@link ClaimPayment} to a claims-paid (or cash-loss) item of one of the placement's
 * technical accounts; the item then carries the claim's id and the claim the account's, so the link is
 * visible both ways. Claims are seen by the placing side, the exchange and the signed participants.
 */
public final class ClaimRoutes {
    private final Api api;
    private final Accounts accounts;
    private final AccountStore store;

    public ClaimRoutes(Api api, Accounts accounts) {
        this.api = api;
        this.accounts = accounts;
        this.store = accounts.store();
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
                Wire.money(zero), m.now(), 1);
        store.insert(m.h(), k);
        accounts.publishOther(m, ChangeFeed.EntityType.CLAIM, k.id(), p.id(), "CLAIM_ADVISED", k, audience(m.h(), p));
        return ApiResponse.created(k, k.version(), "/claims/" + k.id());
    }

    private ApiResponse payment(Mutation m) {
        Claim k = visible(m.h(), m.caller(), Access.uuid(m.pathParam("claimId"), "claimId"));
        Placement p = accounts.placements().find(m.h(), k.placementId()).orElseThrow();
        Accounts.requirePreparer(m.caller(), p.brokerId(), "request a claim payment");
        m.requireVersion(k.version());
        ClaimPaymentRequest req = api.json().read(m.body(), "ClaimPaymentRequest", ClaimPaymentRequest.class);
        io.redesk.domain.money.Money amount = Wire.money(req.amount(), "amount");
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
        List<FieldError> errors = new ClaimPayment(k.ucr(), amount).matchAgainst(d.toDomain());
        if (!errors.isEmpty()) {
            FieldError f = errors.get(0);
            throw "claim.noTaItem".equals(f.code()) ? ApiProblem.rule("CLAIM_NO_TA_ITEM", "technicalAccountId", f.message())
                    : ApiProblem.rule("CLAIM_AMOUNT_MISMATCH", "amount.amount", f.message());
        }
        List<TaItem> items = new ArrayList<>(d.items);
        int idx = -1;
        for (int i = 0; i < items.size(); i++) {
            TaItem t = items.get(i);
            if (AccountDraft.isClaimItem(t.type()) && k.ucr().equals(t.reference()) && t.claimId() == null
                    && Wire.money(t.amount(), "amount").equals(amount)) {
                idx = i;
                break;
            }
        }
        if (idx < 0) {
            throw ApiProblem.conflict("CLAIM_ITEM_TAKEN", "the matching item is already linked to a payment");
        }
        TaItem t = items.get(idx);
        // the link is an annotation, not a change of figures: an issued account's items and amounts stay as issued
        items.set(idx, new TaItem(t.type(), t.amount(), t.reference(), k.id(), t.description()));
        d.items = items;
        d.version = a.version() + 1;
        TechnicalAccount linked = AccountRoutes.build(d);
        store.update(m.h(), linked);
        accounts.publish(m, linked, "CLAIM_ITEM_LINKED", null);
        List<io.redesk.sdk.model.account.ClaimPayment> payments = new ArrayList<>(k.payments());
        payments.add(new io.redesk.sdk.model.account.ClaimPayment(a.id(), req.amount(), m.now()));
        io.redesk.domain.money.Money paid = Wire.money(k.paidTotal(), "paidTotal");
        if (!paid.isSameCurrency(amount)) {
            throw ApiProblem.rule("CURRENCY_MISMATCH", "amount.currency", "the claim is paid in " + paid.currency() + ", not " + amount.currency());
        }
        Claim n = new Claim(k.id(), k.placementId(), k.ucr(), k.lossDate(), k.cause(), k.description(), k.reserve(), payments,
                Wire.money(paid.plus(amount)), k.createdAt(), k.version() + 1);
        store.update(m.h(), n);
        accounts.publishOther(m, ChangeFeed.EntityType.CLAIM, n.id(), p.id(), "CLAIM_PAYMENT_REQUESTED", n, audience(m.h(), p));
        return ApiResponse.ok(n, n.version());
    }
}
