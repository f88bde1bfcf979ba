package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.desk.finance.InvoiceView;
import io.redesk.app.desk.finance.Queued;
import io.redesk.app.export.ExportTable;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.sdk.model.account.InvoiceStatus;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Invoices page's state (issue 12): every invoice the user's organisation issues or receives, with
 * the VAT treatment and the rule that decided it, where it stands in its lifecycle
 * (requested → issued → delivered → confirmed, or exempt, or voided by a red-letter reversal), the
 * withholding certificate of a withheld-VAT invoice, and the steps the user's side takes next.
 */
public final class InvoicesViewModel {

    /** What the user's organisation may do with an invoice now. */
    public enum Step { ISSUE, DELIVER, CONFIRM, VOID }

    private final FinanceContext desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<InvoiceView> rows = FXCollections.observableArrayList();
    private final ObjectProperty<InvoiceView> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty invoiceNumber = new SimpleStringProperty(this, "invoiceNumber", "");
    private final StringProperty redNumber = new SimpleStringProperty(this, "redNumber", "");
    private final StringProperty voidReason = new SimpleStringProperty(this, "voidReason", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private UUID wantOpen;

    public InvoicesViewModel(FinanceContext desk, TaskExecutor executor, I18n i18n) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        invoiceNumber.addListener((o, a, b) -> formError.set(""));
        redNumber.addListener((o, a, b) -> formError.set(""));
        voidReason.addListener((o, a, b) -> formError.set(""));
    }

    public void reload() {
        executor.execute(BackgroundTask.of("finance-invoices", ctx -> desk.book().invoices()).onSuccess(list -> {
            UUID was = wantOpen != null ? wantOpen : selected.get() == null ? null : selected.get().id();
            wantOpen = null;
            rows.setAll(list);
            emptyText.set(list.isEmpty() ? i18n.text("finance.invoices.none") : "");
            selected.set(was == null ? null : list.stream().filter(i -> i.id().equals(was)).findFirst().orElse(null));
        }).onFailure(e -> emptyText.set(i18n.text("finance.failed", FinanceText.reason(e)))));
    }

    /** Opens invoice {@code id} (from Home) once the list is loaded. */
    public void open(UUID id) {
        rows.stream().filter(i -> i.id().equals(id)).findFirst().ifPresentOrElse(selected::set, () -> wantOpen = id);
    }

    /** The steps the user's side may take on {@code i} now (the domain's lifecycle, issuer or recipient). */
    public List<Step> steps(InvoiceView i) {
        UUID me = desk.book().organisationId();
        boolean issuer = me.equals(i.issuerId());
        boolean recipient = me.equals(i.recipientId());
        return switch (i.status()) {
            case REQUESTED -> issuer ? List.of(Step.ISSUE) : List.of();
            case ISSUED -> issuer ? List.of(Step.DELIVER, Step.VOID) : List.of();
            case DELIVERED -> recipient ? List.of(Step.CONFIRM) : issuer ? List.of(Step.VOID) : List.of();
            case CONFIRMED, EXEMPT, VOIDED -> List.of();
        };
    }

    /** The lifecycle as the invoice went through it, this step marked ("Requested → Issued → [Delivered] → Confirmed"). */
    public String lifecycle(InvoiceView i) {
        List<InvoiceStatus> path = switch (i.status()) {
            case EXEMPT -> List.of(InvoiceStatus.REQUESTED, InvoiceStatus.EXEMPT);
            case VOIDED -> List.of(InvoiceStatus.REQUESTED, InvoiceStatus.ISSUED, InvoiceStatus.VOIDED);
            default -> List.of(InvoiceStatus.REQUESTED, InvoiceStatus.ISSUED, InvoiceStatus.DELIVERED, InvoiceStatus.CONFIRMED);
        };
        StringBuilder out = new StringBuilder();
        for (InvoiceStatus s : path) {
            if (out.length() > 0) {
                out.append(" → ");
            }
            String label = i18n.text(FinanceLabels.invoice(s));
            out.append(s == i.status() ? "[" + label + "]" : label);
        }
        return out.toString();
    }

    public void issue() {
        InvoiceView i = selected.get();
        String number = invoiceNumber.get() == null ? "" : invoiceNumber.get();
        if (!number.matches("[A-Za-z0-9-]{1,32}")) {
            formError.set(i18n.text("finance.invoices.badNumber", number));
            return;
        }
        run(() -> desk.actions().issueInvoice(i.id(), number), i18n.text("finance.invoices.issued", number));
    }

    public void deliver() {
        InvoiceView i = selected.get();
        run(() -> desk.actions().deliverInvoice(i.id()), i18n.text("finance.invoices.delivered", number(i)));
    }

    public void confirm() {
        InvoiceView i = selected.get();
        run(() -> desk.actions().confirmInvoice(i.id()), i18n.text("finance.invoices.confirmed", number(i)));
    }

    /** Voids the open invoice with its red-letter reversal's number and a reason (both required). */
    public void voidInvoice() {
        InvoiceView i = selected.get();
        String red = redNumber.get() == null ? "" : redNumber.get();
        String reason = voidReason.get() == null ? "" : voidReason.get();
        if (!red.matches("[A-Za-z0-9-]{1,32}")) {
            formError.set(i18n.text("finance.invoices.badNumber", red));
            return;
        }
        if (reason.isBlank()) {
            formError.set(i18n.text("finance.invoices.reasonRequired"));
            return;
        }
        run(() -> desk.actions().voidInvoice(i.id(), red, reason), i18n.text("finance.invoices.voided", number(i), red));
    }

    private String number(InvoiceView i) {
        return i.invoiceNumber() == null ? i18n.text("finance.invoices.unnumbered") : i.invoiceNumber();
    }

    private void run(Supplier<Queued> action, String done) {
        executor.execute(BackgroundTask.of("finance-invoice", ctx -> action.get()).onSuccess(q -> {
            message.set(done);
            invoiceNumber.set("");
            redNumber.set("");
            voidReason.set("");
            reload();
        }).onFailure(e -> formError.set(i18n.text("finance.refused", FinanceText.reason(e)))));
    }

    public List<FinanceColumn<InvoiceView>> columns() {
        return List.of(
                new FinanceColumn<>(key("finance.col.invoiceNumber"), ExportTable.Kind.REFERENCE, i -> i.invoiceNumber() == null ? "" : i.invoiceNumber()),
                new FinanceColumn<>(key("finance.col.contract"), ExportTable.Kind.REFERENCE, InvoiceView::contractReference),
                new FinanceColumn<>(key("finance.col.reinsurer"), ExportTable.Kind.TEXT, i -> desk.name(i.reinsurerId(), i18n.getLanguage())),
                new FinanceColumn<>(key("finance.col.vat"), ExportTable.Kind.TEXT, i -> i18n.text(FinanceLabels.vat(i.treatment()))),
                new FinanceColumn<>(key("finance.col.gross"), ExportTable.Kind.AMOUNT, InvoiceView::gross),
                new FinanceColumn<>(key("finance.col.vatAmount"), ExportTable.Kind.AMOUNT, InvoiceView::vat),
                new FinanceColumn<>(key("finance.col.net"), ExportTable.Kind.AMOUNT, InvoiceView::net),
                new FinanceColumn<>(key("finance.col.status"), ExportTable.Kind.TEXT,
                        i -> FinanceText.withSync(i18n, i18n.text(FinanceLabels.invoice(i.status())), i.sync())));
    }

    public ExportTable exportTable() {
        return FinanceColumn.export(i18n.text("nav.invoices"), columns(), List.copyOf(rows), i18n::text);
    }

    public ObservableList<InvoiceView> rows() {
        return rows;
    }

    public ObjectProperty<InvoiceView> selectedProperty() {
        return selected;
    }

    public StringProperty invoiceNumberProperty() {
        return invoiceNumber;
    }

    public StringProperty redNumberProperty() {
        return redNumber;
    }

    public StringProperty voidReasonProperty() {
        return voidReason;
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public FinanceContext desk() {
        return desk;
    }
}
