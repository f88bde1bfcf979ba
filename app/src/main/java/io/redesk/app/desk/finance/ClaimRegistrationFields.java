package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Exactly the fields a claim registration sends (the registration standard's minimum, ADR 0440), shown before
 * sending, and the exchange's receipt ({@code SHRC-<year>-<n>}) once it registered the claim.
 *
 * @param claimId            the claim
 * @param umr                the contract's UMR, or null when the vault does not know it (then it cannot be registered)
 * @param ucr                unique claim reference
 * @param lossDate           date of loss
 * @param outstanding        the outstanding reserve at 100%
 * @param paid               the claim's paid total at 100%
 * @param registrationNumber the receipt's number, or null while not registered (or queued)
 * @param registeredAt       the receipt's time, or null
 * @param fieldsDigest       the receipt's digest of the registered fields, or null
 * @param sync               a registration queued or refused, else {@link SyncMark#SYNCED}
 */
public record ClaimRegistrationFields(UUID claimId, String umr, String ucr, LocalDate lossDate, Money outstanding, Money paid,
                                      String registrationNumber, Instant registeredAt, String fieldsDigest, SyncMark sync) {

    /** Whether the exchange has registered the claim. */
    public boolean registered() {
        return registrationNumber != null;
    }
}
