package io.redesk.domain.party;

/** What a user may do inside their organisation; a user may hold several roles. */
public enum Role {
    BROKER,
    UNDERWRITER,
    FINANCE,
    ADMIN
}
