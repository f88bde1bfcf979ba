package io.redesk.app.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import io.redesk.app.prefs.ThemeChoice;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * Applies the light or dark theme to the whole application at run time.
 *
 * <p>AtlantaFX Primer themes are user-agent stylesheets (one per application), so switching is a
 * single call; ReDesk's own {@code redesk.css} is written only against the themes' colour variables
 * ({@code -color-fg-default}, ...) and therefore follows either theme without its own dark variant.
 */
public final class ThemeManager {

    /** ReDesk's stylesheet, added to every scene. */
    public static final String APP_STYLESHEET = "/io/redesk/app/ui/redesk.css";

    private final ObjectProperty<ThemeChoice> theme;

    /** Starts with {@code initial} and applies it at once. */
    public ThemeManager(ThemeChoice initial) {
        theme = new SimpleObjectProperty<>(this, "theme", Objects.requireNonNull(initial, "initial"));
        theme.addListener((obs, old, now) -> apply(now));
        apply(initial);
    }

    /** The current theme; set it to switch. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** The current theme. */
    public ThemeChoice getTheme() {
        return theme.get();
    }

    /** Switches the theme. */
    public void setTheme(ThemeChoice value) {
        theme.set(Objects.requireNonNull(value, "theme"));
    }

    /** Adds ReDesk's stylesheet to {@code scene}. */
    public void style(Scene scene) {
        String css = Objects.requireNonNull(ThemeManager.class.getResource(APP_STYLESHEET),
                APP_STYLESHEET + " is missing").toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /** The AtlantaFX theme for a choice. */
    public static Theme atlantaTheme(ThemeChoice choice) {
        return choice == ThemeChoice.DARK ? new PrimerDark() : new PrimerLight();
    }

    private static void apply(ThemeChoice choice) {
        Application.setUserAgentStylesheet(atlantaTheme(choice).getUserAgentStylesheet());
    }
}
