package io.redesk.exchange.placement;

import io.redesk.exchange.auth.Caller;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import java.util.UUID;

/**
 * Who sees what (DESIGN.md §3), decided here and nowhere else. A placement's visibility follows from the
 * caller's organisation, the placement's broker and cedent, and the organisation's participation (an
 * INQUIRY to quote or an invitation to FOLLOW); its quotes and lines follow from that. Stores call these
 * functions (and {@link #LISTED}, the same rule as SQL for pages) and routes answer 404 when they say no.
 */
public final class Visibility {
    /** Participation kinds as stored in {@code placement_participants.kind}. */
    public static final String INQUIRY = "INQUIRY";
    public static final String FOLLOW = "FOLLOW";

    /**
     * {@link #placement} as an SQL condition over {@code p} (placements) left-joined with {@code pp} (the
     * caller organisation's participation), with parameters {@code :exchange} (1 for the exchange) and
     * {@code :org}: true exactly where {@link #placement} is not {@link PlacementAccess#NONE}.
     */
    public static final String LISTED = "(:exchange = 1 OR p.broker_id = :org OR p.cedent_id = :org OR pp.kind IS NOT NULL)";

    /**
     * {@link #account} as an SQL condition over {@code t} (technical_accounts), with {@code :exchange} and
     * {@code :org}: the exchange, the placing broker and cedent, and the participants (signed lines).
     */
    public static final String ACCOUNT_LISTED = "(:exchange = 1 OR t.broker_id = :org OR t.cedent_id = :org OR EXISTS "
            + "(SELECT 1 FROM account_participants ap WHERE ap.account_id = t.id AND ap.organisation_id = :org))";

    /**
     * {@link #claim} as an SQL condition over {@code k} (claims): the exchange, the placing broker and cedent,
     * and the reinsurers with a signed line on the placement.
     */
    public static final String CLAIM_LISTED = "(:exchange = 1 OR EXISTS (SELECT 1 FROM placements cp WHERE cp.id = k.placement_id "
            + "AND (cp.broker_id = :org OR cp.cedent_id = :org)) OR EXISTS (SELECT 1 FROM lines cl WHERE cl.placement_id = k.placement_id "
            + "AND cl.reinsurer_id = :org AND cl.status = 'SIGNED'))";

    /** How an organisation sees a technical account (issue 11). */
    public enum AccountView {
        /** Not at all: 404. */
        NONE,
        /** The account at 100% and only the organisation's own share. */
        OWN_SHARE,
        /** Every share: the placing broker and cedent and the exchange. */
        ALL_SHARES
    }

    /**
     * A technical account: the placing broker and cedent and the exchange see every share; a participant
     * (a signed line) sees the account at 100% and only its own share, never another reinsurer's amount.
     */
    public static AccountView account(UUID org, boolean exchange, UUID brokerId, UUID cedentId, java.util.Collection<UUID> participants) {
        if (exchange || org.equals(brokerId) || org.equals(cedentId)) {
            return AccountView.ALL_SHARES;
        }
        return participants.contains(org) ? AccountView.OWN_SHARE : AccountView.NONE;
    }

    /** A claim follows its placement's parties: broker, cedent, the exchange and the signed participants. */
    public static boolean claim(UUID org, boolean exchange, UUID brokerId, UUID cedentId, java.util.Collection<UUID> signedParticipants) {
        return exchange || org.equals(brokerId) || org.equals(cedentId) || signedParticipants.contains(org);
    }

    /** A settlement or an invoice: its two parties and the exchange. */
    public static boolean bilateral(UUID org, boolean exchange, UUID partyA, UUID partyB) {
        return exchange || org.equals(partyA) || org.equals(partyB);
    }

    private Visibility() {
    }

    /**
     * How the caller's organisation relates to a placement.
     *
     * @param participation the organisation's participation kind, or null when it has none
     */
    public static PlacementAccess placement(Caller caller, UUID brokerId, UUID cedentId, String participation) {
        UUID org = caller.organisationId();
        if (org.equals(brokerId) || org.equals(cedentId)) {
            return PlacementAccess.PLACING;
        }
        if (caller.isExchange()) {
            return PlacementAccess.EXCHANGE;
        }
        if (participation == null) {
            return PlacementAccess.NONE;
        }
        return FOLLOW.equals(participation) ? PlacementAccess.FOLLOWER : PlacementAccess.INQUIRY;
    }

    /** A quote: the placing broker and cedent and the quoting reinsurer; never the exchange, never a competitor. */
    public static boolean quote(Caller caller, Placement p, Quote q) {
        UUID org = caller.organisationId();
        return org.equals(p.brokerId()) || org.equals(p.cedentId()) || org.equals(q.reinsurerId());
    }

    /** A line: the placing broker and cedent, the exchange and the writing reinsurer. */
    public static boolean line(Caller caller, Placement p, Line l) {
        UUID org = caller.organisationId();
        return caller.isExchange() || org.equals(p.brokerId()) || org.equals(p.cedentId()) || org.equals(l.reinsurerId());
    }

    /** The placement as seen with this access: a reinsurer asked only to quote does not see the lead terms. */
    public static Placement view(Placement p, PlacementAccess a) {
        if (a != PlacementAccess.INQUIRY || p.firmOrder() == null) {
            return p;
        }
        return new Placement(p.id(), p.umr(), p.title(), p.status(), p.cedentId(), p.brokerId(), p.contractKind(), p.currency(),
                p.slipVersion(), p.slip(), null, p.signedAt(), p.registrationNumber(), p.createdAt(), p.updatedAt(), p.version());
    }

    /** Whether an access sees the stored document unchanged (so it can be sent without parsing it). */
    public static boolean seesWholeDocument(PlacementAccess a) {
        return a != PlacementAccess.INQUIRY;
    }
}
