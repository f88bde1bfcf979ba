package io.redesk.app.ui.shell;

/**
 * A page built for one signed-in session: at sign-out the main window calls {@link #reset()}, and the
 * page lets go of what it follows (the sync engine, the session's services) before the next user signs in.
 */
public interface DeskPage {

    /** Stops following the session's services; the page shows nothing of the user's book afterwards. */
    void reset();
}
