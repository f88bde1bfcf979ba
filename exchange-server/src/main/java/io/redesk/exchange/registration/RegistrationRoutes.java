package io.redesk.exchange.registration;

import io.redesk.domain.money.Share;
import io.redesk.exchange.http.Access;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Hashing;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.http.Wire;
import io.redesk.exchange.line.LineStore;
import io.redesk.exchange.placement.PlacementAccess;
import io.redesk.exchange.placement.PlacementDocs;
import io.redesk.exchange.placement.PlacementRoutes;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;
import io.redesk.sdk.model.registration.RegisteredLine;
import io.redesk.sdk.model.registration.RegistrationReceipt;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Contract registration: the placing broker re-states the registration standard's minimal fields, the
 * exchange checks each against its record of the bound contract, and issues a numbered receipt.
 */
public final class RegistrationRoutes {
    private final Api api;
    private final PlacementStore placements;
    private final LineStore lines;

    public RegistrationRoutes(Api api, PlacementStore placements, LineStore lines) {
        this.api = api;
        this.placements = placements;
        this.lines = lines;
    }

    public void register() {
        api.get("/placements/{placementId}/registration", (ctx, caller, h) -> {
            PlacementStore.Visible v = placements.visible(h, caller, Access.uuid(ctx.pathParam("placementId"), "placementId"))
                    .orElseThrow(ApiProblem::notFound);
            if (v.access() != PlacementAccess.PLACING && v.access() != PlacementAccess.EXCHANGE) {
                throw ApiProblem.notFound();
            }
            return ApiResponse.ok(placements.registration(h, v.placement().id()).orElseThrow(ApiProblem::notFound));
        });
        api.post("/placements/{placementId}/registration", this::registerContract);
    }

    private ApiResponse registerContract(Mutation m) {
        Placement p = PlacementRoutes.placingAction(placements, m, "register the contract");
        m.requireVersion(p.version());
        ContractRegistrationRequest req = api.json().read(m.body(), "ContractRegistrationRequest", ContractRegistrationRequest.class);
        PlacementStatus to = PlacementRoutes.move(p.status(), PlacementStatus.REGISTERED);
        same(req.umr(), p.umr(), "umr");
        same(req.contractKind(), p.contractKind(), "contractKind");
        same(req.cedentId(), p.cedentId(), "cedentId");
        same(req.brokerId(), p.brokerId(), "brokerId");
        same(req.periodStart(), p.slip().riskDetails().periodStart(), "periodStart");
        same(req.periodEnd(), p.slip().riskDetails().periodEnd(), "periodEnd");
        same(req.premium().currency(), p.firmOrder().premium().currency(), "premium.currency");
        if (Wire.money(req.premium(), "premium").compareTo(Wire.money(p.firmOrder().premium(), "premium")) != 0) {
            mismatch("premium.amount");
        }
        if (Wire.share(req.orderShare(), "orderShare").compareTo(Share.of(p.firmOrder().orderShare())) != 0) {
            mismatch("orderShare");
        }
        Map<UUID, Share> signed = new HashMap<>();
        for (Line l : lines.forPlacement(m.h(), p.id())) {
            if (l.status() == LineStatus.SIGNED) {
                signed.put(l.reinsurerId(), Share.of(l.signedShare()));
            }
        }
        List<RegisteredLine> stated = req.lines();
        for (int i = 0; i < stated.size(); i++) {
            Share s = signed.remove(stated.get(i).reinsurerId());
            if (s == null) {
                mismatch("lines[" + i + "].reinsurerId");
            }
            if (Wire.share(stated.get(i).signedShare(), "lines[" + i + "].signedShare").compareTo(s) != 0) {
                mismatch("lines[" + i + "].signedShare");
            }
        }
        if (!signed.isEmpty()) {
            throw ApiProblem.rule("REGISTRATION_MISMATCH", "lines", "the signed line of reinsurer " + signed.keySet().iterator().next() + " is missing");
        }
        long n = placements.nextRegistrationSerial(m.h());
        String number = "SHRE-" + m.now().atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", n);
        RegistrationReceipt receipt = new RegistrationReceipt(number, p.id(), m.now(), Hashing.sha256Hex(api.json().write(req)));
        placements.insertRegistration(m.h(), receipt);
        Placement updated = PlacementDocs.registered(p, number, m.now());
        if (updated.status() != to) {
            throw new IllegalStateException("registration status mismatch");
        }
        placements.update(m.h(), updated);
        placements.publish(m, updated, "CONTRACT_REGISTERED", number);
        return ApiResponse.created(receipt, null, "/placements/" + p.id() + "/registration");
    }

    private static void same(Object stated, Object recorded, String field) {
        if (!Objects.equals(stated, recorded)) {
            mismatch(field);
        }
    }

    private static void mismatch(String field) {
        throw ApiProblem.rule("REGISTRATION_MISMATCH", field, "differs from the exchange's record of the bound contract");
    }
}
