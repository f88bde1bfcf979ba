package io.redesk.domain.slip;

import io.redesk.domain.money.Share;

/** A deduction from premium other than brokerage (e.g. a fee), as a % of premium. */
public record Deduction(String description, Share percent) {
}
