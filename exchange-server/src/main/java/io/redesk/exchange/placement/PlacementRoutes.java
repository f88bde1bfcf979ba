package io.redesk.exchange.placement;

import io.redesk.domain.placement.PlacementWorkflow;
import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.http.Access;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.http.Paging;
import io.redesk.exchange.quote.QuoteStore;
import io.redesk.exchange.quote.QuoteSteps;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.placement.Endorsement;
import io.redesk.sdk.model.placement.EndorsementPage;
import io.redesk.sdk.model.placement.EndorsementRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.SlipVersion;
import io.redesk.sdk.model.placement.SlipVersionPage;
import io.redesk.sdk.model.placement.TransitionRequest;
import org.jdbi.v3.core.Handle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Placements: create, list, read, new slip versions, plain transitions and endorsements. Every status
 * change goes through {@code domain}'s {@link PlacementWorkflow}.
 */
public final class PlacementRoutes {
    private static final Set<PlacementStatus> PLAIN_TARGETS = EnumSet.of(PlacementStatus.SUBMITTED, PlacementStatus.BOUND,
            PlacementStatus.NOT_TAKEN_UP, PlacementStatus.CANCELLED, PlacementStatus.EXPIRED);

    private final Api api;
    private final PlacementStore store;
    private final QuoteSteps quotes;

    public PlacementRoutes(Api api, PlacementStore store, QuoteStore quotes) {
        this.api = api;
        this.store = store;
        this.quotes = new QuoteSteps(quotes);
    }

    /** Moves a placement through {@code domain}'s workflow, 409 ILLEGAL_TRANSITION when it refuses. */
    public static PlacementStatus move(PlacementStatus from, PlacementStatus to) {
        try {
            return PlacementStatus.valueOf(PlacementWorkflow.transition(
                    io.redesk.domain.placement.PlacementStatus.valueOf(from.name()),
                    io.redesk.domain.placement.PlacementStatus.valueOf(to.name())).name());
        } catch (IllegalTransitionException e) {
            throw ApiProblem.conflict("ILLEGAL_TRANSITION", e.getMessage());
        }
    }

    /** The placement for a placing-side action by the caller: visible, and the caller's organisation places it. */
    public static Placement placingAction(PlacementStore store, Mutation m, String action) {
        PlacementStore.Visible v = store.visible(m.h(), m.caller(), Access.uuid(m.pathParam("placementId"), "placementId"))
                .orElseThrow(ApiProblem::notFound);
        if (v.access() != PlacementAccess.PLACING || !m.caller().organisationId().equals(v.placement().brokerId())) {
            throw ApiProblem.forbidden("only the placing broker may " + action);
        }
        Access.requirePlacingRole(m.caller(), action);
        return v.placement();
    }

    public void register() {
        api.get("/placements", this::list);
        api.post("/placements", this::create);
        api.get("/placements/{placementId}", this::getOne);
        api.put("/placements/{placementId}/slip", this::putSlip);
        api.get("/placements/{placementId}/slip-versions", (ctx, caller, h) -> {
            Placement p = visible(h, caller, ctx.pathParam("placementId"));
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            List<SlipVersion> rows = store.slipVersions(h, p.id(), pr.after() == null ? 0 : pr.after(), pr.limit() + 1);
            return ApiResponse.ok(new SlipVersionPage(rows.subList(0, Math.min(rows.size(), pr.limit())),
                    Paging.next(rows, pr.limit(), SlipVersion::number)));
        });
        api.get("/placements/{placementId}/slip-versions/{versionNumber}", (ctx, caller, h) -> {
            Placement p = visible(h, caller, ctx.pathParam("placementId"));
            long n;
            try {
                n = Long.parseLong(ctx.pathParam("versionNumber"));
            } catch (NumberFormatException e) {
                throw ApiProblem.invalid("versionNumber", "must be a positive integer");
            }
            return ApiResponse.ok(store.slipVersion(h, p.id(), n).orElseThrow(ApiProblem::notFound));
        });
        api.post("/placements/{placementId}/transitions", this::transition);
        api.get("/placements/{placementId}/endorsements", (ctx, caller, h) -> {
            Placement p = visible(h, caller, ctx.pathParam("placementId"));
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            List<Endorsement> rows = store.endorsements(h, p.id(), pr.after() == null ? 0 : pr.after(), pr.limit() + 1);
            return ApiResponse.ok(new EndorsementPage(rows.subList(0, Math.min(rows.size(), pr.limit())),
                    Paging.next(rows, pr.limit(), Endorsement::number)));
        });
        api.post("/placements/{placementId}/endorsements", this::endorse);
    }

    /** The placement named by a path parameter, when the caller may see it (404 otherwise). */
    private Placement visible(Handle h, Caller caller, String id) {
        return store.visible(h, caller, Access.uuid(id, "placementId")).orElseThrow(ApiProblem::notFound).placement();
    }

    /**
     * The stored document is sent as it is unless the caller only quotes (it then loses the lead
     * terms): the read path of the busiest endpoints does no JSON parsing.
     */
    private ApiResponse getOne(io.javalin.http.Context ctx, Caller caller, Handle h) {
        PlacementStore.VisibleDoc v = store.visibleDoc(h, caller, Access.uuid(ctx.pathParam("placementId"), "placementId"))
                .orElseThrow(ApiProblem::notFound);
        return new ApiResponse(200, body(v.doc(), v.access()), v.version(), null);
    }

    private Object body(String doc, PlacementAccess a) {
        if (Visibility.seesWholeDocument(a)) {
            return new io.redesk.exchange.http.RawJson(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return Visibility.view(store.json().parse(doc, Placement.class), a);
    }

    private ApiResponse list(io.javalin.http.Context ctx, Caller caller, Handle h) {
        Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
        String status = ctx.queryParam("status");
        if (status != null) {
            try {
                PlacementStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("status", "is not a placement status");
            }
        }
        List<PlacementStore.Listed> rows = store.list(h, caller, pr.after(), status, pr.limit() + 1);
        StringBuilder json = new StringBuilder(256 + rows.size() * 2048).append("{\"items\":[");
        List<PlacementStore.Listed> page = rows.subList(0, Math.min(rows.size(), pr.limit()));
        for (int i = 0; i < page.size(); i++) {
            PlacementStore.Listed r = page.get(i);
            json.append(i == 0 ? "" : ",").append(Visibility.seesWholeDocument(r.access()) ? r.doc()
                    : store.json().text(Visibility.view(store.json().parse(r.doc(), Placement.class), r.access())));
        }
        json.append(']');
        String next = Paging.next(rows, pr.limit(), PlacementStore.Listed::seq);
        if (next != null) {
            json.append(",\"nextCursor\":\"").append(next).append('"');
        }
        json.append('}');
        return ApiResponse.ok(new io.redesk.exchange.http.RawJson(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private ApiResponse create(Mutation m) {
        Caller caller = m.caller();
        Access.requirePlacingRole(caller, "create a placement");
        PlacementCreateRequest req = api.json().read(m.body(), "PlacementCreateRequest", PlacementCreateRequest.class);
        UUID brokerId = req.brokerId() == null ? caller.organisationId() : req.brokerId();
        if (!brokerId.equals(caller.organisationId())) {
            throw ApiProblem.rule("NOT_YOUR_ORGANISATION", "brokerId", "a placement is created by its placing broker");
        }
        Organisation cedent = store.directory().organisation(m.h(), req.cedentId())
                .filter(o -> o.type() == OrgType.CEDENT).orElseThrow(() -> ApiProblem.rule("NOT_A_CEDENT", "cedentId", "no such cedent"));
        if (caller.organisationType() == io.redesk.domain.party.OrgType.CEDENT && !cedent.id().equals(caller.organisationId())) {
            throw ApiProblem.rule("NOT_YOUR_ORGANISATION", "cedentId", "a cedent places its own business only");
        }
        SlipRules.check(req.slip(), "slip.");
        if (store.umrExists(m.h(), req.slip().umr())) {
            throw ApiProblem.conflict("DUPLICATE_UMR", "a placement with UMR " + req.slip().umr() + " already exists");
        }
        UUID id = UUID.randomUUID();
        Placement p = new Placement(id, req.slip().umr(), req.title(), PlacementStatus.DRAFT, cedent.id(), brokerId,
                req.slip().contractKind(), req.slip().riskDetails().premium().currency(), 1, req.slip(), null, null, null,
                m.now(), m.now(), 1);
        store.insert(m.h(), p);
        saveSlipVersion(m, id, 1, req.slip(), null);
        store.publish(m, p, "PLACEMENT_CREATED", p.umr());
        return ApiResponse.created(p, p.version(), "/placements/" + id);
    }

    private void saveSlipVersion(Mutation m, UUID placementId, long number, Slip slip, UUID endorsementId) {
        store.insertSlipVersion(m.h(), placementId, new SlipVersion(number, slip, m.now(), m.caller().userId(), endorsementId));
    }

    private ApiResponse putSlip(Mutation m) {
        Placement p = placingAction(store, m, "change the slip");
        m.requireVersion(p.version());
        Slip slip = api.json().read(m.body(), "Slip", Slip.class);
        if (!io.redesk.domain.placement.PlacementStatus.valueOf(p.status().name()).slipEditable()) {
            throw ApiProblem.conflict("SLIP_LOCKED", "the slip is fixed once the placement is " + p.status() + "; endorse it instead");
        }
        if (!slip.umr().equals(p.umr())) {
            throw ApiProblem.rule("UMR_IMMUTABLE", "umr", "the UMR of a placement does not change");
        }
        SlipRules.check(slip, "");
        if (p.status() == PlacementStatus.INQUIRY && quotes.anyQuoted(m.h(), p.id())) {
            SlipRules.pricedTermChange(p.slip(), slip).ifPresent(field -> {
                throw ApiProblem.rule("PRICED_TERMS_FIXED", field, "a reinsurer has quoted on this term; it is fixed for the inquiry "
                        + "(cancel the placement and start a new inquiry to change it)");
            });
        }
        long n = p.slipVersion() + 1;
        saveSlipVersion(m, p.id(), n, slip, null);
        Placement updated = PlacementDocs.withSlip(p, slip, n, m.now());
        store.update(m.h(), updated);
        store.publish(m, updated, "SLIP_VERSION_CREATED", "version " + n);
        return ApiResponse.ok(updated, updated.version());
    }

    private ApiResponse transition(Mutation m) {
        Placement p = placingAction(store, m, "change the placement's status");
        m.requireVersion(p.version());
        TransitionRequest req = api.json().read(m.body(), "TransitionRequest", TransitionRequest.class);
        if (!PLAIN_TARGETS.contains(req.to())) {
            throw ApiProblem.invalid("to", req.to() + " is reached through its own endpoint");
        }
        PlacementStatus to = move(p.status(), req.to());
        if (to == PlacementStatus.NOT_TAKEN_UP || to == PlacementStatus.CANCELLED || to == PlacementStatus.EXPIRED) {
            quotes.closeOpen(m, p, null);
        }
        Placement updated = PlacementDocs.withStatus(p, to, m.now());
        store.update(m.h(), updated);
        store.publish(m, updated, "PLACEMENT_" + to.name(), req.reason());
        return ApiResponse.ok(updated, updated.version());
    }

    private ApiResponse endorse(Mutation m) {
        Placement p = placingAction(store, m, "endorse the contract");
        m.requireVersion(p.version());
        EndorsementRequest req = api.json().read(m.body(), "EndorsementRequest", EndorsementRequest.class);
        if (p.status() != PlacementStatus.BOUND && p.status() != PlacementStatus.REGISTERED) {
            throw ApiProblem.conflict("NOT_BOUND", "only a bound or registered contract is endorsed; it is " + p.status());
        }
        if (!req.slip().umr().equals(p.umr())) {
            throw ApiProblem.rule("UMR_IMMUTABLE", "slip.umr", "the UMR of a placement does not change");
        }
        SlipRules.check(req.slip(), "slip.");
        if (!req.slip().riskDetails().premium().currency().equals(p.currency())) {
            throw ApiProblem.rule("CURRENCY_MISMATCH", "slip.riskDetails.premium.currency", "an endorsement keeps the contract's currency");
        }
        long number = store.nextEndorsementNumber(m.h(), p.id());
        long slipVersion = p.slipVersion() + 1;
        UUID id = UUID.randomUUID();
        Endorsement e = new Endorsement(id, p.id(), number, req.effectiveDate(), req.description(), slipVersion, m.now());
        store.insertEndorsement(m.h(), e);
        saveSlipVersion(m, p.id(), slipVersion, req.slip(), id);
        Placement updated = PlacementDocs.withSlip(p, req.slip(), slipVersion, m.now());
        store.update(m.h(), updated);
        store.publish(m, updated, "ENDORSEMENT_CREATED", "endorsement " + number + " effective " + req.effectiveDate());
        return ApiResponse.created(e, null, "/placements/" + p.id() + "/endorsements");
    }
}
