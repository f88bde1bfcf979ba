package io.redesk.domain.slip;

import io.redesk.domain.cession.QuotaShare;
import io.redesk.domain.cession.Surplus;
import io.redesk.domain.layer.XlLayer;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.util.List;

/**
 * The operative terms of the cover, one shape per contract type: the ceded share of a quota share,
 * retention and lines of a surplus, limit and excess of an XL layer, loss-ratio band of a stop loss.
 * Fields may be missing in a draft; {@link SlipValidator} names them. Each shape converts to the rule
 * object that computes with it.
 */
public sealed interface Cover {

    /** The contract type this cover belongs to. */
    ContractType type();

    /** Quota share: a fixed share of every risk; {@code limitPerRisk} optional. */
    record QuotaShareCover(Share cededShare, Money limitPerRisk) implements Cover {
        public ContractType type() {
            return ContractType.QUOTA_SHARE;
        }

        public QuotaShare toRule() {
            return new QuotaShare(cededShare);
        }
    }

    /** Surplus: the cedent keeps one retention, the treaty takes up to {@code lines} × retention. */
    record SurplusCover(Money retention, Integer lines) implements Cover {
        public ContractType type() {
            return ContractType.SURPLUS;
        }

        public Surplus toRule() {
            return new Surplus(retention, lines);
        }
    }

    /**
     * Excess of loss, per risk or catastrophe: {@code limit} xs {@code excess}, with reinstatements.
     *
     * @param aggregateLimit null for (1 + reinstatements) × limit
     */
    record ExcessOfLossCover(ContractType type, Money limit, Money excess, List<Share> reinstatementRates,
                             boolean proRataAsToTime, Money aggregateLimit) implements Cover {
        public ExcessOfLossCover {
            reinstatementRates = reinstatementRates == null ? List.of() : List.copyOf(reinstatementRates);
        }

        /** The layer with this cover's terms, priced with the slip's premium over the slip's period. */
        public XlLayer toLayer(Money premium, Period period) {
            return new XlLayer(limit, excess, premium, reinstatementRates, proRataAsToTime,
                    period == null ? null : period.inception(), period == null ? null : period.endExclusive(),
                    aggregateLimit);
        }
    }

    /** Stop loss: pays the loss ratio above {@code attachment} up to {@code limit} (both % of premium). */
    record StopLossCover(Share attachment, Share limit, Money monetaryLimit) implements Cover {
        public ContractType type() {
            return ContractType.STOP_LOSS;
        }
    }
}
