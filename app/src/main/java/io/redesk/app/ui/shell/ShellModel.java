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

    /** The page being shown. */
    public ReadOnlyObjectProperty<Page> currentPageProperty() {
        return currentPage;
    }

    /** The page being shown. */
    public Page getCurrentPage() {
        return currentPage.get();
    }

    /** Shows {@code page}. */
    public void navigate(Page page) {
        currentPage.set(Objects.requireNonNull(page, "page"));
    }
}
