package io.redesk.app.ui.home;

import java.util.Objects;

/**
 * One thing that needs the user today (a slip to finish, a quote request to answer, a line to sign).
 * Features add them as they land; the shell itself has none to offer.
 *
 * @param title  what it is, already localised by the feature that offers it
 * @param detail why it needs the user now
 */
public record TodayItem(String title, String detail) {
    public TodayItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }
}
