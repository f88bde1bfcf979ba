package io.redesk.app.ui.home;

import java.util.Objects;

/**
 * One thing that needs the user today (a slip to finish, a quote request to answer, a line to sign).
 *
 * @param title  what it is (market reference and title), already localised
 * @param detail what to do now, in the user's language
 * @param open   goes to the page where it is done, on that placement
 */
public record TodayItem(String title, String detail, Runnable open) {
    public TodayItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(open, "open");
    }

    /** An item with nowhere to go. */
    public TodayItem(String title, String detail) {
        this(title, detail, () -> { });
    }
}
