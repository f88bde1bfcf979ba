package io.redesk.sdk.placement;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.placement.Endorsement;
import io.redesk.sdk.model.placement.EndorsementPage;
import io.redesk.sdk.model.placement.EndorsementRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementPage;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.SlipVersion;
import io.redesk.sdk.model.placement.SlipVersionPage;
import io.redesk.sdk.model.placement.TransitionRequest;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Placements: create, read, edit the slip (each edit a new slip version), move through the workflow,
 * fix the firm order, and endorse a bound contract ({@code /placements/...}). Every change is guarded
 * by the placement version last read ({@code If-Match}); a stale one throws
 * {@link io.redesk.sdk.error.PreconditionFailedException} carrying the current version.
 */
public final class PlacementService extends BaseService<PlacementService> {

    public PlacementService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected PlacementService copy(RequestOptions o) {
        return new PlacementService(executor, o);
    }

    /** One page of visible placements; {@code status} null for all. */
    public Page<Placement> list(PlacementStatus status, String cursor, Integer limit) {
        PlacementPage p = call(ApiRequest.get("placements").query("status", status).query("cursor", cursor)
                .query("limit", limit(limit, 200)), PlacementPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Placement> listAll(PlacementStatus status) {
        return all(c -> list(status, c, null));
    }

    public Placement create(PlacementCreateRequest request) {
        return call(ApiRequest.post("placements").body(required("request", request)), Placement.class);
    }

    public Placement get(UUID placementId) {
        return call(ApiRequest.get("placements", id("placementId", placementId)), Placement.class);
    }

    /** Replaces the slip, creating the next slip version. */
    public Placement putSlip(UUID placementId, Slip slip, long expectedVersion) {
        return callIfMatch(ApiRequest.put("placements", id("placementId", placementId), "slip")
                .body(required("slip", slip)), expectedVersion, Placement.class);
    }

    public Page<SlipVersion> slipVersions(UUID placementId, String cursor, Integer limit) {
        SlipVersionPage p = call(ApiRequest.get("placements", id("placementId", placementId), "slip-versions")
                .query("cursor", cursor).query("limit", limit(limit, 200)), SlipVersionPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<SlipVersion> allSlipVersions(UUID placementId) {
        return all(c -> slipVersions(placementId, c, null));
    }

    public SlipVersion slipVersion(UUID placementId, long versionNumber) {
        if (versionNumber < 1) {
            throw new IllegalArgumentException("versionNumber must be at least 1, was " + versionNumber);
        }
        return call(ApiRequest.get("placements", id("placementId", placementId), "slip-versions",
                String.valueOf(versionNumber)), SlipVersion.class);
    }

    /** A workflow step without data of its own (submit, cancel, bind, ...). */
    public Placement transition(UUID placementId, PlacementStatus to, String reason, long expectedVersion) {
        return callIfMatch(ApiRequest.post("placements", id("placementId", placementId), "transitions")
                .body(new TransitionRequest(required("to", to), reason)), expectedVersion, Placement.class);
    }

    /** Fixes the accepted quote's terms and the order share, and invites the followers. */
    public Placement placeFirmOrder(UUID placementId, FirmOrderRequest request, long expectedVersion) {
        return callIfMatch(ApiRequest.post("placements", id("placementId", placementId), "firm-order")
                .body(required("request", request)), expectedVersion, Placement.class);
    }

    public Page<Endorsement> endorsements(UUID placementId, String cursor, Integer limit) {
        EndorsementPage p = call(ApiRequest.get("placements", id("placementId", placementId), "endorsements")
                .query("cursor", cursor).query("limit", limit(limit, 200)), EndorsementPage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Endorsement> allEndorsements(UUID placementId) {
        return all(c -> endorsements(placementId, c, null));
    }

    /** Endorses a bound contract: a new numbered slip version with an effective date. */
    public Endorsement endorse(UUID placementId, EndorsementRequest request, long expectedVersion) {
        return callIfMatch(ApiRequest.post("placements", id("placementId", placementId), "endorsements")
                .body(required("request", request)), expectedVersion, Endorsement.class);
    }
}
