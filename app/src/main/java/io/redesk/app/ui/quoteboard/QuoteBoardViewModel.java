package io.redesk.app.ui.quoteboard;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.Security;
import io.redesk.app.i18n.Localization;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.money.Share;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quote board: every quote on the placement side by side (premium or rate, capacity, conditions,
 * subjectivities, validity) and the data of its chart; accepting one fixes the firm order with the
 * other invited reinsurers as followers.
 */
public final class QuoteBoardViewModel {

    /** One quote as the board shows it. */
    public record Row(UUID quoteId, String reinsurer, QuoteStatus status, String premium, String rate, String capacity,
                      String conditions, String subjectivities, String validUntil, BigDecimal premiumAmount) {
    }

    private final BrokerDesk desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<Placement> placements = FXCollections.observableArrayList();
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>(this, "placement");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty orderShare = new SimpleStringProperty(this, "orderShare", "100");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private Map<String, String> names = Map.of();
    private List<String> eligible = List.of();

    public QuoteBoardViewModel(BrokerDesk desk, TaskExecutor executor, I18n i18n) {
        this.desk = desk;
        this.executor = executor;
        this.i18n = i18n;
        placement.addListener((o, a, b) -> refresh());
    }

    /** Loads the placements and the reinsurers' names. */
    public void load() {
        executor.execute(BackgroundTask.of("board-load", ctx -> {
            List<Security> all = desk.candidates(false);
            names = all.stream().collect(Collectors.toMap(Security::id, Security::name, (x, y) -> x));
            eligible = all.stream().filter(c -> !c.needsOverride()).map(Security::id).toList();
            return desk.myPlacements();
        }).onSuccess(placements::setAll).onFailure(e -> outcome.set(text("desk.failed", e.getMessage()))));
    }

    /** Reloads the quotes of the chosen placement. */
    public void refresh() {
        Placement p = placement.get();
        if (p == null) {
            rows.clear();
            return;
        }
        executor.execute(BackgroundTask.of("board-quotes", ctx -> desk.quotes(p.id()))
                .onSuccess(qs -> rows.setAll(qs.stream().map(this::row).toList()))
                .onFailure(e -> outcome.set(text("desk.failed", e.getMessage()))));
    }

    private Row row(Quote q) {
        Function<Object, String> s = o -> o == null ? "" : o.toString();
        return new Row(q.id(), names.getOrDefault(q.reinsurerId().toString(), q.reinsurerId().toString()), q.status(),
                q.premium() == null ? "" : q.premium().amount() + " " + q.premium().currency(), s.apply(q.rate()),
                q.capacity() == null ? "" : q.capacity() + "%", s.apply(q.conditions()),
                q.subjectivities() == null ? "" : String.join("; ", q.subjectivities()),
                q.validUntil() == null ? "" : q.validUntil().toString().substring(0, 10),
                q.premium() == null ? null : new BigDecimal(q.premium().amount()));
    }

    /** Accepts {@code row}'s quote: a firm order at the order share, other quoting reinsurers following. */
    public void accept(Row row) {
        Placement p = placement.get();
        if (p == null || row == null) {
            outcome.set(text("quoteboard.chooseQuote"));
            return;
        }
        if (row.status() != QuoteStatus.QUOTED) {
            outcome.set(text("quoteboard.notQuoted"));
            return;
        }
        Share order;
        try {
            order = Share.of(orderShare.get().trim().replace("%", ""));
        } catch (IllegalArgumentException e) {
            outcome.set(text("validation.notPercent"));
            return;
        }
        // Followers: every reinsurer and pool that meets the security policy, except the lead.
        List<UUID> followers = eligible.stream().filter(id -> !names.get(id).equals(row.reinsurer()))
                .map(UUID::fromString).toList();
        executor.execute(BackgroundTask.of("board-accept", ctx -> desk.acceptIntoFirmOrder(p.id(), row.quoteId(), order, followers))
                .onSuccess(placed -> {
                    outcome.set(text("quoteboard.accepted", row.reinsurer()));
                    refresh();
                })
                .onFailure(e -> outcome.set(text("desk.failed", e.getMessage()))));
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

    public StringProperty orderShareProperty() {
        return orderShare;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
