package io.redesk.domain.slip;

/** Facultative (one risk, negotiated on its own) or treaty (a portfolio, ceded automatically). */
public enum ContractForm {
    FACULTATIVE,
    TREATY
}
