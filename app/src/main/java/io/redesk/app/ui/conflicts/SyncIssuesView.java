package io.redesk.app.ui.conflicts;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.sync.engine.ConflictRecord;
import io.redesk.app.sync.engine.FieldMerge;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;
import io.redesk.store.outbox.OutboxEntry;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The sync issues page: open conflicts (keep mine / take theirs / merge by field) and rejected changes
 * (the exchange's reason, how to fix, correct and resend, or discard). Only builds nodes and binds.
 */
public final class SyncIssuesView extends VBox {

    private final I18n i18n;
    private final javafx.beans.value.ChangeListener<io.redesk.app.i18n.Language> relabel;
    private final GridPane fieldGrid = new GridPane();
    private final GridPane fixGrid = new GridPane();

    /** A view of {@code model}. */
    public SyncIssuesView(SyncIssuesViewModel model, I18n i18n) {
        this.i18n = i18n;
        getChildren().add(new PageHeader(Page.SYNC_ISSUES, i18n));
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.SYNC_ISSUES.id());
        setSpacing(12);
        relabel = (o, a, b) -> {
            renderFields(model);
            renderFixes(model);
        };
        if (!model.available()) {
            Label none = new Label();
            none.textProperty().bind(i18n.bind("sync.unavailable"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(none);
            return;
        }
        Button refresh = new Button();
        refresh.setId("sync-refresh");
        refresh.textProperty().bind(i18n.bind("inbox.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Label error = label("sync-error", model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        Label message = label("sync-message", model.messageProperty());
        message.getStyleClass().add(Styles.SUCCESS);

        ListView<ConflictRecord> conflicts = new ListView<>(model.conflicts());
        conflicts.setId("sync-conflicts");
        conflicts.setPrefHeight(140);
        conflicts.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ConflictRecord c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : model.describe(c));
            }
        });
        conflicts.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.conflictProperty().set(b));
        fieldGrid.setHgap(16);
        fieldGrid.setVgap(6);
        model.fields().addListener((ListChangeListener<SyncIssuesViewModel.FieldChoice>) c -> renderFields(model));
        Button keepMine = button("sync-keep-mine", key("sync.keepMine"), model::keepMine);
        Button takeTheirs = button("sync-take-theirs", key("sync.takeTheirs"), model::takeTheirs);
        Button merge = button("sync-merge", key("sync.merge"), model::merge);
        Node conflictCard = card(key("sync.card.conflicts"), new VBox(8, conflicts, fieldGrid,
                new HBox(8, keepMine, takeTheirs, merge)));

        ListView<OutboxEntry> rejected = new ListView<>(model.rejected());
        rejected.setId("sync-rejected");
        rejected.setPrefHeight(140);
        rejected.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OutboxEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : model.describe(e));
            }
        });
        rejected.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.changeProperty().set(b));
        Label reason = label("sync-reason", model.reasonProperty());
        reason.getStyleClass().add(Styles.DANGER);
        Label hint = label("sync-hint", model.hintProperty());
        fixGrid.setHgap(16);
        fixGrid.setVgap(6);
        model.fixes().addListener((ListChangeListener<SyncIssuesViewModel.FixField>) c -> renderFixes(model));
        // the field names are the user's labels: a language switch renames them (weakly held: the
        // language outlives this page)
        i18n.languageProperty().addListener(new javafx.beans.value.WeakChangeListener<>(relabel));
        Button resend = button("sync-resend", key("sync.resend"), model::resendFixed);
        Button discard = button("sync-discard", key("sync.discard"), model::discard);
        Node rejectedCard = card(key("sync.card.rejected"), new VBox(8, rejected, reason, hint, fixGrid,
                new HBox(8, resend, discard)));

        getChildren().addAll(refresh, error, message, conflictCard, rejectedCard);
        model.refresh();
    }

    private void renderFields(SyncIssuesViewModel model) {
        fieldGrid.getChildren().clear();
        fieldGrid.addRow(0, bold(key("sync.field")), bold(key("sync.base")), bold(key("sync.mine")), bold(key("sync.theirs")));
        int r = 1;
        for (SyncIssuesViewModel.FieldChoice f : model.fields()) {
            // ids name the field with '_' for '.', so a lookup by id is not read as a style class
            String id = f.field().replace('.', '_');
            Label base = new Label(f.base());
            base.setId("sync-base-" + id);
            base.getStyleClass().add(Styles.TEXT_MUTED);
            ToggleGroup g = new ToggleGroup();
            RadioButton mine = new RadioButton(f.mine());
            mine.setId("sync-mine-" + id);
            mine.setToggleGroup(g);
            mine.setSelected(f.sideProperty().get() == FieldMerge.Side.MINE);
            mine.setOnAction(e -> f.sideProperty().set(FieldMerge.Side.MINE));
            RadioButton theirs = new RadioButton(f.theirs());
            theirs.setId("sync-theirs-" + id);
            theirs.setToggleGroup(g);
            theirs.setSelected(f.sideProperty().get() == FieldMerge.Side.THEIRS);
            theirs.setOnAction(e -> f.sideProperty().set(FieldMerge.Side.THEIRS));
            Label name = new Label(FieldLabels.label(f.field(), i18n::text) + (f.bothChanged() ? " ⚠" : ""));
            name.setTooltip(new javafx.scene.control.Tooltip(f.field()));
            name.setId("sync-field-" + id);
            fieldGrid.addRow(r++, name, base, mine, theirs);
        }
    }

    private void renderFixes(SyncIssuesViewModel model) {
        fixGrid.getChildren().clear();
        int r = 0;
        for (SyncIssuesViewModel.FixField f : model.fixes()) {
            TextField field = new TextField();
            field.textProperty().bindBidirectional(f.value());
            field.setId("sync-fix-" + f.field());
            Label name = new Label(FieldLabels.label(f.field(), i18n::text));
            name.setTooltip(new javafx.scene.control.Tooltip(f.field()));
            name.setLabelFor(field);
            name.setId("sync-fix-label-" + f.field());
            fixGrid.addRow(r++, name, field);
        }
    }

    private Label bold(String k) {
        Label l = new Label(i18n.text(k));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private Button button(String id, String k, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(k));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label label(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private VBox card(String titleKey, Node body) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind(titleKey));
        title.getStyleClass().add(AppStyles.CARD_TITLE);
        VBox card = new VBox(10, title, body);
        card.getStyleClass().add(AppStyles.CARD);
        return card;
    }
}
