package io.redesk.domain.archfixture;

import java.math.BigDecimal;
import java.util.List;

/** Architecture fixture: domain code that follows every rule (the rules must not flag it). */
public record PureDomain(BigDecimal amount, List<String> notes) {
}
