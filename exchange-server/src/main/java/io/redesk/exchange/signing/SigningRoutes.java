package io.redesk.exchange.signing;

import io.redesk.domain.money.Share;
import io.redesk.domain.signing.BrokerDecision;
import io.redesk.domain.signing.SigningDown;
import io.redesk.domain.signing.SigningException;
import io.redesk.domain.signing.UnderSubscription;
import io.redesk.domain.signing.WrittenLine;
import io.redesk.exchange.http.Access;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.http.Wire;
import io.redesk.exchange.line.LineStore;
import io.redesk.exchange.party.Directory;
import io.redesk.exchange.placement.PlacementAccess;
import io.redesk.exchange.placement.PlacementDocs;
import io.redesk.exchange.placement.PlacementRoutes;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.SlipVersion;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.security.PoolMember;
import io.redesk.sdk.model.signing.SignedLine;
import io.redesk.sdk.model.signing.SigningCloseRequest;
import io.redesk.sdk.model.signing.SigningOutcome;
import io.redesk.sdk.model.signing.SigningResult;
import io.redesk.sdk.model.signing.UnderSubscriptionDecision;
import org.jdbi.v3.core.Handle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Signing-down preview and close, both computed by {@code domain}'s {@link SigningDown} (and
 * {@code PoolSplit} for pool lines) over the lines not withdrawn, earliest written first. Only the
 * placing side sees the whole board.
 */
public final class SigningRoutes {
    private final Api api;
    private final PlacementStore placements;
    private final LineStore lines;
    private final Directory dir;
    private final Signed signed;

    /** What else happens, in the same transaction, once a placement is signed (its premium accounts are produced). */
    @FunctionalInterface
    public interface Signed {
        void signed(Mutation m, Placement p);
    }

    public SigningRoutes(Api api, PlacementStore placements, LineStore lines, Directory dir, Signed signed) {
        this.api = api;
        this.placements = placements;
        this.lines = lines;
        this.dir = dir;
        this.signed = signed;
    }

    public void register() {
        api.get("/placements/{placementId}/signing/preview", (ctx, caller, h) -> {
            PlacementStore.Visible v = placements.visible(h, caller, Access.uuid(ctx.pathParam("placementId"), "placementId"))
                    .orElseThrow(ApiProblem::notFound);
            if (v.access() != PlacementAccess.PLACING) {
                throw ApiProblem.forbidden("only the placing broker or cedent sees the signing board");
            }
            Placement p = v.placement();
            if (p.signedAt() != null) {
                String stored = placements.signing(h, p.id()).orElse(null);
                if (stored != null) {
                    return ApiResponse.ok(api.json().parse(stored, SigningResult.class));
                }
            }
            if (p.status() != PlacementStatus.SUBSCRIBING) {
                throw ApiProblem.conflict("NOT_SUBSCRIBING", "signing is previewed while lines are being written; the placement is " + p.status());
            }
            return ApiResponse.ok(compute(h, p, null, null).result());
        });
        api.post("/placements/{placementId}/signing/close", this::close);
    }

    private record Computed(SigningResult result, io.redesk.domain.signing.SigningResult domain, List<Line> lines) {
    }

    private Computed compute(Handle h, Placement p, BrokerDecision decision, Instant closedAt) {
        List<Line> active = lines.forPlacement(h, p.id()).stream().filter(l -> l.status() != LineStatus.WITHDRAWN).toList();
        if (active.isEmpty()) {
            throw ApiProblem.conflict("NO_LINES", "there are no written lines to sign");
        }
        List<WrittenLine> written = active.stream()
                .map(l -> new WrittenLine(l.id().toString(), Share.of(l.writtenShare()), l.toStand(), l.writtenAt())).toList();
        io.redesk.domain.signing.SigningResult r;
        try {
            r = SigningDown.sign(written, Share.of(p.firmOrder().orderShare()), decision);
        } catch (SigningException e) {
            throw ApiProblem.rule("CANNOT_SIGN", null, e.getMessage());
        }
        Map<String, Line> byId = new HashMap<>();
        active.forEach(l -> byId.put(l.id().toString(), l));
        List<SignedLine> out = new ArrayList<>();
        for (io.redesk.domain.signing.SignedLine s : r.lines()) {
            Line l = byId.get(s.lineId());
            out.add(new SignedLine(l.id(), l.reinsurerId(), Wire.text(s.written()), l.toStand(), Wire.text(s.signed()),
                    poolShares(h, l, s.signed())));
        }
        int cmp = r.writtenTotal().compareTo(Share.HUNDRED);
        SigningOutcome outcome = cmp == 0 ? SigningOutcome.FULLY_SUBSCRIBED : cmp > 0 ? SigningOutcome.OVER_SUBSCRIBED : SigningOutcome.UNDER_SUBSCRIBED;
        SigningResult wire = new SigningResult(p.id(), Wire.text(r.order()), Wire.text(r.writtenTotal()),
                r.signingDownFactor().stripTrailingZeros().toPlainString(), outcome, out,
                closedAt != null, closedAt);
        return new Computed(wire, r, active);
    }

    private List<PoolMember> poolShares(Handle h, Line l, Share signed) {
        List<PoolMember> members = dir.poolMembers(h, l.reinsurerId());
        if (members.isEmpty()) {
            return null;
        }
        var dm = members.stream().map(pm -> new io.redesk.domain.signing.PoolMember(pm.organisationId().toString(), Share.of(pm.share()))).toList();
        var split = io.redesk.domain.signing.PoolSplit.split(signed, dm);
        List<PoolMember> out = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            out.add(new PoolMember(members.get(i).organisationId(), members.get(i).name(), Wire.text(split.get(i).line())));
        }
        return out;
    }

    private ApiResponse close(Mutation m) {
        Placement p = PlacementRoutes.placingAction(placements, m, "close the placement");
        m.requireVersion(p.version());
        SigningCloseRequest req = api.json().read(m.body(), "SigningCloseRequest", SigningCloseRequest.class);
        PlacementRoutes.move(p.status(), PlacementStatus.SIGNED);
        BrokerDecision decision = req.underSubscription() == UnderSubscriptionDecision.REDUCE_ORDER ? BrokerDecision.REDUCE_ORDER : null;
        Computed comp = compute(m.h(), p, decision, m.now());
        if (comp.domain().underSubscription() == UnderSubscription.DECISION_REQUIRED) {
            throw ApiProblem.rule("UNDER_SUBSCRIBED", "underSubscription", "the lines total " + comp.result().totalWritten()
                    + "% of the order; close with underSubscription REDUCE_ORDER or keep the placement open");
        }
        if (!comp.domain().isSigned()) {
            throw new IllegalStateException("domain did not sign: " + comp.domain().underSubscription());
        }
        Map<String, SignedLine> signed = new HashMap<>();
        comp.result().lines().forEach(s -> signed.put(s.lineId().toString(), s));
        Placement updated = PlacementDocs.signed(p, comp.result().orderShare(), m.now());
        if (Share.of(p.slip().securityDetails().orderShare()).compareTo(comp.domain().order()) != 0) {
            // the slip states the order that was signed: a reduced order is a new slip version, not a silent copy
            long n = p.slipVersion() + 1;
            Slip slip = PlacementDocs.withOrder(p.slip(), comp.result().orderShare());
            placements.insertSlipVersion(m.h(), p.id(), new SlipVersion(n, slip, m.now(), m.caller().userId(), null));
            updated = PlacementDocs.withSignedSlip(updated, slip, n);
        }
        placements.update(m.h(), updated);
        placements.saveSigning(m.h(), p.id(), comp.result());
        placements.publish(m, updated, "PLACEMENT_SIGNED", "factor " + comp.result().factor() + ", order " + comp.result().orderShare());
        for (Line l : comp.lines()) {
            SignedLine s = signed.get(l.id().toString());
            Line n = new Line(l.id(), l.placementId(), l.reinsurerId(), io.redesk.exchange.line.LineRoutes.move(l.status(), LineStatus.SIGNED), l.writtenShare(),
                    l.toStand(), s.signedShare(), l.conditions(), l.underwriterReference(), l.subjectivities(),
                    s.poolMemberShares(), l.writtenAt(), null, l.version() + 1);
            lines.update(m.h(), n);
            lines.publish(m, updated, n, "LINE_SIGNED", s.signedShare());
        }
        this.signed.signed(m, updated);
        return ApiResponse.ok(comp.result(), updated.version());
    }
}
