package io.redesk.store;

/** An update named a version that is no longer current (someone saved in between): reload and retry. */
public final class StaleVersionException extends VaultException {

    private final long currentVersion;

    public StaleVersionException(String table, String id, long expected, long current) {
        super("Record " + id + " in " + table + " is at version " + current + ", not " + expected
                + ": it was changed meanwhile. Reload it and apply your change again.");
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
