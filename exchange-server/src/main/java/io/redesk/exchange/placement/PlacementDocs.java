package io.redesk.exchange.placement;

import io.redesk.sdk.model.placement.FirmOrder;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import java.time.Instant;

/** Copies of a placement document with one thing changed, its version bumped and its time stamped. */
public final class PlacementDocs {
    private PlacementDocs() {
    }

    public static Placement withStatus(Placement p, PlacementStatus status, Instant now) {
        return new Placement(p.id(), p.umr(), p.title(), status, p.cedentId(), p.brokerId(), p.contractKind(), p.currency(),
                p.slipVersion(), p.slip(), p.firmOrder(), p.signedAt(), p.registrationNumber(), p.createdAt(), now, p.version() + 1);
    }

    public static Placement withSlip(Placement p, Slip slip, long slipVersion, Instant now) {
        return new Placement(p.id(), slip.umr(), p.title(), p.status(), p.cedentId(), p.brokerId(), slip.contractKind(),
                slip.riskDetails().premium().currency(), slipVersion, slip, p.firmOrder(), p.signedAt(), p.registrationNumber(),
                p.createdAt(), now, p.version() + 1);
    }

    public static Placement withFirmOrder(Placement p, FirmOrder order, Instant now) {
        return new Placement(p.id(), p.umr(), p.title(), PlacementStatus.FIRM_ORDER, p.cedentId(), p.brokerId(), p.contractKind(),
                p.currency(), p.slipVersion(), p.slip(), order, p.signedAt(), p.registrationNumber(), p.createdAt(), now, p.version() + 1);
    }

    public static Placement signed(Placement p, String finalOrder, Instant now) {
        FirmOrder f = p.firmOrder();
        FirmOrder order = new FirmOrder(f.quoteId(), f.leadReinsurerId(), finalOrder, f.premium(), f.rate(), f.conditions(), f.fixedAt());
        return new Placement(p.id(), p.umr(), p.title(), PlacementStatus.SIGNED, p.cedentId(), p.brokerId(), p.contractKind(),
                p.currency(), p.slipVersion(), p.slip(), order, now, p.registrationNumber(), p.createdAt(), now, p.version() + 1);
    }

    public static Placement registered(Placement p, String registrationNumber, Instant now) {
        return new Placement(p.id(), p.umr(), p.title(), PlacementStatus.REGISTERED, p.cedentId(), p.brokerId(), p.contractKind(),
                p.currency(), p.slipVersion(), p.slip(), p.firmOrder(), p.signedAt(), registrationNumber, p.createdAt(), now, p.version() + 1);
    }
}
