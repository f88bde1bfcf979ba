package io.redesk.domain.party;

/** The kinds of organisation in the market (DESIGN §2, parties and roles). */
public enum OrgType {
    /** An insurer buying reinsurance. */
    CEDENT,
    BROKER,
    REINSURER,
    /** A group of reinsurers with fixed member shares that writes one line. */
    POOL,
    /** The exchange operator. */
    EXCHANGE
}
