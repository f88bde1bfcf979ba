package io.redesk.sdk.account;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.ReasonRequest;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BillRegistrationReceipt;
import io.redesk.sdk.model.account.BillRegistrationRequest;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.TechnicalAccountContent;
import io.redesk.sdk.model.account.TechnicalAccountCreateRequest;
import io.redesk.sdk.model.account.TechnicalAccountPage;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Technical accounts ({@code /technical-accounts}): the placing broker prepares, edits (DRAFT only),
 * issues and corrects; each participant's FINANCE agrees or queries its share; bills are registered
 * with a receipt. A participant sees the account at 100% and only its own share; anyone outside the
 * placement gets {@link io.redesk.sdk.error.NotFoundException}.
 */
public final class AccountService extends BaseService<AccountService> {

    public AccountService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected AccountService copy(RequestOptions o) {
        return new AccountService(executor, o);
    }

    public Page<TechnicalAccount> list(UUID placementId, AccountStatus status, String cursor, Integer limit) {
        TechnicalAccountPage p = call(ApiRequest.get("technical-accounts").query("placementId", placementId)
                .query("status", status).query("cursor", cursor).query("limit", limit(limit, 200)), TechnicalAccountPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<TechnicalAccount> listAll(UUID placementId, AccountStatus status) {
        return all(c -> list(placementId, status, c, null));
    }

    public TechnicalAccount get(UUID accountId) {
        return call(ApiRequest.get("technical-accounts", id("accountId", accountId)), TechnicalAccount.class);
    }

    public TechnicalAccount create(TechnicalAccountCreateRequest request) {
        return call(ApiRequest.post("technical-accounts").body(required("request", request)), TechnicalAccount.class);
    }

    /** Replaces a DRAFT's items and stated total. */
    public TechnicalAccount update(UUID accountId, TechnicalAccountContent content, long expectedVersion) {
        return callIfMatch(ApiRequest.put("technical-accounts", id("accountId", accountId)).body(required("content", content)),
                expectedVersion, TechnicalAccount.class);
    }

    public TechnicalAccount issue(UUID accountId, long expectedVersion) {
        return callIfMatch(ApiRequest.post("technical-accounts", id("accountId", accountId), "issue"), expectedVersion,
                TechnicalAccount.class);
    }

    public TechnicalAccount agree(UUID accountId, long expectedVersion) {
        return callIfMatch(ApiRequest.post("technical-accounts", id("accountId", accountId), "agree"), expectedVersion,
                TechnicalAccount.class);
    }

    public TechnicalAccount query(UUID accountId, String reason, long expectedVersion) {
        return callIfMatch(ApiRequest.post("technical-accounts", id("accountId", accountId), "query")
                .body(new ReasonRequest(required("reason", reason))), expectedVersion, TechnicalAccount.class);
    }

    /** Supersedes the account (a reversal cancels it) and returns the corrected version, a DRAFT. */
    public TechnicalAccount correct(UUID accountId, TechnicalAccountContent content, long expectedVersion) {
        return callIfMatch(ApiRequest.post("technical-accounts", id("accountId", accountId), "corrections")
                .body(required("content", content)), expectedVersion, TechnicalAccount.class);
    }

    public BillRegistrationReceipt register(UUID accountId, BillRegistrationRequest request) {
        return call(ApiRequest.post("technical-accounts", id("accountId", accountId), "registration")
                .body(required("request", request)), BillRegistrationReceipt.class);
    }
}
