package io.redesk.app.ui.quoteboard;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.placement.DeskWidgets;
import io.redesk.app.ui.inquiry.PlacementChooser;
import io.redesk.sdk.model.quote.QuoteStatus;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The quote board: quotes side by side in a table (premium or rate, capacity, conditions,
 * subjectivities, validity) and a chart of premium and capacity per reinsurer. Enter on a quoted row,
 * or the Accept button, accepts it into a firm order.
 */
public final class QuoteBoardView extends VBox {

    public QuoteBoardView(QuoteBoardViewModel model, I18n i18n) {
        PlacementChooser chooser = new PlacementChooser("board-placement", model.placements(), model.placementProperty(), i18n);
        TableView<QuoteBoardViewModel.Row> table = new TableView<>(model.rows());
        table.setId("board-quotes");
        // figures keep their full width (a truncated premium is worse than none); texts take what is left
        table.getColumns().add(col(i18n, i18n.bind("quoteboard.col.reinsurer"), QuoteBoardViewModel.Row::reinsurer, 140, 110));
        table.getColumns().add(col(i18n, i18n.bind("quoteboard.col.status"), r -> status(i18n, r.status()), 100, 80));
        table.getColumns().add(col(i18n, i18n.bind("quoteboard.col.premium"), QuoteBoardViewModel.Row::premium, 145, 140));
        table.getColumns().add(col(i18n, i18n.bind("quoteboard.col.rate"), QuoteBoardViewModel.Row::rate, 55, 55));
        table.getColumns().add(col(i18n, i18n.bind("quoteboard.col.capacity"), QuoteBoardViewModel.Row::capacity, 85, 85));
        table.getColumns().add(col(i18n, i18n.bind("quoteboard.col.conditions"), QuoteBoardViewModel.Row::conditions, 150, 60));
        table.getColumns().add(col(i18n, i18n.bind("quoteboard.col.subjectivities"), QuoteBoardViewModel.Row::subjectivities, 130, 60));
        table.getColumns().add(col(i18n, i18n.bind("quoteboard.col.validity"), QuoteBoardViewModel.Row::validUntil, 95, 95));
        table.setPrefHeight(215);
        table.setMinHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(DeskWidgets.placeholder(i18n, key("quoteboard.empty")));

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.labelProperty().bind(i18n.bind("quoteboard.chart.premium"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("board-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        chart.setMinHeight(200);
        chart.titleProperty().bind(i18n.bind("quoteboard.chart.title"));
        model.rows().addListener((ListChangeListener<QuoteBoardViewModel.Row>) c -> {
            XYChart.Series<String, Number> premium = new XYChart.Series<>();
            for (QuoteBoardViewModel.Row r : model.rows()) {
                if (r.premiumAmount() != null) {
                    premium.getData().add(new XYChart.Data<>(r.reinsurer(), r.premiumAmount()));
                }
            }
            chart.getData().setAll(java.util.List.of(premium));
        });

        TextField order = new TextField();
        order.setId("board-order");
        order.textProperty().bindBidirectional(model.orderShareProperty());
        order.setPrefColumnCount(6);
        Label orderLabel = new Label();
        orderLabel.textProperty().bind(i18n.bind("quoteboard.order"));
        orderLabel.setLabelFor(order);
        Button accept = new Button();
        accept.setId("board-accept");
        accept.textProperty().bind(i18n.bind("quoteboard.accept"));
        accept.setOnAction(e -> model.accept(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                accept.fire();
            }
        });
        Label outcome = new Label();
        outcome.setId("board-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        getChildren().addAll(chooser, table, chart, new HBox(8, orderLabel, order, accept), outcome);
        setSpacing(8);
    }

    private static String status(I18n i18n, QuoteStatus s) {
        return switch (s) {
            case REQUESTED -> i18n.text("status.quote.REQUESTED");
            case PREPARING -> i18n.text("status.quote.PREPARING");
            case QUOTED -> i18n.text("status.quote.QUOTED");
            case DECLINED -> i18n.text("status.quote.DECLINED");
            case ACCEPTED -> i18n.text("status.quote.ACCEPTED");
            case NOT_TAKEN_UP -> i18n.text("status.quote.NOT_TAKEN_UP");
            case EXPIRED -> i18n.text("status.quote.EXPIRED");
        };
    }

    private static TableColumn<QuoteBoardViewModel.Row, String> col(I18n i18n, javafx.beans.binding.StringBinding title,
            Function<QuoteBoardViewModel.Row, String> value, double width, double minWidth) {
        TableColumn<QuoteBoardViewModel.Row, String> c = new TableColumn<>();
        c.textProperty().bind(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(minWidth);
        return c;
    }
}
