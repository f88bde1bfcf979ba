package io.redesk.domain.slip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every version of a bound contract, oldest first. Endorsing never replaces a version: it appends
 * the next numbered one, effective on a date no earlier than the previous version's. Any two versions
 * can be compared field by field.
 */
public record ContractVersions(List<SlipVersion> versions) {

    public ContractVersions {
        versions = List.copyOf(Objects.requireNonNull(versions, "versions"));
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a contract has at least its bound version");
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() != i) {
                throw new IllegalArgumentException("version " + i + " is numbered " + versions.get(i).number());
            }
        }
    }

    /** The history of a contract as bound (version 0). */
    public static ContractVersions bound(Slip slip, LocalDate inception) {
        return new ContractVersions(List.of(new SlipVersion(0, inception, "as bound", slip)));
    }

    public SlipVersion current() {
        return versions.get(versions.size() - 1);
    }

    public SlipVersion version(int number) {
        if (number < 0 || number >= versions.size()) {
            throw new IllegalArgumentException("no version " + number + "; versions are 0-" + (versions.size() - 1));
        }
        return versions.get(number);
    }

    /** Adds an endorsement as the next version. */
    public ContractVersions endorse(Slip changed, LocalDate effectiveDate, String description) {
        Objects.requireNonNull(changed, "changed");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("an endorsement needs a description");
        }
        if (effectiveDate.isBefore(current().effectiveDate())) {
            throw new IllegalArgumentException("an endorsement effective " + effectiveDate
                    + " cannot precede version " + current().number() + " effective " + current().effectiveDate());
        }
        if (SlipDiff.compare(current().slip(), changed).isEmpty()) {
            throw new IllegalArgumentException("the endorsement changes nothing");
        }
        List<SlipVersion> next = new ArrayList<>(versions);
        next.add(new SlipVersion(versions.size(), effectiveDate, description, changed));
        return new ContractVersions(next);
    }

    /** What changed from one version to another. */
    public List<FieldChange> compare(int from, int to) {
        return SlipDiff.compare(version(from).slip(), version(to).slip());
    }
}
