package io.redesk.sdk.security;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.security.Pool;
import io.redesk.sdk.model.security.PoolMember;
import io.redesk.sdk.model.security.PoolMembersRequest;
import io.redesk.sdk.model.security.PoolPage;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Insurance pools and their member shares ({@code /pools}). */
public final class PoolService extends BaseService<PoolService> {

    public PoolService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected PoolService copy(RequestOptions o) {
        return new PoolService(executor, o);
    }

    public Page<Pool> list(String cursor, Integer limit) {
        PoolPage p = call(ApiRequest.get("pools").query("cursor", cursor).query("limit", limit(limit, 200)),
                PoolPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Pool> listAll() {
        return all(c -> list(c, null));
    }

    public Pool get(UUID poolId) {
        return call(ApiRequest.get("pools", id("poolId", poolId)), Pool.class);
    }

    /** Replaces the members (shares must sum to 100); guarded by the pool's version. */
    public Pool putMembers(UUID poolId, List<PoolMember> members, long expectedVersion) {
        return callIfMatch(ApiRequest.put("pools", id("poolId", poolId), "members")
                .body(new PoolMembersRequest(required("members", members))), expectedVersion, Pool.class);
    }
}
