package io.redesk.domain.slip;

/** Who agrees claims on behalf of the subscribing reinsurers. */
public enum ClaimsAgreementBasis {
    /** The slip leader agrees claims for all. */
    LEADER_ONLY,
    /** The leader and the named agreement parties. */
    LEADER_AND_AGREEMENT_PARTIES,
    /** Every subscribing reinsurer for its own proportion. */
    ALL_REINSURERS
}
