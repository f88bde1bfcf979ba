package io.redesk.app.ui.finance;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.account.AgeBucket;
import io.redesk.domain.account.Ageing;
import io.redesk.domain.account.MonthlyCash;
import io.redesk.domain.money.Money;
import java.util.List;
import java.util.TreeSet;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The ageing and cash charts (issue 12): receivables and payables by counterparty stacked by age
 * (0–30 / 31–60 / 61–90 / 90+ days), and cash in and out by month, for one currency at a time
 * (amounts in different currencies are never added). The bars are drawn from the domain's figures;
 * each bar's tooltip holds the exact amount, formatted in the user's locale.
 */
final class FinanceCharts extends VBox {

    private final StatementsViewModel model;
    private final I18n i18n;
    private final ComboBox<String> currency = new ComboBox<>();
    // bars run across, counterparties down the side: long names stay readable and leave the bars their room
    private final StackedBarChart<Number, String> receivables = ageingChart("chart-receivables");
    private final StackedBarChart<Number, String> payables = ageingChart("chart-payables");
    private final BarChart<String, Number> cash = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label empty = new Label();

    FinanceCharts(StatementsViewModel model, I18n i18n) {
        super(8);
        this.model = model;
        this.i18n = i18n;
        setId("finance-charts");
        currency.setId("charts-currency");
        currency.valueProperty().addListener((o, a, b) -> draw());
        Label pick = new Label();
        pick.textProperty().bind(i18n.bind("finance.charts.currency"));
        receivables.titleProperty().bind(i18n.bind("finance.charts.receivables"));
        payables.titleProperty().bind(i18n.bind("finance.charts.payables"));
        cash.titleProperty().bind(i18n.bind("finance.charts.cash"));
        cash.setId("chart-cash");
        cash.setAnimated(false);
        cash.setMinHeight(260);
        empty.setId("charts-empty");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        HBox ageing = new HBox(8, receivables, payables);
        HBox.setHgrow(receivables, Priority.ALWAYS);
        HBox.setHgrow(payables, Priority.ALWAYS);
        getChildren().addAll(new HBox(8, pick, currency), empty, ageing, cash);
        model.ageing().addListener((ListChangeListener<Ageing.Row>) c -> refreshCurrencies());
        model.cash().addListener((ListChangeListener<MonthlyCash.Month>) c -> refreshCurrencies());
        i18n.languageProperty().addListener((o, a, b) -> draw());
        refreshCurrencies();
    }

    private static StackedBarChart<Number, String> ageingChart(String id) {
        StackedBarChart<Number, String> chart = new StackedBarChart<>(new NumberAxis(), new CategoryAxis());
        chart.setId(id);
        chart.setAnimated(false);
        chart.setMinHeight(280);
        return chart;
    }

    private void refreshCurrencies() {
        TreeSet<String> codes = new TreeSet<>((a, b) -> a.equals("CNY") ? -1 : b.equals("CNY") ? 1 : a.compareTo(b));
        model.ageing().forEach(r -> codes.add(r.currency().getCurrencyCode()));
        model.cash().forEach(m -> codes.add(m.currency().getCurrencyCode()));
        String was = currency.getValue();
        currency.getItems().setAll(codes);
        currency.setValue(was != null && codes.contains(was) ? was : codes.isEmpty() ? null : codes.first());
        draw();
    }

    private void draw() {
        String code = currency.getValue();
        empty.setText(code == null ? i18n.text("finance.charts.none") : "");
        receivables.getData().setAll(ageingSeries(code, Ageing.Side.RECEIVABLE));
        payables.getData().setAll(ageingSeries(code, Ageing.Side.PAYABLE));
        XYChart.Series<String, Number> in = new XYChart.Series<>();
        in.setName(i18n.text("finance.charts.in"));
        XYChart.Series<String, Number> out = new XYChart.Series<>();
        out.setName(i18n.text("finance.charts.out"));
        for (MonthlyCash.Month m : model.cash()) {
            if (m.currency().getCurrencyCode().equals(code)) {
                in.getData().add(point(m.month().toString(), m.in()));
                out.getData().add(point(m.month().toString(), m.out()));
            }
        }
        cash.getData().setAll(List.of(in, out));
    }

    private List<XYChart.Series<Number, String>> ageingSeries(String code, Ageing.Side side) {
        List<XYChart.Series<Number, String>> series = new java.util.ArrayList<>();
        for (AgeBucket b : AgeBucket.values()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(bucketName(b));
            for (Ageing.Row r : model.ageing()) {
                if (r.side() == side && r.currency().getCurrencyCode().equals(code)) {
                    String who = model.name(java.util.UUID.fromString(r.counterpartyId()));
                    XYChart.Data<Number, String> d = new XYChart.Data<>(r.bucket(b).amount().doubleValue(), who);
                    tip(d.nodeProperty(), who + " · " + bucketName(b) + " · " + i18n.formats().money(r.bucket(b)));
                    s.getData().add(d);
                }
            }
            series.add(s);
        }
        return series;
    }

    private String bucketName(AgeBucket b) {
        return switch (b) {
            case NOT_YET_DUE -> i18n.text("finance.charts.NOT_YET_DUE");
            case DAYS_0_30 -> i18n.text("finance.charts.DAYS_0_30");
            case DAYS_31_60 -> i18n.text("finance.charts.DAYS_31_60");
            case DAYS_61_90 -> i18n.text("finance.charts.DAYS_61_90");
            case OVER_90 -> i18n.text("finance.charts.OVER_90");
        };
    }

    private XYChart.Data<String, Number> point(String category, Money amount) {
        // the chart needs a double to draw the bar; the exact amount is in the tooltip
        XYChart.Data<String, Number> d = new XYChart.Data<>(category, amount.amount().doubleValue());
        tip(d.nodeProperty(), category + " · " + i18n.formats().money(amount));
        return d;
    }

    private static void tip(javafx.beans.value.ObservableValue<javafx.scene.Node> node, String text) {
        node.addListener((o, a, n) -> {
            if (n != null) {
                Tooltip.install(n, new Tooltip(text));
            }
        });
    }
}
