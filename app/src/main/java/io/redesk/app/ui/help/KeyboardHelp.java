package io.redesk.app.ui.help;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.theme.AppStyles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard help overlay (F1 or Ctrl+/): every shortcut of the desk, so every action is reachable
 * without the mouse. Esc or F1 closes it. The list is the single place shortcuts are documented; the
 * window installs the same combinations.
 */
public final class KeyboardHelp extends StackPane {

    /** Opens and closes the overlay. */
    public static final KeyCombination F1 = new KeyCodeCombination(KeyCode.F1);
    /** Opens the Sync issues page (conflicts and changes the exchange refused). */
    public static final KeyCombination SYNC_ISSUES = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** Opens and closes the overlay (for keyboards without an easy F1). */
    public static final KeyCombination CTRL_SLASH = new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN);

    /** Whose desk a shortcut belongs to. */
    public enum Audience { EVERYONE, PLACING, UNDERWRITING, FINANCE }

    /** One shortcut: the keys, the message key of what it does and whose desk has it. */
    public record Shortcut(String keys, String actionKey, Audience audience) {
    }

    /** Every shortcut, in the order the overlay lists them. */
    public static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("F1 / Ctrl+/", key("help.key.help"), Audience.EVERYONE),
            new Shortcut("Alt+1 … Alt+9, Alt+0", key("help.key.pages"), Audience.EVERYONE),
            new Shortcut("Tab / Shift+Tab", key("help.key.tab"), Audience.EVERYONE),
            new Shortcut("Space / Enter", key("help.key.activate"), Audience.EVERYONE),
            new Shortcut("Ctrl+I", key("help.key.inboxList"), Audience.UNDERWRITING),
            new Shortcut("↑ / ↓", key("help.key.choose"), Audience.EVERYONE),
            new Shortcut("Ctrl+R", key("help.key.refresh"), Audience.EVERYONE),
            new Shortcut("Ctrl+E", key("help.key.editForm"), Audience.UNDERWRITING),
            new Shortcut("Ctrl+Enter", key("help.key.send"), Audience.UNDERWRITING),
            new Shortcut("Ctrl+D", key("help.key.decline"), Audience.UNDERWRITING),
            new Shortcut("Ctrl+F", key("help.key.search"), Audience.PLACING),
            new Shortcut("Ctrl+F", key("help.key.financeSearch"), Audience.FINANCE),
            new Shortcut("Enter", key("help.key.financeOpen"), Audience.FINANCE),
            new Shortcut("Alt+G", key("help.key.financeAgree"), Audience.FINANCE),
            new Shortcut("Alt+Q", key("help.key.financeQuery"), Audience.FINANCE),
            new Shortcut("Ctrl+Shift+X", key("help.key.financeXlsx"), Audience.FINANCE),
            new Shortcut("Ctrl+Shift+V", key("help.key.financeCsv"), Audience.FINANCE),
            new Shortcut("Ctrl+P", key("help.key.financePdf"), Audience.FINANCE),
            new Shortcut("Ctrl+Shift+S", key("help.key.syncIssues"), Audience.EVERYONE),
            new Shortcut("Ctrl+Shift+Q", key("help.key.signOut"), Audience.EVERYONE),
            new Shortcut("Esc", key("help.key.close"), Audience.EVERYONE));

    /** The shortcuts the desks in {@code audiences} have, in the overlay's order. */
    public static List<Shortcut> shortcutsFor(java.util.Set<Audience> audiences) {
        return SHORTCUTS.stream().filter(s -> s.audience() == Audience.EVERYONE || audiences.contains(s.audience()))
                .toList();
    }

    private final GridPane grid = new GridPane();
    private final I18n i18n;

    /** A hidden overlay; {@link #toggle()} shows it. */
    public KeyboardHelp(I18n i18n) {
        this.i18n = i18n;
        Label title = new Label();
        title.textProperty().bind(i18n.bind("help.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        grid.setHgap(24);
        grid.setVgap(8);
        grid.setId("help-grid");
        listFor(java.util.EnumSet.allOf(Audience.class));
        Button close = new Button();
        close.setId("help-close");
        close.textProperty().bind(i18n.bind("help.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> hide());
        VBox card = new VBox(14, title, grid, close);
        card.getStyleClass().addAll(AppStyles.CARD, Styles.ELEVATED_3);
        card.setMaxWidth(560);
        card.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        getStyleClass().add("help-overlay");
        setStyle("-fx-background-color: rgba(0,0,0,0.35);");
        setId("help-overlay");
        setVisible(false);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || F1.match(e)) {
                hide();
                e.consume();
            }
        });
    }

    /** Lists only the shortcuts of the desks in {@code audiences} (the signed-in user's). */
    public void listFor(java.util.Set<Audience> audiences) {
        grid.getChildren().clear();
        int row = 0;
        for (Shortcut s : shortcutsFor(audiences)) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().addAll(Styles.TEXT_BOLD, "help-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label action = new Label();
            action.textProperty().bind(i18n.bind(s.actionKey()));
            action.setWrapText(true);
            grid.addRow(row++, keys, action);
        }
    }

    /** Shows the overlay if hidden, hides it if shown. */
    public void toggle() {
        if (isVisible()) {
            hide();
        } else {
            setVisible(true);
            lookup("#help-close").requestFocus();
        }
    }

    /** Hides the overlay. */
    public void hide() {
        setVisible(false);
    }
}
