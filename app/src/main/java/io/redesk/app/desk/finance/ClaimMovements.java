package io.redesk.app.desk.finance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What happened to a claim after its advice (ADR 0440, ADR 0640): its reserve movements in order, its cash calls
 * oldest first, and its registration receipt once registered. Each as the exchange lets the user see it.
 *
 * @param claimId         the claim
 * @param reserveMovements the reserve movements by sequence
 * @param cashCalls       the cash calls, oldest first
 * @param registration    the registration receipt, empty while the claim is not registered
 * @param registrationSync a registration the user queued (or the exchange refused), else {@link SyncMark#SYNCED}
 */
public record ClaimMovements(UUID claimId, List<ReserveMovementView> reserveMovements, List<CashCallView> cashCalls,
                             Optional<Registration> registration, SyncMark registrationSync) {

    public ClaimMovements {
        reserveMovements = List.copyOf(reserveMovements);
        cashCalls = List.copyOf(cashCalls);
    }

    /**
     * The exchange's receipt of the claim's registration.
     *
     * @param registrationNumber {@code SHRC-<year>-<n>}
     * @param registeredAt       when it was registered
     * @param fieldsDigest       the digest of the registration standard's fields sent
     */
    public record Registration(String registrationNumber, Instant registeredAt, String fieldsDigest) {
    }
}
