package io.redesk.app.ui.finance;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The small controls every finance page builds the same way: labelled buttons, fields, headings, detail rows. */
final class FinanceControls {

    private FinanceControls() {
    }

    static Button button(I18n i18n, String id, String textKey, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(textKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    static TextField field(I18n i18n, String id, String promptKey, StringProperty value, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.promptTextProperty().bind(i18n.bind(promptKey));
        t.textProperty().bindBidirectional(value);
        t.setPrefColumnCount(columns);
        return t;
    }

    static Label heading(I18n i18n, String textKey) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(textKey));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    /** A label / value row of a detail grid; the label is muted, the value wraps and is never cut off. */
    static Label row(I18n i18n, GridPane grid, int r, String labelKey, String value) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(labelKey));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label v = new Label(value == null ? "" : value);
        v.setWrapText(true);
        v.setMinHeight(Label.USE_PREF_SIZE);
        grid.addRow(r, label, v);
        return v;
    }
}
