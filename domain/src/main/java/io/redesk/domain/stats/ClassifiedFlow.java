package io.redesk.domain.stats;

/** A premium flow with its statistical class. */
public record ClassifiedFlow(PremiumFlow flow, FlowClass flowClass) {
}
