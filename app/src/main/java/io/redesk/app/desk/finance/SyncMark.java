package io.redesk.app.desk.finance;

import java.util.Objects;

/**
 * Where the user's own changes to one finance record stand on their way to the exchange.
 *
 * @param state  {@link State#SYNCED} when nothing of the user's is waiting
 * @param reason the exchange's reason for a refusal or a conflict, else null
 */
public record SyncMark(State state, String reason) {

    /** The record's sync state, from the user's side. */
    public enum State {
        /** Nothing of the user's waiting: the record is the exchange's. */
        SYNCED,
        /** The user's change is saved in the vault and waits in the outbox (offline, or not sent yet). */
        QUEUED,
        /** The exchange refused the user's change for good; the reason says why (Sync issues page). */
        REFUSED,
        /** The record changed at the exchange meanwhile (412): base, mine and theirs are on the Sync issues page. */
        CONFLICT
    }

    public static final SyncMark SYNCED = new SyncMark(State.SYNCED, null);
    public static final SyncMark QUEUED = new SyncMark(State.QUEUED, null);

    public SyncMark {
        Objects.requireNonNull(state, "state");
    }

    public boolean pending() {
        return state != State.SYNCED;
    }
}
