package io.redesk.store.bench;

import io.redesk.domain.money.Money;
import io.redesk.domain.placement.PlacementStatus;
import java.util.List;

/** A slip-sized record (about 2 KiB of JSON) for the benchmarks. */
public record BenchSlip(String id, String umr, String title, PlacementStatus status, String insured, String interest,
                        String territory, String conditions, String exclusions, String subjectivities,
                        Money limit, Money premium, String brokerage, List<String> parties) {
}
