package io.redesk.exchange.seed;

/** What a fresh data directory is filled with on first start. */
public enum Seed {
    /** Nothing: an empty market (organisations and users are added by migrations or tests). */
    NONE,
    /** The demo market of the README: organisations, users for every role, placements in every state. */
    DEMO
}
