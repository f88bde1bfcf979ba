package io.redesk.app.sync;

/** How the app is connected to its exchange. Offline is a normal state, not an error. */
public enum ConnectionState {
    /** Talking to the exchange; changes flow both ways. */
    ONLINE,
    /** Trying to reach the exchange. */
    CONNECTING,
    /** Not connected (none configured, network down, or the user works offline). */
    OFFLINE,
    /** The exchange answers but the desk is not signed in to it: the user's password is needed. */
    SIGNED_OUT
}
