package io.redesk.sdk.audit;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.audit.AuditEvent;
import io.redesk.sdk.model.audit.AuditPage;
import io.redesk.sdk.paging.ChangeFeedIterator;
import io.redesk.sdk.paging.FeedPage;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;

/**
 * The exchange's audit log ({@code GET /audit-events}), oldest first, redacted per caller, and its
 * verification with {@link AuditChainVerifier}.
 */
public final class AuditService extends BaseService<AuditService> {

    public AuditService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected AuditService copy(RequestOptions o) {
        return new AuditService(executor, o);
    }

    public AuditPage page(String since, Integer limit) {
        return call(ApiRequest.get("audit-events").query("since", since).query("limit", limit(limit, 1000)),
                AuditPage.class);
    }

    /** Every event after {@code since} (null: from the first), fetched lazily. */
    public ChangeFeedIterator<AuditEvent> from(String since) {
        return new ChangeFeedIterator<>(since, s -> {
            AuditPage p = page(s, 1000);
            return new FeedPage<>(p.items(), p.nextCursor(), p.hasMore());
        }, null);
    }

    /**
     * Reads the whole chain and verifies it from genesis.
     *
     * @return the verifier holding the head (seq and hash) to store as a checkpoint
     * @throws AuditChainBrokenException at the first event that does not verify
     */
    public AuditChainVerifier verifyAll() {
        AuditChainVerifier verifier = AuditChainVerifier.fromGenesis();
        from(null).forEachRemaining(verifier::accept);
        return verifier;
    }
}
