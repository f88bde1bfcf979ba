package io.redesk.app.ui.inquiry;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.DeskServices;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.placement.DeskWidgets;
import io.redesk.app.ui.quoteboard.QuoteBoardView;
import io.redesk.app.ui.quoteboard.QuoteBoardViewModel;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PageHeader;
import io.redesk.app.ui.theme.AppStyles;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Inquiries page: send an inquiry (candidates with ratings and the security verdict; a flagged one
 * needs an override reason), then the quote board. Space toggles "invite" on the selected row; F2 edits
 * the override reason; every button is reachable with Tab.
 */
public final class InquiryPage extends VBox {

    private final I18n i18n;
    private final TaskExecutor executor;
    private final java.util.Optional<String> openUmr;
    private java.util.function.Consumer<String> opener = umr -> { };

    public InquiryPage(ObservableValue<DeskServices> services, I18n i18n, TaskExecutor executor) {
        this(services, i18n, executor, java.util.Optional.empty());
    }

    /** The page, opening the placement with market reference {@code openUmr} once it is listed. */
    public InquiryPage(ObservableValue<DeskServices> services, I18n i18n, TaskExecutor executor, java.util.Optional<String> openUmr) {
        this.openUmr = openUmr;
        this.i18n = i18n;
        this.executor = executor;
        getStyleClass().add(AppStyles.PAGE);
        setId("page-" + Page.INQUIRIES.id());
        setSpacing(8);
        show(services.getValue());
        services.addListener((o, a, b) -> show(b));
    }

    private void show(DeskServices s) {
        getChildren().setAll(new PageHeader(Page.INQUIRIES, i18n));
        if (s == null || s.broker().isEmpty()) {
            Label off = new Label();
            off.setId("inquiry-offline");
            off.textProperty().bind(i18n.bind(s == null ? key("desk.locked") : key("desk.needsExchange")));
            getChildren().add(off);
            return;
        }
        InquiryViewModel model = new InquiryViewModel(s.broker().get(), executor, i18n, s.userId());
        model.followReachability(s.sync(), javafx.application.Platform::runLater);
        TableView<InquiryViewModel.Candidate> table = new TableView<>(model.candidates());
        table.setId("inquiry-candidates");
        table.setEditable(true);
        TableColumn<InquiryViewModel.Candidate, Boolean> invite = new TableColumn<>();
        invite.textProperty().bind(i18n.bind("inquiry.col.invite"));
        invite.setCellValueFactory(c -> c.getValue().invitedProperty());
        invite.setCellFactory(CheckBoxTableCell.forTableColumn(invite));
        invite.setEditable(true);
        TableColumn<InquiryViewModel.Candidate, String> name = text("inquiry.col.name", c -> c.security().name());
        name.setPrefWidth(260);
        TableColumn<InquiryViewModel.Candidate, String> ratings = text("inquiry.col.ratings",
                c -> c.security().ratings().isEmpty() ? i18n.text("inquiry.unrated") : ratingsText(c.security().ratings()));
        ratings.setPrefWidth(180);
        TableColumn<InquiryViewModel.Candidate, String> verdict = text("inquiry.col.policy",
                c -> c.security().needsOverride() ? i18n.text("inquiry.belowPolicy") : i18n.text("inquiry.meetsPolicy"));
        verdict.setPrefWidth(200);
        TableColumn<InquiryViewModel.Candidate, String> reason = new TableColumn<>();
        reason.textProperty().bind(i18n.bind("inquiry.col.override"));
        reason.setCellValueFactory(c -> c.getValue().overrideReasonProperty());
        reason.setCellFactory(TextFieldTableCell.forTableColumn());
        reason.setEditable(true);
        reason.setPrefWidth(280);
        table.getColumns().addAll(java.util.List.of(invite, name, ratings, verdict, reason));
        table.setPrefHeight(230);
        table.setMinHeight(180);
        table.setPlaceholder(DeskWidgets.placeholder(i18n, key("inquiry.empty")));
        table.setOnKeyPressed(e -> {
            var sel = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && sel != null) {
                sel.invitedProperty().set(!sel.invitedProperty().get());
                e.consume();
            }
        });
        // the column header promises F2; the table has no key that starts an edit. A filter: the table's
        // own key handling must not swallow it first
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            var sel = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.F2 && sel != null && table.getEditingCell() == null) {
                table.edit(table.getSelectionModel().getSelectedIndex(), reason);
                e.consume();
            }
        });
        TextField deadline = new TextField();
        deadline.setId("inquiry-deadline");
        deadline.textProperty().bindBidirectional(model.deadlineProperty());
        Label deadlineLabel = new Label();
        deadlineLabel.textProperty().bind(i18n.bind("inquiry.deadline"));
        deadlineLabel.setLabelFor(deadline);
        TextField message = new TextField();
        message.setId("inquiry-message");
        message.textProperty().bindBidirectional(model.messageProperty());
        message.promptTextProperty().bind(i18n.bind("inquiry.message"));
        message.setPrefWidth(360);
        Button send = new Button();
        send.setId("inquiry-send");
        send.textProperty().bind(i18n.bind("inquiry.send"));
        send.setOnAction(e -> model.send());
        Label outcome = new Label();
        outcome.setId("inquiry-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        outcome.setWrapText(true);
        PlacementChooser chooser = new PlacementChooser("inquiry-placement", model.placements(), model.placementProperty(), i18n);
        Button reload = new Button();
        reload.setId("inquiry-reload");
        reload.textProperty().bind(i18n.bind("desk.reload"));
        VBox inquiryBox = new VBox(8, chooser, table, new HBox(8, deadlineLabel, deadline, message, send), outcome);
        TitledPane inquiryPane = new TitledPane();
        inquiryPane.textProperty().bind(i18n.bind("inquiry.title"));
        inquiryPane.setContent(inquiryBox);

        QuoteBoardViewModel board = new QuoteBoardViewModel(s.broker().get(), executor, i18n);
        board.followReachability(s.sync(), javafx.application.Platform::runLater);
        TitledPane boardPane = new TitledPane();
        boardPane.textProperty().bind(i18n.bind("quoteboard.title"));
        boardPane.setContent(new QuoteBoardView(board, i18n));
        reload.setOnAction(e -> {
            model.load();
            board.load();
            board.refresh();
        });
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(8, reload,
                DeskWidgets.busy("inquiry-busy", javafx.beans.binding.Bindings.or(model.busyProperty(), board.busyProperty())));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // opened on a given placement (a notice, --placement): its quotes matter more than a new inquiry
        inquiryPane.setExpanded(openUmr.isEmpty());
        inquiryPane.setId("inquiry-pane");
        boardPane.setId("board-pane");
        getChildren().addAll(top, inquiryPane, boardPane);
        openUmr.ifPresent(model::preselect);
        model.load();
        openUmr.ifPresent(board::preselect);
        board.load();
        opener = umr -> {
            // a placement under inquiry: its quotes are what matter; one just submitted: the invitation
            board.placementProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends io.redesk.sdk.model.placement.Placement> o,
                        io.redesk.sdk.model.placement.Placement was, io.redesk.sdk.model.placement.Placement now) {
                    if (now != null && umr.equals(now.umr())) {
                        o.removeListener(this);
                        inquiryPane.setExpanded(now.status() != io.redesk.sdk.model.placement.PlacementStatus.INQUIRY);
                    }
                }
            });
            model.preselect(umr);
            board.preselect(umr);
            model.load();
            board.load();
        };
    }

    /**
     * Opens the placement with market reference {@code umr} (home's to-do list): selected as soon as
     * the reloaded list holds it.
     */
    public void open(String umr) {
        opener.accept(umr);
    }

    /** "S&P AA-, AM Best A+" in English, "标普 AA-, 贝氏 A+" in Chinese: agencies by name, never enum codes. */
    private String ratingsText(java.util.List<io.redesk.domain.party.Rating> ratings) {
        return String.join(", ", ratings.stream().map(r -> i18n.text(switch (r.agency()) {
            case SP -> key("rating.agency.SP");
            case AM_BEST -> key("rating.agency.AM_BEST");
            case FITCH -> key("rating.agency.FITCH");
            case MOODYS -> key("rating.agency.MOODYS");
            case EXCHANGE -> key("rating.agency.EXCHANGE");
        }) + " " + r.grade()).toList());
    }

    private TableColumn<InquiryViewModel.Candidate, String> text(String k,
            java.util.function.Function<InquiryViewModel.Candidate, String> value) {
        TableColumn<InquiryViewModel.Candidate, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(k));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
