package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.finance.ClaimView;
import io.redesk.app.export.ExportTable;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Claims page's state (issue 12): the claims of the book (advice, reserve, payment requests), a
 * search over reference, contract and cause, and the open claim whose payments each name the account
 * item that carries it (one click opens that account).
 */
public final class ClaimsViewModel {

    private final FinanceContext desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<ClaimView> rows = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<ClaimView> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private List<ClaimView> all = List.of();
    private UUID wantOpen;

    public ClaimsViewModel(FinanceContext desk, TaskExecutor executor, I18n i18n) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        search.addListener((o, a, b) -> filter());
    }

    public void reload() {
        executor.execute(BackgroundTask.of("finance-claims", ctx -> desk.book().claims()).onSuccess(list -> {
            all = list;
            filter();
            if (wantOpen != null) {
                open(wantOpen);
                wantOpen = null;
            }
        }).onFailure(e -> emptyText.set(i18n.text("finance.failed", FinanceText.reason(e)))));
    }

    private void filter() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        rows.setAll(q.isEmpty() ? all : all.stream().filter(c -> contains(c.ucr(), q) || contains(c.contractReference(), q)
                || contains(c.cause(), q)).toList());
        emptyText.set(rows.isEmpty() ? i18n.text(q.isEmpty() ? key("finance.claims.none") : key("finance.claims.noMatch")) : "");
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }

    /** Opens claim {@code id} (from an account's item), once the list is loaded. */
    public void open(UUID id) {
        if (all.isEmpty()) {
            wantOpen = id;
            return;
        }
        search.set("");
        all.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(selected::set);
    }

    public List<FinanceColumn<ClaimView>> columns() {
        return List.of(
                new FinanceColumn<>(key("finance.col.ucr"), ExportTable.Kind.REFERENCE, ClaimView::ucr),
                new FinanceColumn<>(key("finance.col.contract"), ExportTable.Kind.REFERENCE, ClaimView::contractReference),
                new FinanceColumn<>(key("finance.col.lossDate"), ExportTable.Kind.DATE, ClaimView::lossDate),
                new FinanceColumn<>(key("finance.col.cause"), ExportTable.Kind.TEXT, ClaimView::cause),
                new FinanceColumn<>(key("finance.col.reserve"), ExportTable.Kind.AMOUNT, ClaimView::reserve),
                new FinanceColumn<>(key("finance.col.paid"), ExportTable.Kind.AMOUNT, ClaimView::paidTotal),
                new FinanceColumn<>(key("finance.col.sync"), ExportTable.Kind.TEXT,
                        c -> FinanceText.sync(i18n, c.sync())));
    }

    public ExportTable exportTable() {
        return FinanceColumn.export(i18n.text("nav.claims"), columns(), List.copyOf(rows), i18n::text);
    }

    public ObservableList<ClaimView> rows() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ClaimView> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }
}
