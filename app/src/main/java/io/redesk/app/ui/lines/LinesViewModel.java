package io.redesk.app.ui.lines;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.Security;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.placement.PlacementPageModel;
import io.redesk.domain.money.Share;
import io.redesk.domain.signing.SignedLine;
import io.redesk.domain.signing.SigningResult;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lines monitor: the written lines with the live written total, and the signing-down preview the
 * domain computes ({@link io.redesk.domain.signing.SigningDown}: to-stand lines kept, others scaled,
 * rounded to sum exactly to the order); then close (the exchange signs) and bind.
 */
public final class LinesViewModel extends PlacementPageModel {

    /** One line: reinsurer, written %, to stand, signed % in the preview. */
    public record Row(String reinsurer, String written, boolean toStand, String signed) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper writtenTotal = new ReadOnlyStringWrapper(this, "writtenTotal", "");
    private final ReadOnlyStringWrapper factor = new ReadOnlyStringWrapper(this, "factor", "");
    private Map<String, String> names = Map.of();

    public LinesViewModel(BrokerDesk desk, TaskExecutor executor, I18n i18n) {
        super(desk, executor, i18n);
        placementProperty().addListener((o, a, b) -> refresh());
    }

    public void load() {
        loadPlacements("lines-load", ctx -> {
            names = desk.candidates(false).stream().collect(Collectors.toMap(Security::id, Security::name, (x, y) -> x));
            return desk.myPlacements();
        });
    }

    /** Reloads the lines and recomputes the preview. */
    public void refresh() {
        Placement p = placementProperty().get();
        if (p == null) {
            rows.clear();
            writtenTotal.set("");
            factor.set("");
            return;
        }
        run("lines", ctx -> desk.lines(p.id()), lines -> show(p, lines));
    }

    private void show(Placement p, List<Line> lines) {
        Share order = p.firmOrder() != null && p.firmOrder().orderShare() != null ? Share.of(p.firmOrder().orderShare()) : Share.HUNDRED;
        SigningResult preview = BrokerDesk.preview(lines, order);
        rows.setAll(lines.stream().map(l -> {
            SignedLine s = preview.lines().stream().filter(x -> x.lineId().equals(l.id().toString())).findFirst().orElse(null);
            return new Row(names.getOrDefault(l.reinsurerId().toString(), l.reinsurerId().toString()), l.writtenShare(), l.toStand(),
                    s == null ? "" : s.signed().percent().toPlainString());
        }).toList());
        writtenTotal.set(text("lines.writtenTotal", preview.writtenTotal().percent().toPlainString(), order.percent().toPlainString()));
        factor.set(text("lines.factor", preview.factor() == null ? "1" : preview.factor().stripTrailingZeros().toPlainString(),
                subscription(preview)));
    }

    private String subscription(SigningResult preview) {
        return switch (preview.underSubscription()) {
            case NONE -> preview.writtenTotal().percent().compareTo(preview.order().percent()) > 0
                    ? text("lines.subscription.over") : text("lines.subscription.full");
            case DECISION_REQUIRED -> text("lines.subscription.under");
            case ORDER_REDUCED -> text("lines.subscription.reduced");
            case KEPT_OPEN -> text("lines.subscription.keptOpen");
        };
    }

    /** Closes the placement at the exchange (it signs the lines down by the same rule). */
    public void close(boolean reduceOrderIfUnder) {
        Placement p = placementProperty().get();
        if (p == null) {
            tell(text("lines.choosePlacement"));
            return;
        }
        run("lines-close", ctx -> {
            desk.close(p.id(), reduceOrderIfUnder);
            return desk.bind(p.id());
        }, bound -> {
            tell(text("lines.closed"));
            // the list is reloaded so the chooser shows the placement as bound (it showed none: the
            // bound placement was not one of its items) and the preview no longer calls it under-subscribed
            preselect(bound.umr());
            placementProperty().set(bound);
            load();
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty writtenTotalProperty() {
        return writtenTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factorProperty() {
        return factor.getReadOnlyProperty();
    }

    /** For an under-subscribed close: the exchange's reason and how to fix it (the user's next step). */
    @Override
    protected String failureText(Throwable e) {
        if (e instanceof ExchangeException x && "UNDER_SUBSCRIBED".equals(x.code())) {
            return text("lines.underSubscribed", x.detail().orElse(x.code()));
        }
        return super.failureText(e);
    }
}
