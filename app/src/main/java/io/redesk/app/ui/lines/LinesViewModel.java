package io.redesk.app.ui.lines;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.Security;
import io.redesk.app.i18n.Localization;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.money.Share;
import io.redesk.domain.signing.SignedLine;
import io.redesk.domain.signing.SigningResult;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lines monitor: the written lines with the live written total, and the signing-down preview the
 * domain computes ({@link io.redesk.domain.signing.SigningDown}: to-stand lines kept, others scaled,
 * rounded to sum exactly to the order); then close (the exchange signs) and bind.
 */
public final class LinesViewModel {

    /** One line: reinsurer, written %, to stand, signed % in the preview. */
    public record Row(String reinsurer, String written, boolean toStand, String signed) {
    }

    private final BrokerDesk desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<Placement> placements = FXCollections.observableArrayList();
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>(this, "placement");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper writtenTotal = new ReadOnlyStringWrapper(this, "writtenTotal", "");
    private final ReadOnlyStringWrapper factor = new ReadOnlyStringWrapper(this, "factor", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private Map<String, String> names = Map.of();

    public LinesViewModel(BrokerDesk desk, TaskExecutor executor, I18n i18n) {
        this.desk = desk;
        this.executor = executor;
        this.i18n = i18n;
        placement.addListener((o, a, b) -> refresh());
    }

    public void load() {
        executor.execute(BackgroundTask.of("lines-load", ctx -> {
            names = desk.candidates(false).stream().collect(Collectors.toMap(Security::id, Security::name, (x, y) -> x));
            return desk.myPlacements();
        }).onSuccess(placements::setAll).onFailure(e -> outcome.set(text("desk.failed", e.getMessage()))));
    }

    /** Reloads the lines and recomputes the preview. */
    public void refresh() {
        Placement p = placement.get();
        if (p == null) {
            rows.clear();
            return;
        }
        executor.execute(BackgroundTask.of("lines", ctx -> desk.lines(p.id())).onSuccess(lines -> show(p, lines))
                .onFailure(e -> outcome.set(text("desk.failed", e.getMessage()))));
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
        factor.set(text("lines.factor", preview.factor() == null ? "1" : preview.factor().toPlainString(),
                preview.underSubscription().name()));
    }

    /** Closes the placement at the exchange (it signs the lines down by the same rule). */
    public void close(boolean reduceOrderIfUnder) {
        Placement p = placement.get();
        if (p == null) {
            return;
        }
        executor.execute(BackgroundTask.of("lines-close", ctx -> {
            desk.close(p.id(), reduceOrderIfUnder);
            return desk.bind(p.id());
        }).onSuccess(bound -> {
            outcome.set(text("lines.closed"));
            placement.set(bound);
        }).onFailure(e -> outcome.set(closeFailure(e))));
    }

    /** The exchange's reason, and for an under-subscribed placement how to fix it (the user's next step). */
    private String closeFailure(Throwable e) {
        if (e instanceof ExchangeException x && "UNDER_SUBSCRIBED".equals(x.code())) {
            return text("lines.underSubscribed", x.detail().orElse(x.code()));
        }
        return text("desk.failed", e.getMessage());
    }

    private String text(String key, Object... args) {
        return Localization.of(i18n.getLanguage()).text(key, args);
    }

    public ObservableList<Placement> placements() {
        return placements;
    }

    public ObjectProperty<Placement> placementProperty() {
        return placement;
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

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
