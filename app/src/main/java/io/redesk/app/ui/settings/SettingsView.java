package io.redesk.app.ui.settings;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.env.AppDirectories;
import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The settings page: appearance, formats, exchange connection, data folder. Only builds nodes and binds. */
public final class SettingsView extends VBox {

    /**
     * A view of {@code model}; {@code dirs} is shown so users (and support) can find logs;
     * {@code exchange} is the exchange connection form.
     */
    public SettingsView(SettingsViewModel model, I18n i18n, AppDirectories dirs, Node exchange) {
        Label problem = new Label();
        problem.setId("settings-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        GridPane appearance = grid();
        row(appearance, 0, i18n, key("settings.language"), languageToggles(model));
        row(appearance, 1, i18n, key("settings.theme"), themeToggles(model, i18n));

        GridPane formats = grid();
        row(formats, 0, i18n, key("settings.formats.number"), value("format-number", model.sampleNumber()));
        row(formats, 1, i18n, key("settings.formats.money"), value("format-money", model.sampleMoney()));
        row(formats, 2, i18n, key("settings.formats.share"), value("format-share", model.sampleShare()));
        row(formats, 3, i18n, key("settings.formats.dateTime"), value("format-date-time", model.sampleDateTime(Instant.now())));


        GridPane data = grid();
        row(data, 0, i18n, key("settings.data.folder"), path(dirs.home().toString()));
        row(data, 1, i18n, key("settings.data.logs"), path(dirs.logs().toString()));
        Label version = new Label(io.redesk.app.env.AppVersion.current());
        version.setId("settings-version");
        row(data, 2, i18n, key("settings.version"), version);

        getChildren().addAll(new PageHeader(Page.SETTINGS, i18n), problem,
                card(i18n, key("settings.appearance"), appearance),
                card(i18n, key("settings.formats"), formats),
                card(i18n, key("settings.exchange"), exchange),
                card(i18n, key("settings.data"), data));
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.SETTINGS.id());
    }

    /** 中文 | English, the current one selected; a choice applies at once and is saved. Also on the sign-in screen. */
    public static HBox languageToggles(SettingsViewModel model) {
        ToggleGroup group = new ToggleGroup();
        Map<Language, ToggleButton> buttons = new EnumMap<>(Language.class);
        // Chinese first: the product's home market
        Language[] order = {Language.CHINESE, Language.ENGLISH};
        for (Language language : order) {
            ToggleButton button = new ToggleButton(language.nativeName());
            button.setId("lang-" + language.code());
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                button.setSelected(true);
                model.selectLanguage(language);
            });
            buttons.put(language, button);
        }
        buttons.get(Language.CHINESE).getStyleClass().add(Styles.LEFT_PILL);
        buttons.get(Language.ENGLISH).getStyleClass().add(Styles.RIGHT_PILL);
        model.languageProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));
        buttons.get(model.getLanguage()).setSelected(true);
        return new HBox(buttons.get(Language.CHINESE), buttons.get(Language.ENGLISH));
    }

    private static HBox themeToggles(SettingsViewModel model, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        Map<ThemeChoice, ToggleButton> buttons = new EnumMap<>(ThemeChoice.class);
        for (ThemeChoice choice : ThemeChoice.values()) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(i18n.bind(choice.labelKey()));
            button.setGraphic(new FontIcon(choice == ThemeChoice.DARK
                    ? Material2OutlinedMZ.NIGHTS_STAY : Material2OutlinedMZ.WB_SUNNY));
            button.setId("theme-" + choice.code());
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                button.setSelected(true);
                model.selectTheme(choice);
            });
            buttons.put(choice, button);
        }
        buttons.get(ThemeChoice.LIGHT).getStyleClass().add(Styles.LEFT_PILL);
        buttons.get(ThemeChoice.DARK).getStyleClass().add(Styles.RIGHT_PILL);
        model.themeProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));
        buttons.get(model.getTheme()).setSelected(true);
        return new HBox(buttons.get(ThemeChoice.LIGHT), buttons.get(ThemeChoice.DARK));
    }

    private static VBox card(I18n i18n, String titleKey, Node body) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind(titleKey));
        title.getStyleClass().add(AppStyles.CARD_TITLE);
        VBox card = new VBox(10, title, body);
        card.getStyleClass().add(AppStyles.CARD);
        return card;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(160);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }

    private static void row(GridPane grid, int index, I18n i18n, String labelKey, Node value) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(labelKey));
        label.getStyleClass().add(AppStyles.SETTING_LABEL);
        grid.addRow(index, label, value);
    }

    private static Label value(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static TextField path(String text) {
        // a read-only field, so the path can be selected and copied
        TextField field = new TextField(text);
        field.setEditable(false);
        field.setFocusTraversable(false);
        return field;
    }
}
