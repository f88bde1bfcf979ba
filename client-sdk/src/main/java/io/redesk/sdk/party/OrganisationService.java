package io.redesk.sdk.party;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.party.OrganisationPage;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;
import java.util.stream.Stream;

/** The market's organisations ({@code /organisations}), optionally filtered by type. */
public final class OrganisationService extends BaseService<OrganisationService> {

    public OrganisationService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected OrganisationService copy(RequestOptions o) {
        return new OrganisationService(executor, o);
    }

    /** One page; {@code type} null for all types. */
    public Page<Organisation> list(OrgType type, String cursor, Integer limit) {
        OrganisationPage p = call(ApiRequest.get("organisations").query("type", type).query("cursor", cursor)
                .query("limit", limit(limit, 200)), OrganisationPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Organisation> listAll(OrgType type) {
        return all(c -> list(type, c, null));
    }

    public Organisation get(UUID organisationId) {
        return call(ApiRequest.get("organisations", id("organisationId", organisationId)), Organisation.class);
    }
}
