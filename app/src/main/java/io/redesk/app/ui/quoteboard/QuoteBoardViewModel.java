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

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quote board: every quote on the placement side by side (premium or rate, capacity, conditions,
 * subjectivities, validity) and the data of its chart; accepting one fixes the firm order with the
 * other reinsurers that meet the security policy as followers. A reinsurer that declined this
 * placement's quote is named in a warning and left out of the followers unless the broker asks to
 * include it anyway (ADR 0776).
 */
public final class QuoteBoardViewModel extends PlacementPageModel {

    /** One quote as the board shows it. */
    public record Row(UUID quoteId, String reinsurer, QuoteStatus status, String premium, String rate, String capacity,
                      String conditions, String subjectivities, String validUntil, BigDecimal premiumAmount,
                      UUID reinsurerId) {
    }

    /** A reinsurer that declined the placement's quote, with the reason it gave. */
    public record Declined(UUID reinsurerId, String reinsurer, String reason) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty orderShare = new SimpleStringProperty(this, "orderShare", "100");
    private final ObservableList<Declined> declined = FXCollections.observableArrayList();
    private final BooleanProperty includeDeclined = new SimpleBooleanProperty(this, "includeDeclined", false);
    private final ReadOnlyStringWrapper declinedWarning = new ReadOnlyStringWrapper(this, "declinedWarning", "");
    private Map<String, String> names = Map.of();
    private List<String> eligible = List.of();

    public QuoteBoardViewModel(BrokerDesk desk, TaskExecutor executor, I18n i18n) {
        super(desk, executor, i18n);
        placementProperty().addListener((o, a, b) -> refresh());
        declined.addListener((javafx.collections.ListChangeListener<Declined>) c -> warn());
        includeDeclined.addListener((o, a, b) -> warn());
        i18n.languageProperty().addListener((o, a, b) -> warn());
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
            declined.clear();
            return;
        }
        run("board-quotes", ctx -> desk.quotes(p.id()), qs -> {
            rows.setAll(qs.stream().map(this::row).toList());
            includeDeclined.set(false);
            declined.setAll(qs.stream().filter(q -> q.status() == QuoteStatus.DECLINED)
                    .map(q -> new Declined(q.reinsurerId(), name(q.reinsurerId()),
                            q.declineReason() == null ? "" : q.declineReason()))
                    .toList());
        });
    }

    private String name(UUID reinsurerId) {
        return names.getOrDefault(reinsurerId.toString(), reinsurerId.toString());
    }

    /** Names the reinsurers that declined, and whether the firm order leaves them out. */
    private void warn() {
        if (declined.isEmpty()) {
            declinedWarning.set("");
            return;
        }
        String who = declined.stream().map(d -> d.reason().isBlank() ? d.reinsurer() : d.reinsurer() + " (" + d.reason() + ")")
                .collect(Collectors.joining("; "));
        declinedWarning.set(includeDeclined.get() ? text("quoteboard.declined.included", who)
                : text("quoteboard.declined.leftOut", who));
    }

    private Row row(Quote q) {
        Function<Object, String> s = o -> o == null ? "" : o.toString();
        return new Row(q.id(), name(q.reinsurerId()), q.status(),
                q.premium() == null ? "" : i18n.formats().money(new BigDecimal(q.premium().amount()),
                        java.util.Currency.getInstance(q.premium().currency())), s.apply(q.rate()),
                q.capacity() == null ? "" : i18n.formats().share(new BigDecimal(q.capacity())), s.apply(q.conditions()),
                q.subjectivities() == null ? "" : String.join("; ", q.subjectivities()),
                q.validUntil() == null ? "" : q.validUntil().toString().substring(0, 10),
                q.premium() == null ? null : new BigDecimal(q.premium().amount()), q.reinsurerId());
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
        // Followers: every reinsurer and pool that meets the security policy, except the lead and,
        // unless the broker asked for them, those that declined this placement
        List<UUID> leftOut = includeDeclined.get() ? List.of() : declined.stream().map(Declined::reinsurerId).toList();
        List<UUID> followers = eligible.stream().map(UUID::fromString)
                .filter(id -> !id.equals(row.reinsurerId()) && !leftOut.contains(id)).toList();
        String leftOutNames = leftOut.stream().map(this::name).collect(Collectors.joining(", "));
        run("board-accept", ctx -> desk.acceptIntoFirmOrder(p.id(), row.quoteId(), order, followers), placed -> {
            tell(leftOut.isEmpty() ? text("quoteboard.accepted", row.reinsurer())
                    : text("quoteboard.acceptedWithout", row.reinsurer(), leftOutNames));
            refresh();
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty orderShareProperty() {
        return orderShare;
    }

    /** The reinsurers that declined the chosen placement's quote. */
    public ObservableList<Declined> declined() {
        return declined;
    }

    /** Whether the firm order asks the reinsurers that declined to write a line anyway (off by default). */
    public BooleanProperty includeDeclinedProperty() {
        return includeDeclined;
    }

    /** The warning naming the reinsurers that declined and what the firm order does with them; empty if none. */
    public ReadOnlyStringProperty declinedWarningProperty() {
        return declinedWarning.getReadOnlyProperty();
    }
}
