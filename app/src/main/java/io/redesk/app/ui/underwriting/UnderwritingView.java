package io.redesk.app.ui.underwriting;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.theme.AppStyles;
import io.redesk.app.underwriting.Disclosure;
import io.redesk.app.underwriting.SlipSheet;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * One placement on the underwriter's desk: own quote and line, the market (masked facts carry a lock
 * and the word "masked", never a blank), the quote or line form when it applies, and the slip, read
 * only. Only builds nodes and binds to {@link UnderwritingViewModel}.
 */
public final class UnderwritingView extends VBox {

    /** Style class of a masked value. */
    public static final String MASKED = "rd-masked";

    private final GridPane marketGrid = grid();
    private TextField premiumField;
    private TextField declineField;
    private TextField writtenField;
    private final UnderwritingViewModel model;
    private final VBox slipBox = new VBox(8);
    private final I18n i18n;
    private DatePicker validUntilField;

    /** A view of {@code model}. */
    public UnderwritingView(UnderwritingViewModel model, I18n i18n) {
        this.i18n = i18n;
        this.model = model;
        Label heading = new Label();
        heading.setId("uw-heading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        // wrapped, never cut: the UMR and the title both matter
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        heading.textProperty().bind(model.headingProperty());

        Label myQuote = bound("uw-my-quote", model.myQuoteProperty());
        Label myLine = bound("uw-my-line", model.myLineProperty());
        VBox mine = card(key("uw.card.mine"), new VBox(6, myQuote, myLine));

        VBox marketCard = card(key("uw.card.market"), marketGrid);
        model.market().addListener((ListChangeListener<Disclosure>) c -> renderMarket(model));
        i18n.languageProperty().addListener((obs, old, now) -> {
            renderMarket(model);
            renderSlip(model);
        });

        VBox quoteCard = card(key("uw.card.quote"), quoteForm(model));
        showWhen(quoteCard, model.canQuote());
        VBox lineCard = card(key("uw.card.line"), lineForm(model));
        showWhen(lineCard, model.canWriteLine());

        VBox slipCard = card(key("uw.card.slip"), slipBox);
        model.slip().addListener((ListChangeListener<SlipSheet.Row>) c -> renderSlip(model));

        Label error = bound("uw-error", model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        showWhen(error, model.errorProperty().isNotEmpty());
        Label message = bound("uw-message", model.messageProperty());
        message.getStyleClass().add(Styles.SUCCESS);
        showWhen(message, model.messageProperty().isNotEmpty());

        // the form that needs the user comes first, so it is on screen without scrolling
        getChildren().addAll(heading, error, message, quoteCard, lineCard, mine, marketCard, slipCard);
        setSpacing(12);
        setId("uw-desk");
        visibleProperty().bind(model.entryProperty().isNotNull());
        disableProperty().bind(model.busyProperty());
    }

    /** Puts the cursor in the first field of the open form (Ctrl+E); false when no form is open. */
    public boolean focusForm() {
        if (model.canQuote().get()) {
            premiumField.requestFocus();
            return true;
        }
        if (model.canWriteLine().get()) {
            writtenField.requestFocus();
            return true;
        }
        return false;
    }

    /** Puts the cursor in the decline reason (Ctrl+D); false when there is no quote request to decline. */
    public boolean focusDeclineReason() {
        if (!model.canQuote().get()) {
            return false;
        }
        declineField.requestFocus();
        return true;
    }

    /** Commits a date still being typed into "valid until" (Ctrl+Enter sends without leaving the field). */
    public void commitTypedDate() {
        if (validUntilField != null) {
            io.redesk.app.ui.i18n.DateEntry.commit(validUntilField);
        }
    }

    /** Whether the user is typing the decline reason (then Ctrl+Enter declines instead of quoting). */
    public boolean isDecliningFocused() {
        return declineField != null && declineField.isFocused();
    }

    private Node quoteForm(UnderwritingViewModel model) {
        TextField premium = field("uw-premium", model.quote().premiumProperty());
        premiumField = premium;
        TextField rate = field("uw-rate", model.quote().rateProperty());
        TextField capacity = field("uw-capacity", model.quote().capacityProperty());
        DatePicker validUntil = new DatePicker();
        validUntil.setId("uw-valid-until");
        validUntil.valueProperty().bindBidirectional(model.quote().validUntilProperty());
        io.redesk.app.ui.i18n.DateEntry.install(validUntil, () -> i18n.formats().locale(), model.quote()::validUntilTyped);
        validUntilField = validUntil;
        TextArea conditions = area("uw-conditions", model.quote().conditionsProperty());
        TextArea subjectivities = area("uw-subjectivities", model.quote().subjectivitiesProperty());
        Button send = button("uw-send-quote", key("uw.quote.send"), Styles.ACCENT);
        send.setOnAction(e -> {
            commitTypedDate();
            model.submitQuote();
        });
        send.setTooltip(new Tooltip("Ctrl+Enter"));
        TextField reason = field("uw-decline-reason", model.quote().declineReasonProperty());
        declineField = reason;
        Button decline = button("uw-decline", key("uw.quote.decline"), Styles.DANGER);
        decline.setOnAction(e -> model.decline());
        decline.setTooltip(new Tooltip("Ctrl+D, Ctrl+Enter"));

        GridPane g = grid();
        int r = 0;
        r = row(g, r, key("uw.quote.premium"), premium, model.quote().premiumErrorProperty(), "uw-premium-error");
        r = row(g, r, key("uw.quote.rate"), rate, model.quote().rateErrorProperty(), "uw-rate-error");
        r = row(g, r, key("uw.quote.capacity"), capacity, model.quote().capacityErrorProperty(), "uw-capacity-error");
        r = row(g, r, key("uw.quote.validUntil"), validUntil, model.quote().validUntilErrorProperty(), "uw-valid-until-error");
        r = row(g, r, key("uw.quote.conditions"), conditions, null, null);
        r = row(g, r, key("uw.quote.subjectivities"), subjectivities, null, null);
        g.add(send, 1, r++);
        r = row(g, r, key("uw.quote.declineReason"), reason, model.quote().reasonErrorProperty(), "uw-decline-reason-error");
        g.add(decline, 1, r);
        return g;
    }

    private Node lineForm(UnderwritingViewModel model) {
        TextField written = field("uw-written-share", model.line().writtenShareProperty());
        writtenField = written;
        CheckBox toStand = new CheckBox();
        toStand.setId("uw-to-stand");
        toStand.textProperty().bind(i18n.bind("uw.line.toStand"));
        toStand.selectedProperty().bindBidirectional(model.line().toStandProperty());
        TextArea conditions = area("uw-line-conditions", model.line().lineConditionsProperty());
        TextField reference = field("uw-reference", model.line().referenceProperty());
        TextArea subjectivities = area("uw-line-subjectivities", model.line().lineSubjectivitiesProperty());
        subjectivities.setPromptText("Survey report | 2027-01-31");
        Button write = button("uw-write-line", key("uw.line.write"), Styles.ACCENT);
        write.setOnAction(e -> model.writeLine());
        write.setTooltip(new Tooltip("Ctrl+Enter"));
        GridPane g = grid();
        int r = 0;
        r = row(g, r, key("uw.line.written"), written, model.line().writtenErrorProperty(), "uw-written-share-error");
        g.add(toStand, 1, r++);
        r = row(g, r, key("uw.line.conditions"), conditions, null, null);
        r = row(g, r, key("uw.line.reference"), reference, null, null);
        r = row(g, r, key("uw.line.subjectivities"), subjectivities, model.line().subjectivitiesErrorProperty(),
                "uw-line-subjectivities-error");
        g.add(write, 1, r);
        return g;
    }

    private void renderMarket(UnderwritingViewModel model) {
        marketGrid.getChildren().clear();
        int r = 0;
        for (Disclosure d : model.market()) {
            Label name = new Label(i18n.text(UnderwritingTexts.market(d.item())));
            name.getStyleClass().add(AppStyles.SETTING_LABEL);
            Node value = switch (d.state()) {
                case SHOWN -> {
                    Label v = new Label(d.value().orElseThrow());
                    v.setWrapText(true);
                    yield v;
                }
                case MASKED -> masked(i18n);
                case NOT_YET -> {
                    Label v = new Label(i18n.text("uw.market.notYet"));
                    v.getStyleClass().add(Styles.TEXT_MUTED);
                    yield v;
                }
            };
            value.setId("market-" + d.item().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            marketGrid.addRow(r++, name, value);
        }
    }

    /** A masked value: a lock badge and the localised word, never blank. */
    public static Label masked(I18n i18n) {
        Label v = new Label(i18n.text("uw.market.masked"));
        v.setGraphic(new FontIcon(Material2OutlinedAL.LOCK));
        v.getStyleClass().addAll(MASKED, Styles.WARNING);
        v.setTooltip(new Tooltip(i18n.text("uw.market.maskedWhy")));
        return v;
    }

    private void renderSlip(UnderwritingViewModel model) {
        slipBox.getChildren().clear();
        SlipSheet.Section current = null;
        GridPane g = null;
        int r = 0;
        for (SlipSheet.Row row : model.slip()) {
            if (row.section() != current) {
                current = row.section();
                Label title = new Label(i18n.text(UnderwritingTexts.section(current)));
                title.getStyleClass().add(Styles.TEXT_BOLD);
                g = grid();
                r = 0;
                slipBox.getChildren().addAll(title, g);
            }
            Label name = new Label(i18n.text(UnderwritingTexts.field(row.field())));
            name.getStyleClass().add(AppStyles.SETTING_LABEL);
            Label value = new Label(row.value());
            value.setWrapText(true);
            value.setId("slip-" + row.field().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            g.addRow(r++, name, value);
        }
    }

    private VBox card(String titleKey, Node body) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind(titleKey));
        title.getStyleClass().add(AppStyles.CARD_TITLE);
        VBox card = new VBox(10, title, body);
        card.getStyleClass().add(AppStyles.CARD);
        return card;
    }

    private int row(GridPane g, int r, String labelKey, Node input, ObservableStringValue error, String errorId) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(labelKey));
        label.setLabelFor(input);
        // long labels ("Written line % of the order") wrap in their column instead of ending in "..."
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.addRow(r++, label, input);
        if (error != null) {
            Label e = bound(errorId, error);
            e.getStyleClass().add(Styles.DANGER);
            showWhen(e, Bindingsish.notEmpty(error));
            g.add(e, 1, r++);
        }
        return r;
    }

    private Button button(String id, String textKey, String style) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(textKey));
        b.getStyleClass().add(style);
        return b;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty p) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(2);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(p);
        return a;
    }

    private static Label bound(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.setWrapText(true);
        return l;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setPrefWidth(170);
        labels.setMaxWidth(190);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, values);
        return g;
    }

    /** Small binding helper kept local: "text is not empty". */
    private static final class Bindingsish {
        static ObservableBooleanValue notEmpty(ObservableStringValue s) {
            return javafx.beans.binding.Bindings.createBooleanBinding(() -> s.get() != null && !s.get().isEmpty(), s);
        }
    }
}
