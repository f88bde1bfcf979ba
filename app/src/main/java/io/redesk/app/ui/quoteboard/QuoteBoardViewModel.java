package io.redesk.app.ui.quoteboard;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.Security;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.placement.PlacementPageModel;
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

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quote board: every quote on the placement side by side (premium or rate, capacity, conditions,
 * subjectivities, validity) and the data of its chart; accepting one fixes the firm order with the
 * other invited reinsurers as followers.
 */
public final class QuoteBoardViewModel extends PlacementPageModel {

    /** One quote as the board shows it. */
    public record Row(UUID quoteId, String reinsurer, QuoteStatus status, String premium, String rate, String capacity,
                      String conditions, String subjectivities, String validUntil, BigDecimal premiumAmount) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty orderShare = new SimpleStringProperty(this, "orderShare", "100");
    private Map<String, String> names = Map.of();
    private List<String> eligible = List.of();

    public QuoteBoardViewModel(BrokerDesk desk, TaskExecutor executor, I18n i18n) {
        super(desk, executor, i18n);
        placementProperty().addListener((o, a, b) -> refresh());
    }

    /** Loads the placements and the reinsurers' names. */
    public void load() {
        loadPlacements("board-load", ctx -> {
            List<Security> all = desk.candidates(false);
            names = all.stream().collect(Collectors.toMap(Security::id, Security::name, (x, y) -> x));
            eligible = all.stream().filter(c -> !c.needsOverride()).map(Security::id).toList();
            // a draft or a merely submitted placement has no quotes yet
            return desk.myPlacements().stream()
                    .filter(p -> p.status() != io.redesk.sdk.model.placement.PlacementStatus.DRAFT
                            && p.status() != io.redesk.sdk.model.placement.PlacementStatus.SUBMITTED).toList();
        });
    }

    /** Reloads the quotes of the chosen placement. */
    public void refresh() {
        Placement p = placementProperty().get();
        if (p == null) {
            rows.clear();
            return;
        }
        run("board-quotes", ctx -> desk.quotes(p.id()), qs -> rows.setAll(qs.stream().map(this::row).toList()));
    }

    private Row row(Quote q) {
        Function<Object, String> s = o -> o == null ? "" : o.toString();
        return new Row(q.id(), names.getOrDefault(q.reinsurerId().toString(), q.reinsurerId().toString()), q.status(),
                q.premium() == null ? "" : i18n.formats().money(new BigDecimal(q.premium().amount()),
                        java.util.Currency.getInstance(q.premium().currency())), s.apply(q.rate()),
                q.capacity() == null ? "" : i18n.formats().share(new BigDecimal(q.capacity())), s.apply(q.conditions()),
                q.subjectivities() == null ? "" : String.join("; ", q.subjectivities()),
                q.validUntil() == null ? "" : q.validUntil().toString().substring(0, 10),
                q.premium() == null ? null : new BigDecimal(q.premium().amount()));
    }

    /** Accepts {@code row}'s quote: a firm order at the order share, other quoting reinsurers following. */
    public void accept(Row row) {
        Placement p = placementProperty().get();
        if (p == null || row == null) {
            tell(text("quoteboard.chooseQuote"));
            return;
        }
        if (row.status() != QuoteStatus.QUOTED) {
            tell(text("quoteboard.notQuoted"));
            return;
        }
        Share order;
        try {
            order = Share.of(orderShare.get().trim().replace("%", ""));
        } catch (IllegalArgumentException e) {
            tell(text("validation.notPercent"));
            return;
        }
        // Followers: every reinsurer and pool that meets the security policy, except the lead.
        List<UUID> followers = eligible.stream().filter(id -> !names.get(id).equals(row.reinsurer()))
                .map(UUID::fromString).toList();
        run("board-accept", ctx -> desk.acceptIntoFirmOrder(p.id(), row.quoteId(), order, followers), placed -> {
            tell(text("quoteboard.accepted", row.reinsurer()));
            refresh();
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty orderShareProperty() {
        return orderShare;
    }
}
