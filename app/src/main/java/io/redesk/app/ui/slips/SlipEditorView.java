package io.redesk.app.ui.slips;

import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipSection;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.slip.ContractKind;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The MRC slip editor: one titled pane per section, each field with its label and, under it, its error
 * in the user's language. Cover fields follow the contract kind. Autosaves one second after the last
 * keystroke. Only builds nodes and binds; everything else is {@link SlipEditorViewModel}.
 */
public final class SlipEditorView extends VBox {

    public SlipEditorView(SlipEditorViewModel model, I18n i18n) {
        TextField title = new TextField();
        title.setId("slip-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        title.promptTextProperty().bind(i18n.bind("slip.editor.titlePrompt"));
        Label summary = new Label();
        summary.setId("slip-summary");
        summary.textProperty().bind(model.summaryProperty());
        getChildren().addAll(title, summary, endorsement(model, i18n));
        for (SlipSection section : SlipSection.values()) {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(2);
            ColumnConstraints labels = new ColumnConstraints(200);
            ColumnConstraints inputs = new ColumnConstraints();
            inputs.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(labels, inputs);
            int row = 0;
            for (SlipField f : SlipField.values()) {
                if (f.section() != section) {
                    continue;
                }
                Label label = new Label();
                label.textProperty().bind(i18n.bind(f.labelKey()));
                Node input = input(f, model, i18n);
                label.setLabelFor(input);
                // a long label ("Unique market reference (UMR)") wraps instead of ending in "..."
                label.setWrapText(true);
                if (f == SlipField.REINSURED) {
                    input = withCedentList((TextField) input, model, i18n);
                }
                Label error = new Label();
                error.setId("slip-error-" + f.name());
                error.textProperty().bind(model.error(f));
                error.getStyleClass().add("rd-field-error");
                error.setStyle("-fx-text-fill: -color-danger-fg;");
                error.visibleProperty().bind(error.textProperty().isNotEmpty());
                error.managedProperty().bind(error.visibleProperty());
                VBox cell = new VBox(2, input, error);
                grid.add(label, 0, row);
                grid.add(cell, 1, row);
                if (f.input() != SlipField.Input.KIND) {
                    Runnable follow = () -> {
                        ContractKind k = model.form().kind();
                        boolean on = f.appliesTo(k == null ? null : k.type());
                        label.setVisible(on);
                        label.setManaged(on);
                        cell.setVisible(on);
                        cell.setManaged(on);
                    };
                    model.field(SlipField.KIND).addListener((o, a, b) -> follow.run());
                    follow.run();
                }
                row++;
            }
            TitledPane pane = new TitledPane();
            pane.setId("slip-section-" + section.name());
            pane.textProperty().bind(i18n.bind(section.titleKey()));
            pane.setContent(grid);
            getChildren().add(pane);
        }
        PauseTransition autosave = new PauseTransition(Duration.seconds(1));
        autosave.setOnFinished(e -> model.autosave());
        model.dirtyProperty().addListener((o, a, b) -> {
            if (b) {
                autosave.playFromStart();
            }
        });
        setSpacing(6);
        setId("slip-editor");
    }

    /**
     * The endorsement pane, shown only for a bound or registered contract: effective date, description,
     * a preview of the field-by-field changes against the current version, and Endorse.
     */
    private static Node endorsement(SlipEditorViewModel model, I18n i18n) {
        Label explain = new Label();
        explain.textProperty().bind(i18n.bind("endorse.explain"));
        explain.setWrapText(true);
        TextField effective = new TextField();
        effective.setId("endorse-effective");
        effective.textProperty().bindBidirectional(model.endorsement().effectiveProperty());
        effective.setPromptText("yyyy-mm-dd");
        effective.setPrefColumnCount(10);
        Label effectiveLabel = new Label();
        effectiveLabel.textProperty().bind(i18n.bind("endorse.effective"));
        effectiveLabel.setLabelFor(effective);
        TextField description = new TextField();
        description.setId("endorse-description");
        description.textProperty().bindBidirectional(model.endorsement().descriptionProperty());
        description.promptTextProperty().bind(i18n.bind("endorse.descriptionPrompt"));
        javafx.scene.layout.HBox.setHgrow(description, Priority.ALWAYS);
        Label descriptionLabel = new Label();
        descriptionLabel.textProperty().bind(i18n.bind("endorse.description"));
        descriptionLabel.setLabelFor(description);
        javafx.scene.control.Button preview = new javafx.scene.control.Button();
        preview.setId("endorse-preview");
        preview.textProperty().bind(i18n.bind("endorse.previewButton"));
        preview.setOnAction(e -> model.endorsement().preview());
        javafx.scene.control.Button submit = new javafx.scene.control.Button();
        submit.setId("endorse-submit");
        submit.textProperty().bind(i18n.bind("endorse.submit"));
        submit.getStyleClass().add("accent");
        submit.setOnAction(e -> model.endorsement().endorse());
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, effectiveLabel, effective, descriptionLabel, description,
                preview, submit);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label outcome = new Label();
        outcome.setId("endorse-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(model.endorsement().outcomeProperty());
        javafx.scene.control.TableView<SlipVersionsViewModel.DiffRow> diff = new javafx.scene.control.TableView<>(model.endorsement().diff());
        diff.setId("endorse-diff");
        diff.getColumns().add(diffColumn(i18n, "slips.diff.field", SlipVersionsViewModel.DiffRow::field));
        diff.getColumns().add(diffColumn(i18n, "slips.diff.before", SlipVersionsViewModel.DiffRow::before));
        diff.getColumns().add(diffColumn(i18n, "slips.diff.after", SlipVersionsViewModel.DiffRow::after));
        diff.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        diff.setPrefHeight(150);
        diff.setPlaceholder(new Label());
        diff.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.endorsement().diff()));
        diff.managedProperty().bind(diff.visibleProperty());
        VBox box = new VBox(8, explain, row, outcome, diff);
        TitledPane pane = new TitledPane();
        pane.setId("endorse-pane");
        pane.textProperty().bind(i18n.bind("endorse.title"));
        pane.setContent(box);
        pane.visibleProperty().bind(model.endorsement().endorsableProperty());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private static javafx.scene.control.TableColumn<SlipVersionsViewModel.DiffRow, String> diffColumn(I18n i18n, String key,
            java.util.function.Function<SlipVersionsViewModel.DiffRow, String> value) {
        javafx.scene.control.TableColumn<SlipVersionsViewModel.DiffRow, String> c = new javafx.scene.control.TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static Node input(SlipField f, SlipEditorViewModel model, I18n i18n) {
        String id = "slip-field-" + f.name();
        switch (f.input()) {
            case AREA, LIST -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(f.input() == SlipField.Input.LIST ? 2 : 3);
                area.setWrapText(true);
                area.textProperty().bindBidirectional(model.field(f));
                area.setId(id);
                if (f == SlipField.SUBJECTIVITIES) {
                    area.promptTextProperty().bind(i18n.bind("slip.editor.subjectivitiesPrompt"));
                } else if (f == SlipField.OTHER_DEDUCTIONS) {
                    area.promptTextProperty().bind(i18n.bind("slip.editor.deductionsPrompt"));
                }
                area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                        e.consume();
                        // The text area's own Ctrl+Tab is "move focus"; plain Tab does the same here.
                        area.fireEvent(new javafx.scene.input.KeyEvent(e.getSource(), e.getTarget(), e.getEventType(),
                                e.getCharacter(), e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
                    }
                });
                return area;
            }
            case KIND, LINE_BASIS, CLAIMS_BASIS -> {
                List<String> codes = f.input() == SlipField.Input.KIND ? ChoiceText.KINDS
                        : f.input() == SlipField.Input.LINE_BASIS ? ChoiceText.LINE_BASES : ChoiceText.CLAIMS_BASES;
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(codes);
                box.setCellFactory(v -> new ChoiceCell(i18n));
                box.setButtonCell(new ChoiceCell(i18n));
                box.valueProperty().bindBidirectional(model.field(f));
                box.setId(id);
                return box;
            }
            case BOOLEAN -> {
                CheckBox check = new CheckBox();
                check.setSelected(Boolean.parseBoolean(model.field(f).get()));
                check.selectedProperty().addListener((o, a, b) -> model.field(f).set(b ? "true" : ""));
                model.field(f).addListener((o, a, b) -> check.setSelected(Boolean.parseBoolean(b)));
                check.setId(id);
                return check;
            }
            default -> {
                TextField field = new TextField();
                field.textProperty().bindBidirectional(model.field(f));
                field.setId(id);
                if (f.input() == SlipField.Input.DATE) {
                    field.setPromptText("yyyy-mm-dd");
                }
                return field;
            }
        }
    }

    /**
     * The reinsured field with a list of the cedents the exchange knows next to it (the reinsured must
     * be one of them): choosing one fills the field, typing stays possible (offline, or a name the
     * list is still loading). A list button rather than pop-up suggestions, so nothing covers the next
     * field while the user types.
     */
    private static Node withCedentList(TextField field, SlipEditorViewModel model, I18n i18n) {
        javafx.scene.control.MenuButton list = new javafx.scene.control.MenuButton();
        list.setId("slip-cedents");
        list.textProperty().bind(i18n.bind("slip.editor.chooseCedentButton"));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.bind("slip.editor.chooseCedent"));
        list.setTooltip(tip);
        list.setFocusTraversable(true);
        Runnable fill = () -> list.getItems().setAll(model.cedentNames().stream().map(name -> {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(name);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                field.setText(name);
                field.requestFocus();
                field.end();
            });
            return item;
        }).toList());
        model.cedentNames().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        list.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.cedentNames()));
        javafx.scene.layout.HBox.setHgrow(field, Priority.ALWAYS);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, field, list);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static final class ChoiceCell extends ListCell<String> {
        private final I18n i18n;

        ChoiceCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            String key = empty || item == null ? null : ChoiceText.keyOf(item);
            setText(key == null ? item : i18n.text(key));
        }
    }
}
