package io.redesk.exchange.line;

import io.redesk.domain.money.Share;
import io.redesk.domain.party.Role;
import io.redesk.domain.signing.PoolSplit;
import io.redesk.domain.signing.SigningDown;
import io.redesk.domain.signing.WrittenLine;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.http.Access;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.http.Paging;
import io.redesk.exchange.http.Wire;
import io.redesk.exchange.party.Directory;
import io.redesk.exchange.party.SecurityScreen;
import io.redesk.exchange.placement.PlacementAccess;
import io.redesk.exchange.placement.PlacementDocs;
import io.redesk.exchange.placement.PlacementRoutes;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.exchange.quote.QuoteStore;
import io.redesk.sdk.model.ReasonRequest;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineAmendRequest;
import io.redesk.sdk.model.line.LinePage;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.line.Subjectivity;
import io.redesk.sdk.model.line.SubjectivityRequest;
import io.redesk.sdk.model.line.SubjectivityStatus;
import io.redesk.sdk.model.line.SubjectivityStatusRequest;
import io.redesk.sdk.model.placement.FirmOrder;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.security.PoolMember;
import io.redesk.domain.line.LineWorkflow;
import io.redesk.domain.workflow.IllegalTransitionException;
import org.jdbi.v3.core.Handle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The firm order and the lines written under it: write, amend, withdraw, subjectivities. Only
 * reinsurers invited to follow (and the lead) write lines; each sees only its own.
 */
public final class LineRoutes {
    private static final Set<PlacementStatus> OPEN_FOR_LINES = EnumSet.of(PlacementStatus.FIRM_ORDER, PlacementStatus.SUBSCRIBING);

    private final Api api;
    private final PlacementStore placements;
    private final QuoteStore quotes;
    private final LineStore lines;
    private final SecurityScreen screen;
    private final Directory dir;

    public LineRoutes(Api api, PlacementStore placements, QuoteStore quotes, LineStore lines, SecurityScreen screen, Directory dir) {
        this.api = api;
        this.placements = placements;
        this.quotes = quotes;
        this.lines = lines;
        this.screen = screen;
        this.dir = dir;
    }

    public void register() {
        api.post("/placements/{placementId}/firm-order", this::firmOrder);
        api.get("/placements/{placementId}/lines", (ctx, caller, h) -> {
            PlacementStore.Visible v = placements.visible(h, caller, Access.uuid(ctx.pathParam("placementId"), "placementId"))
                    .orElseThrow(ApiProblem::notFound);
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            List<LineStore.Listed> rows = lines.ofPlacement(h, caller, v, pr.after() == null ? 0 : pr.after(), pr.limit() + 1);
            List<Line> out = new ArrayList<>();
            for (LineStore.Listed r : rows.subList(0, Math.min(rows.size(), pr.limit()))) {
                out.add(r.line());
            }
            return ApiResponse.ok(new LinePage(out, Paging.next(rows, pr.limit(), LineStore.Listed::seq)));
        });
        api.post("/placements/{placementId}/lines", this::write);
        api.get("/lines/{lineId}", (ctx, caller, h) -> {
            Line l = visible(h, caller, ctx.pathParam("lineId"));
            return ApiResponse.ok(l, l.version());
        });
        api.post("/lines/{lineId}/amend", m -> ownerStep(m, (l, p) -> {
            LineAmendRequest r = api.json().read(m.body(), "LineAmendRequest", LineAmendRequest.class);
            Share written = Wire.lineShare(r.writtenShare(), "writtenShare");
            toStandWithin(m.h(), p.id(), l.id(), written, r.toStand());
            Line n = new Line(l.id(), l.placementId(), l.reinsurerId(), move(l.status(), LineStatus.AMENDED), Wire.text(written),
                    r.toStand(), null, r.conditions() == null ? l.conditions() : r.conditions(), l.underwriterReference(), l.subjectivities(),
                    poolShares(m.h(), l.reinsurerId(), written), l.writtenAt(), null, l.version() + 1);
            return save(m, p, n, "LINE_AMENDED", Wire.text(written));
        }));
        api.post("/lines/{lineId}/withdraw", m -> ownerStep(m, (l, p) -> {
            ReasonRequest r = api.json().read(m.body(), "ReasonRequest", ReasonRequest.class);
            Line n = new Line(l.id(), l.placementId(), l.reinsurerId(), move(l.status(), LineStatus.WITHDRAWN), l.writtenShare(),
                    l.toStand(), null, l.conditions(), l.underwriterReference(), l.subjectivities(), l.poolMemberShares(), l.writtenAt(),
                    r.reason(), l.version() + 1);
            return save(m, p, n, "LINE_WITHDRAWN", null);
        }));
        api.post("/lines/{lineId}/subjectivities", m -> ownerStep(m, (l, p) -> {
            SubjectivityRequest r = api.json().read(m.body(), "SubjectivityRequest", SubjectivityRequest.class);
            if (l.status() == LineStatus.WITHDRAWN) {
                throw ApiProblem.conflict("LINE_WITHDRAWN", "the line was withdrawn");
            }
            List<Subjectivity> subs = new ArrayList<>(l.subjectivities());
            subs.add(new Subjectivity(UUID.randomUUID(), r.text(), r.deadline(), SubjectivityStatus.OPEN));
            return save(m, p, withSubjectivities(l, subs), "SUBJECTIVITY_ADDED", null);
        }));
        api.put("/lines/{lineId}/subjectivities/{subjectivityId}", this::subjectivityStatus);
    }

    /**
     * Refuses (422 TO_STAND_OVER_ORDER) a line that would take the placement's to-stand lines above 100% of
     * the order ({@code domain}'s {@link SigningDown#toStandRefusal}): {@code replaced} is the line being
     * amended, null for a new one.
     */
    private void toStandWithin(Handle h, UUID placementId, UUID replaced, Share written, boolean toStand) {
        List<WrittenLine> after = new ArrayList<>();
        for (Line l : lines.forPlacement(h, placementId)) {
            if (l.status() != LineStatus.WITHDRAWN && !l.id().equals(replaced)) {
                after.add(new WrittenLine(l.id().toString(), Share.of(l.writtenShare()), l.toStand(), l.writtenAt()));
            }
        }
        after.add(new WrittenLine(replaced == null ? "new" : replaced.toString(), written, toStand, java.time.Instant.EPOCH));
        SigningDown.toStandRefusal(after).ifPresent(why -> {
            throw ApiProblem.rule("TO_STAND_OVER_ORDER", "toStand", why);
        });
    }

    private Line visible(Handle h, Caller caller, String id) {
        return lines.visible(h, caller, Access.uuid(id, "lineId")).orElseThrow(ApiProblem::notFound);
    }

    /** Moves a line through {@code domain}'s workflow, 409 ILLEGAL_TRANSITION when it refuses. */
    public static LineStatus move(LineStatus from, LineStatus to) {
        try {
            return LineStatus.valueOf(LineWorkflow.transition(io.redesk.domain.line.LineStatus.valueOf(from.name()),
                    io.redesk.domain.line.LineStatus.valueOf(to.name())).name());
        } catch (IllegalTransitionException e) {
            throw ApiProblem.conflict("ILLEGAL_TRANSITION", e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Step {
        ApiResponse apply(Line l, Placement p);
    }

    /** A change by the writing reinsurer's underwriter while the placement is still open for lines. */
    private ApiResponse ownerStep(Mutation m, Step step) {
        Line l = visible(m.h(), m.caller(), m.pathParam("lineId"));
        Access.requireUnderwriter(m.caller(), l.reinsurerId(), "change this line");
        m.requireVersion(l.version());
        Placement p = placements.find(m.h(), l.placementId()).orElseThrow();
        if (!OPEN_FOR_LINES.contains(p.status())) {
            throw ApiProblem.conflict("PLACEMENT_CLOSED", "lines change only before signing; the placement is " + p.status());
        }
        return step.apply(l, p);
    }

    private ApiResponse save(Mutation m, Placement p, Line n, String action, String detail) {
        lines.update(m.h(), n);
        lines.publish(m, p, n, action, detail);
        return ApiResponse.ok(n, n.version());
    }

    private static Line withSubjectivities(Line l, List<Subjectivity> subs) {
        return new Line(l.id(), l.placementId(), l.reinsurerId(), l.status(), l.writtenShare(), l.toStand(), l.signedShare(), l.conditions(),
                l.underwriterReference(), subs, l.poolMemberShares(), l.writtenAt(), l.withdrawnReason(), l.version() + 1);
    }

    /** For a pool's line, each member's part of it through {@code domain}'s PoolSplit; null otherwise. */
    List<PoolMember> poolShares(Handle h, UUID orgId, Share line) {
        List<PoolMember> members = dir.poolMembers(h, orgId);
        if (members.isEmpty()) {
            return null;
        }
        List<io.redesk.domain.signing.PoolMember> dm = members.stream()
                .map(pm -> new io.redesk.domain.signing.PoolMember(pm.organisationId().toString(), Share.of(pm.share()))).toList();
        List<PoolMember> out = new ArrayList<>();
        var split = PoolSplit.split(line, dm);
        for (int i = 0; i < split.size(); i++) {
            out.add(new PoolMember(members.get(i).organisationId(), members.get(i).name(), Wire.text(split.get(i).line())));
        }
        return out;
    }

    private ApiResponse firmOrder(Mutation m) {
        Placement p = PlacementRoutes.placingAction(placements, m, "place a firm order");
        m.requireVersion(p.version());
        FirmOrderRequest req = api.json().read(m.body(), "FirmOrderRequest", FirmOrderRequest.class);
        Share order = Wire.lineShare(req.orderShare(), "orderShare");
        Quote q = quotes.find(m.h(), req.quoteId()).filter(x -> x.placementId().equals(p.id()))
                .orElseThrow(() -> ApiProblem.rule("QUOTE_NOT_ACCEPTED", "quoteId", "no such quote on this placement"));
        if (q.status() != QuoteStatus.ACCEPTED) {
            throw ApiProblem.rule("QUOTE_NOT_ACCEPTED", "quoteId", "the firm order rests on the accepted quote; this one is " + q.status());
        }
        PlacementStatus to = PlacementRoutes.move(p.status(), PlacementStatus.FIRM_ORDER);
        Map<UUID, String> overrides = SecurityScreen.overrides(req.securityOverrides());
        placements.addParticipant(m.h(), p.id(), q.reinsurerId(), "FOLLOW", null);
        List<UUID> followers = req.followerIds() == null ? List.of() : req.followerIds();
        for (int i = 0; i < followers.size(); i++) {
            String reason = screen.clear(m.h(), m.caller(), p, followers.get(i), overrides, "followerIds[" + i + "]", m.now());
            placements.addParticipant(m.h(), p.id(), followers.get(i), "FOLLOW", reason);
        }
        FirmOrder f = new FirmOrder(q.id(), q.reinsurerId(), Wire.text(order), q.premium(), q.rate(), q.conditions(), m.now());
        Placement updated = PlacementDocs.withFirmOrder(p, f, m.now());
        if (updated.status() != to) {
            throw new IllegalStateException("firm order status mismatch");
        }
        placements.update(m.h(), updated);
        placements.publish(m, updated, "FIRM_ORDER_PLACED", "order " + f.orderShare() + "%, " + followers.size() + " followers");
        return ApiResponse.ok(updated, updated.version());
    }

    private ApiResponse write(Mutation m) {
        PlacementStore.Visible v = placements.visible(m.h(), m.caller(), Access.uuid(m.pathParam("placementId"), "placementId"))
                .orElseThrow(ApiProblem::notFound);
        Placement p = v.placement();
        if (!m.caller().isCapacitySide() || !m.caller().has(Role.UNDERWRITER)) {
            throw ApiProblem.forbidden("only a reinsurer's underwriter writes a line");
        }
        if (v.access() != PlacementAccess.FOLLOWER) {
            throw ApiProblem.rule("NOT_INVITED", null, "only reinsurers invited to follow the firm order write lines");
        }
        LineWriteRequest req = api.json().read(m.body(), "LineWriteRequest", LineWriteRequest.class);
        Share written = Wire.lineShare(req.writtenShare(), "writtenShare");
        if (!OPEN_FOR_LINES.contains(p.status())) {
            throw ApiProblem.conflict("PLACEMENT_CLOSED", "lines are written between firm order and signing; the placement is " + p.status());
        }
        toStandWithin(m.h(), p.id(), null, written, req.toStand());
        boolean hasLine = lines.forPlacement(m.h(), p.id()).stream()
                .anyMatch(l -> l.reinsurerId().equals(m.caller().organisationId()) && l.status() != LineStatus.WITHDRAWN);
        if (hasLine) {
            throw ApiProblem.conflict("LINE_ALREADY_WRITTEN", "your organisation already has a line here; amend it instead");
        }
        List<Subjectivity> subs = new ArrayList<>();
        if (req.subjectivities() != null) {
            for (SubjectivityRequest s : req.subjectivities()) {
                subs.add(new Subjectivity(UUID.randomUUID(), s.text(), s.deadline(), SubjectivityStatus.OPEN));
            }
        }
        Line l = new Line(UUID.randomUUID(), p.id(), m.caller().organisationId(), LineStatus.WRITTEN, Wire.text(written), req.toStand(),
                null, req.conditions(), req.underwriterReference(), subs, poolShares(m.h(), m.caller().organisationId(), written),
                m.now(), null, 1);
        lines.insert(m.h(), l);
        Placement updated = p;
        if (p.status() == PlacementStatus.FIRM_ORDER) {
            updated = PlacementDocs.withStatus(p, PlacementRoutes.move(p.status(), PlacementStatus.SUBSCRIBING), m.now());
            placements.update(m.h(), updated);
            placements.publish(m, updated, "SUBSCRIPTION_OPENED", null);
        }
        lines.publish(m, updated, l, "LINE_WRITTEN", l.writtenShare() + (l.toStand() ? " to stand" : ""));
        return ApiResponse.created(l, l.version(), "/lines/" + l.id());
    }

    private ApiResponse subjectivityStatus(Mutation m) {
        Line l = visible(m.h(), m.caller(), m.pathParam("lineId"));
        Placement p = placements.find(m.h(), l.placementId()).orElseThrow();
        SubjectivityStatusRequest req = api.json().read(m.body(), "SubjectivityStatusRequest", SubjectivityStatusRequest.class);
        UUID sid = Access.uuid(m.pathParam("subjectivityId"), "subjectivityId");
        if (req.status() == SubjectivityStatus.SATISFIED) {
            if (!m.caller().organisationId().equals(p.brokerId()) || !m.caller().has(Role.BROKER)) {
                throw ApiProblem.forbidden("the placing broker records that a subjectivity is satisfied");
            }
        } else if (req.status() == SubjectivityStatus.WAIVED) {
            Access.requireUnderwriter(m.caller(), l.reinsurerId(), "waive a subjectivity");
        } else {
            throw ApiProblem.invalid("status", "must be SATISFIED or WAIVED");
        }
        m.requireVersion(l.version());
        List<Subjectivity> subs = new ArrayList<>();
        boolean found = false;
        for (Subjectivity s : l.subjectivities()) {
            if (s.id().equals(sid)) {
                if (s.status() != SubjectivityStatus.OPEN) {
                    throw ApiProblem.conflict("SUBJECTIVITY_CLOSED", "the subjectivity is already " + s.status());
                }
                subs.add(new Subjectivity(s.id(), s.text(), s.deadline(), req.status()));
                found = true;
            } else {
                subs.add(s);
            }
        }
        if (!found) {
            throw ApiProblem.notFound();
        }
        return save(m, p, withSubjectivities(l, subs), "SUBJECTIVITY_" + req.status().name(), null);
    }
}
