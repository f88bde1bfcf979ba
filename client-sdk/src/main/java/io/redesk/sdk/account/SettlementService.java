package io.redesk.sdk.account;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.account.BankReferenceRequest;
import io.redesk.sdk.model.account.PaymentRequest;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.SettlementPage;
import io.redesk.sdk.model.account.SettlementRequest;
import io.redesk.sdk.model.account.Statement;
import io.redesk.sdk.model.account.StatementPage;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Statements of account and settlements ({@code /statements}, {@code /settlements}): the caller's
 * organisation's statements per counterparty, currency and period; FINANCE instructs the settlement of
 * a net position, the payer records payments, the payee confirms with the bank reference.
 */
public final class SettlementService extends BaseService<SettlementService> {

    public SettlementService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected SettlementService copy(RequestOptions o) {
        return new SettlementService(executor, o);
    }

    /**
     * The broker's statements of brokerage earned per counterparty, currency and period ({@code /brokerage-statements});
     * {@code period} and {@code currency} may be null (all). Empty for an organisation that is not a broker.
     */
    public List<Statement> brokerageStatements(String period, String currency) {
        return call(ApiRequest.get("brokerage-statements").query("period", period).query("currency", currency), StatementPage.class)
                .items();
    }

    /** Statements of the caller's organisation; {@code period} and {@code currency} may be null (all). */
    public List<Statement> statements(String period, String currency) {
        return call(ApiRequest.get("statements").query("period", period).query("currency", currency), StatementPage.class).items();
    }

    public Page<Settlement> list(String cursor, Integer limit) {
        SettlementPage p = call(ApiRequest.get("settlements").query("cursor", cursor).query("limit", limit(limit, 200)),
                SettlementPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Settlement> listAll() {
        return all(c -> list(c, null));
    }

    public Settlement get(UUID settlementId) {
        return call(ApiRequest.get("settlements", id("settlementId", settlementId)), Settlement.class);
    }

    public Settlement instruct(SettlementRequest request) {
        return call(ApiRequest.post("settlements").body(required("request", request)), Settlement.class);
    }

    public Settlement pay(UUID settlementId, PaymentRequest payment, long expectedVersion) {
        return callIfMatch(ApiRequest.post("settlements", id("settlementId", settlementId), "payments")
                .body(required("payment", payment)), expectedVersion, Settlement.class);
    }

    public Settlement confirm(UUID settlementId, String bankReference, long expectedVersion) {
        return callIfMatch(ApiRequest.post("settlements", id("settlementId", settlementId), "confirm")
                .body(new BankReferenceRequest(required("bankReference", bankReference))), expectedVersion, Settlement.class);
    }
}
