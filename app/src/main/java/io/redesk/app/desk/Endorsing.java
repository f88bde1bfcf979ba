package io.redesk.app.desk;

import io.redesk.domain.slip.ContractVersions;
import io.redesk.domain.slip.FieldChange;
import io.redesk.domain.slip.Slip;
import io.redesk.domain.slip.SlipDiff;
import io.redesk.domain.slip.SlipStage;
import io.redesk.domain.validation.FieldError;
import io.redesk.domain.validation.ValidationException;
import io.redesk.sdk.model.placement.EndorsementRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prepares an endorsement of a bound contract from the editor: the endorsed slip must pass the
 * submission check (except "required" for a field the current version lacks as well: the exchange's
 * slip does not carry every editor field), and the domain's endorsement rules apply ({@link ContractVersions#endorse}: a
 * description, an effective date no earlier than the current version's, at least one change). The
 * result is the field-by-field diff against the current version (what the broker confirms) and the
 * exact request the outbox will carry.
 */
public final class Endorsing {

    /** A checked endorsement: what it changes and the request that will leave the machine. */
    public record Checked(List<FieldChange> changes, EndorsementRequest request) {
    }

    /** Where a checked endorsement goes: the sync outbox (works offline). */
    @FunctionalInterface
    public interface Outbox {
        void endorse(String placementId, EndorsementRequest request);
    }

    private Endorsing() {
    }

    /**
     * Checks endorsing {@code current} (effective since {@code currentEffective}) into {@code changed}.
     *
     * @throws ValidationException      when the endorsed slip is not complete (field-named errors)
     * @throws IllegalArgumentException when a domain endorsement rule is broken (its reason)
     */
    public static Checked check(SlipForm current, LocalDate currentEffective, SlipForm changed, LocalDate effective,
                                String description) {
        Objects.requireNonNull(currentEffective, "currentEffective");
        // The exchange's slip does not carry every editor field (no ceded share, for one): a field the
        // current version lacks too is not the endorsement's to supply, so its "required" does not block.
        Set<String> missingBefore = current.validate(SlipStage.SUBMISSION).stream()
                .filter(e -> e.code().equals("required")).map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> errors = changed.validate(SlipStage.SUBMISSION).stream()
                .filter(e -> !(e.code().equals("required") && missingBefore.contains(e.field()))).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Slip before = current.parse().slip();
        Slip after = changed.parse().slip();
        ContractVersions.bound(before, currentEffective).endorse(after, effective, description);
        return new Checked(SlipDiff.compare(before, after),
                new EndorsementRequest(effective, description.trim(), WireSlips.toWire(after)));
    }
}
