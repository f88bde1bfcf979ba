package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A claim advice as the placing broker enters it (DESIGN §2, claims): the signed placement, the unique claim
 * reference, the date and cause of loss, a description and the first outstanding reserve at 100%. Taken
 * exactly: {@link FinanceActions#adviseClaim} refuses text with surrounding whitespace or a line break, never trims.
 *
 * @param placementId the signed placement the loss falls under
 * @param ucr         unique claim reference
 * @param lossDate    date of loss
 * @param cause       cause of loss
 * @param description the advice's text
 * @param reserve     the outstanding loss reserve at 100%, zero or more, in the claim's currency
 */
public record ClaimAdvice(UUID placementId, String ucr, LocalDate lossDate, String cause, String description, Money reserve) {
}
