package io.redesk.domain.slip;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a bound contract: version 0 is the contract as bound, each endorsement adds the
 * next number with the date it takes effect and what it is for.
 */
public record SlipVersion(int number, LocalDate effectiveDate, String description, Slip slip) {

    public SlipVersion {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(slip, "slip");
        if (number < 0) {
            throw new IllegalArgumentException("version numbers start at 0, not " + number);
        }
    }
}
