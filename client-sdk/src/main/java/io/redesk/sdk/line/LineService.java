package io.redesk.sdk.line;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.ReasonRequest;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineAmendRequest;
import io.redesk.sdk.model.line.LinePage;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.line.SubjectivityRequest;
import io.redesk.sdk.model.line.SubjectivityStatus;
import io.redesk.sdk.model.line.SubjectivityStatusRequest;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Written lines: an underwriter writes, amends or withdraws its line and adds subjectivities; the
 * placing side sees every line, a reinsurer only its own.
 */
public final class LineService extends BaseService<LineService> {

    public LineService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected LineService copy(RequestOptions o) {
        return new LineService(executor, o);
    }

    public Page<Line> list(UUID placementId, String cursor, Integer limit) {
        LinePage p = call(ApiRequest.get("placements", id("placementId", placementId), "lines")
                .query("cursor", cursor).query("limit", limit(limit, 200)), LinePage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Line> listAll(UUID placementId) {
        return all(c -> list(placementId, c, null));
    }

    /** Underwriter: writes the caller organisation's line on a placement in SUBSCRIBING (or FIRM_ORDER). */
    public Line write(UUID placementId, LineWriteRequest request) {
        return call(ApiRequest.post("placements", id("placementId", placementId), "lines")
                .body(required("request", request)), Line.class);
    }

    public Line get(UUID lineId) {
        return call(ApiRequest.get("lines", id("lineId", lineId)), Line.class);
    }

    public Line amend(UUID lineId, LineAmendRequest request, long expectedVersion) {
        return callIfMatch(ApiRequest.post("lines", id("lineId", lineId), "amend").body(required("request", request)),
                expectedVersion, Line.class);
    }

    public Line withdraw(UUID lineId, String reason, long expectedVersion) {
        return callIfMatch(ApiRequest.post("lines", id("lineId", lineId), "withdraw")
                .body(new ReasonRequest(required("reason", reason))), expectedVersion, Line.class);
    }

    public Line addSubjectivity(UUID lineId, SubjectivityRequest request, long expectedVersion) {
        return callIfMatch(ApiRequest.post("lines", id("lineId", lineId), "subjectivities")
                .body(required("request", request)), expectedVersion, Line.class);
    }

    public Line setSubjectivityStatus(UUID lineId, UUID subjectivityId, SubjectivityStatus status,
            long expectedVersion) {
        return callIfMatch(ApiRequest.put("lines", id("lineId", lineId), "subjectivities",
                id("subjectivityId", subjectivityId)).body(new SubjectivityStatusRequest(required("status", status))),
                expectedVersion, Line.class);
    }
}
