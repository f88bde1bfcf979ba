package io.redesk.domain.stats;

import io.redesk.domain.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rule 6 of DESIGN §2: cross-border inward premium is counted "new domestically, never twice". Only
 * premium that enters the domestic market from an overseas cedent through the exchange counts as
 * inward; retrocession between domestic reinsurers passes the same premium on and is not counted
 * again; premium that goes back overseas is outward and reported on its own. If business already
 * counted inward leaves and re-enters (overseas retrocessionaire → domestic reinsurer), the re-entry
 * is classed {@link FlowClass#INWARD_ALREADY_COUNTED}. An overseas cedent ceding 10m to domestic A,
 * which retrocedes 4m to domestic B: inward 10m, not 14m.
 *
 * <p>Flows are read in the order given (the order they were transacted).
 */
public final class InwardPremiumStatistics {

    private InwardPremiumStatistics() {
    }

    public static InwardPremiumReport compute(List<PremiumFlow> flows) {
        Objects.requireNonNull(flows, "flows");
        Set<String> ids = new HashSet<>();
        Set<String> countedBusiness = new HashSet<>();
        List<ClassifiedFlow> classified = new ArrayList<>();
        Map<FlowClass, Map<Currency, Money>> totals = new EnumMap<>(FlowClass.class);
        for (PremiumFlow f : flows) {
            if (!ids.add(f.flowId())) {
                throw new IllegalArgumentException("flow " + f.flowId() + " appears more than once");
            }
            FlowClass c = classify(f, countedBusiness);
            if (c == FlowClass.INWARD) {
                countedBusiness.add(f.businessId());
            }
            classified.add(new ClassifiedFlow(f, c));
            totals.computeIfAbsent(c, k -> new LinkedHashMap<>())
                    .merge(f.premium().currency(), f.premium(), Money::plus);
        }
        Map<FlowClass, Map<Currency, Money>> frozen = new HashMap<>();
        totals.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new InwardPremiumReport(classified, frozen);
    }

    private static FlowClass classify(PremiumFlow f, Set<String> countedBusiness) {
        if (!f.throughExchange()) {
            return FlowClass.NOT_THROUGH_EXCHANGE;
        }
        boolean fromHome = f.ceding().isDomestic();
        boolean toHome = f.reinsurer().isDomestic();
        if (fromHome && toHome) {
            return FlowClass.DOMESTIC;
        }
        if (fromHome) {
            return FlowClass.OUTWARD;
        }
        if (!toHome) {
            return FlowClass.OFFSHORE;
        }
        return countedBusiness.contains(f.businessId()) ? FlowClass.INWARD_ALREADY_COUNTED : FlowClass.INWARD;
    }
}
