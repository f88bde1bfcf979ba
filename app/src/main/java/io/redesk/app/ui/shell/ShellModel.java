package io.redesk.app.ui.shell;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Navigation as state (STYLE.md 6): the page being shown. The sidebar writes it, the layout listens
 * and swaps the content, and any view may navigate (home's "open settings").
 */
public final class ShellModel {

    private final ObjectProperty<Page> currentPage = new SimpleObjectProperty<>(this, "currentPage", Page.HOME);
    private final ObjectProperty<Opening> opening = new SimpleObjectProperty<>(this, "opening");
    private final ObjectProperty<Page> refused = new SimpleObjectProperty<>(this, "refused");
    private java.util.function.Predicate<Page> allowed = page -> true;

    /**
     * A request to show {@code page} on one placement (home's to-do items, notices).
     *
     * @param page the page to open
     * @param placementId the placement's id
     * @param umr its market reference (how the placement pages find it), null for a draft without one
     */
    public record Opening(Page page, String placementId, String umr) {
        public Opening {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(placementId, "placementId");
        }
    }

    /** The page being shown. */
    public ReadOnlyObjectProperty<Page> currentPageProperty() {
        return currentPage;
    }

    /** The page being shown. */
    public Page getCurrentPage() {
        return currentPage.get();
    }

    /**
     * Shows {@code page}; a page the signed-in user may not use ({@link #restrictTo}) is not shown: home
     * is, and {@link #refusedProperty()} names the page refused so the shell can say why.
     */
    public void navigate(Page page) {
        Objects.requireNonNull(page, "page");
        if (!allowed.test(page)) {
            refused.set(page);
            currentPage.set(Page.HOME);
            return;
        }
        refused.set(null);
        currentPage.set(page);
    }

    /**
     * Limits navigation to the pages {@code pages} accepts (the signed-in user's, {@link PageAccess}); the
     * current page is left for home at once if it is not one of them. {@code page -> true} at sign-out.
     */
    public void restrictTo(java.util.function.Predicate<Page> pages) {
        this.allowed = Objects.requireNonNull(pages, "pages");
        refused.set(null);
        if (!allowed.test(currentPage.get())) {
            currentPage.set(Page.HOME);
        }
    }

    /** Whether the signed-in user may use {@code page}. */
    public boolean allows(Page page) {
        return allowed.test(page);
    }

    /** The last page refused to the user (null once another page opened). */
    public ReadOnlyObjectProperty<Page> refusedProperty() {
        return refused;
    }

    /**
     * Shows {@code page} opened on one placement: the request is published first (a page built for
     * this visit reads it, a page already built listens to it), then the page is shown.
     */
    public void open(Page page, String placementId, String umr) {
        if (!allowed.test(page)) {
            navigate(page);
            return;
        }
        opening.set(new Opening(page, placementId, umr));
        navigate(page);
    }

    /** The latest {@link #open} request (null before the first); pages follow the ones for them. */
    public ReadOnlyObjectProperty<Opening> openingProperty() {
        return opening;
    }
}
