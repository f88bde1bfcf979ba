package io.redesk.sdk.party;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.party.Me;
import io.redesk.sdk.model.party.User;
import io.redesk.sdk.model.party.UserPage;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;
import java.util.stream.Stream;

/** The signed-in user ({@code /me}) and the users the caller may see ({@code /users}). */
public final class UserService extends BaseService<UserService> {

    public UserService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected UserService copy(RequestOptions o) {
        return new UserService(executor, o);
    }

    /** Who is signed in, with their organisation and roles. */
    public Me me() {
        return call(ApiRequest.get("me"), Me.class);
    }

    public Page<User> list(String cursor, Integer limit) {
        UserPage p = call(ApiRequest.get("users").query("cursor", cursor).query("limit", limit(limit, 200)),
                UserPage.class);
        return page(p.items(), p.nextCursor());
    }

    /** Every visible user, fetched page by page as the stream is consumed. */
    public Stream<User> listAll() {
        return all(c -> list(c, null));
    }

    public User get(UUID userId) {
        return call(ApiRequest.get("users", id("userId", userId)), User.class);
    }
}
