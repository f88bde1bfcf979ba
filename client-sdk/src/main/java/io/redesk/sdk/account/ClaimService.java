package io.redesk.sdk.account;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.account.BankReferenceRequest;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.CashCallPage;
import io.redesk.sdk.model.account.CashCallRequest;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ClaimRegistrationReceipt;
import io.redesk.sdk.model.account.ClaimRegistrationRequest;
import io.redesk.sdk.model.account.ReserveMovement;
import io.redesk.sdk.model.account.ReserveMovementPage;
import io.redesk.sdk.model.account.ReserveMovementRequest;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimPage;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Claims ({@code /claims}): the placing broker advises a claim, moves its reserve, calls cash, requests
 * payments (each matched to a claims-paid or cash-loss item of an issued technical account) and registers
 * it; each participant's FINANCE pays its share of a cash call. Claims, their reserve movements and cash
 * calls follow the placement's visibility; a participant sees its own share only.
 */
public final class ClaimService extends BaseService<ClaimService> {

    public ClaimService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected ClaimService copy(RequestOptions o) {
        return new ClaimService(executor, o);
    }

    public Page<Claim> list(UUID placementId, String cursor, Integer limit) {
        ClaimPage p = call(ApiRequest.get("claims").query("placementId", placementId).query("cursor", cursor)
                .query("limit", limit(limit, 200)), ClaimPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Claim> listAll(UUID placementId) {
        return all(c -> list(placementId, c, null));
    }

    public Claim get(UUID claimId) {
        return call(ApiRequest.get("claims", id("claimId", claimId)), Claim.class);
    }

    public Claim advise(ClaimAdviceRequest request) {
        return call(ApiRequest.post("claims").body(required("request", request)), Claim.class);
    }

    public Claim requestPayment(UUID claimId, ClaimPaymentRequest request, long expectedVersion) {
        return callIfMatch(ApiRequest.post("claims", id("claimId", claimId), "payments").body(required("request", request)),
                expectedVersion, Claim.class);
    }

    /** Moves the claim's outstanding reserve; {@code expectedClaimVersion} is the claim's version read. */
    public ReserveMovement moveReserve(UUID claimId, ReserveMovementRequest request, long expectedClaimVersion) {
        return callIfMatch(ApiRequest.post("claims", id("claimId", claimId), "reserve-movements").body(required("request", request)),
                expectedClaimVersion, ReserveMovement.class);
    }

    public Page<ReserveMovement> reserveMovements(UUID claimId, String cursor, Integer limit) {
        ReserveMovementPage p = call(ApiRequest.get("claims", id("claimId", claimId), "reserve-movements").query("cursor", cursor)
                .query("limit", limit(limit, 200)), ReserveMovementPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<ReserveMovement> allReserveMovements(UUID claimId) {
        return all(c -> reserveMovements(claimId, c, null));
    }

    public ReserveMovement reserveMovement(UUID movementId) {
        return call(ApiRequest.get("reserve-movements", id("movementId", movementId)), ReserveMovement.class);
    }

    /** Calls the participants' shares of a loss in cash. */
    public CashCall callCash(UUID claimId, CashCallRequest request) {
        return call(ApiRequest.post("claims", id("claimId", claimId), "cash-calls").body(required("request", request)), CashCall.class);
    }

    public Page<CashCall> cashCalls(UUID claimId, String cursor, Integer limit) {
        CashCallPage p = call(ApiRequest.get("claims", id("claimId", claimId), "cash-calls").query("cursor", cursor)
                .query("limit", limit(limit, 200)), CashCallPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<CashCall> allCashCalls(UUID claimId) {
        return all(c -> cashCalls(claimId, c, null));
    }

    public CashCall cashCall(UUID cashCallId) {
        return call(ApiRequest.get("cash-calls", id("cashCallId", cashCallId)), CashCall.class);
    }

    /** A participant's FINANCE records that its share of the call is paid. */
    public CashCall payCashCall(UUID cashCallId, String bankReference, long expectedVersion) {
        return callIfMatch(ApiRequest.post("cash-calls", id("cashCallId", cashCallId), "payments")
                .body(new BankReferenceRequest(required("bankReference", bankReference))), expectedVersion, CashCall.class);
    }

    /** Registers the claim with the exchange: the registration standard's fields, checked against the exchange's record. */
    public ClaimRegistrationReceipt register(UUID claimId, ClaimRegistrationRequest request) {
        return call(ApiRequest.post("claims", id("claimId", claimId), "registration").body(required("request", request)),
                ClaimRegistrationReceipt.class);
    }
}
