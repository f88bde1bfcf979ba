package io.redesk.exchange.placement;

import io.redesk.sdk.model.placement.FirmOrder;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.SecurityDetails;
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

    /** The slip with its order ({@code securityDetails.orderShare}) set to {@code order}. */
    public static Slip withOrder(Slip s, String order) {
        SecurityDetails d = s.securityDetails();
        return new Slip(s.umr(), s.contractKind(), s.riskDetails(), s.information(),
                new SecurityDetails(order, d.basisOfWrittenLines(), d.signingProvisions()), s.subscriptionAgreement(),
                s.fiscalRegulatory(), s.brokerRemuneration());
    }

    /** A just-signed placement carrying a new slip version (no further version bump: one change). */
    public static Placement withSignedSlip(Placement p, Slip slip, long slipVersion) {
        return new Placement(p.id(), p.umr(), p.title(), p.status(), p.cedentId(), p.brokerId(), p.contractKind(), p.currency(),
                slipVersion, slip, p.firmOrder(), p.signedAt(), p.registrationNumber(), p.createdAt(), p.updatedAt(), p.version());
    }

    public static Placement registered(Placement p, String registrationNumber, Instant now) {
        return new Placement(p.id(), p.umr(), p.title(), PlacementStatus.REGISTERED, p.cedentId(), p.brokerId(), p.contractKind(),
                p.currency(), p.slipVersion(), p.slip(), p.firmOrder(), p.signedAt(), registrationNumber, p.createdAt(), now, p.version() + 1);
    }
}
