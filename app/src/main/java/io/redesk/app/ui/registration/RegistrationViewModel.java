package io.redesk.app.ui.registration;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.i18n.Localization;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;


import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Contract registration: before anything is sent, the screen lists exactly the fields that will leave
 * the machine (the request itself, not a description of it); sending returns the exchange's receipt
 * (registration number and time), which is shown and kept.
 */
public final class RegistrationViewModel {

    /** One field that leaves the machine. */
    public record Field(String name, String value) {
    }

    private final BrokerDesk desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<Placement> placements = FXCollections.observableArrayList();
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>(this, "placement");
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper receipt = new ReadOnlyStringWrapper(this, "receipt", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private ContractRegistrationRequest pending;

    public RegistrationViewModel(BrokerDesk desk, TaskExecutor executor, I18n i18n) {
        this.desk = desk;
        this.executor = executor;
        this.i18n = i18n;
        placement.addListener((o, a, b) -> prepare());
    }

    public void load() {
        executor.execute(BackgroundTask.of("registration-load", ctx -> desk.myPlacements().stream()
                        .filter(p -> p.status() == PlacementStatus.BOUND || p.status() == PlacementStatus.REGISTERED).toList())
                .onSuccess(placements::setAll).onFailure(e -> outcome.set(text("desk.failed", e.getMessage()))));
    }

    /** Builds the request for the chosen placement and lists its fields. */
    private void prepare() {
        Placement p = placement.get();
        fields.clear();
        pending = null;
        receipt.set("");
        if (p == null) {
            return;
        }
        if (p.status() == PlacementStatus.REGISTERED) {
            executor.execute(BackgroundTask.of("registration-receipt", ctx -> desk.receipt(p.id()))
                    .onSuccess(r -> receipt.set(text("registration.receipt", r.registrationNumber(), r.registeredAt().toString())))
                    .onFailure(e -> outcome.set(text("desk.failed", e.getMessage()))));
            return;
        }
        executor.execute(BackgroundTask.of("registration-prepare", ctx -> desk.registrationRequest(p.id()))
                .onSuccess(r -> {
                    pending = r;
                    fields.setAll(BrokerDesk.fieldsLeaving(r).entrySet().stream().map(e -> new Field(e.getKey(), e.getValue())).toList());
                })
                .onFailure(e -> outcome.set(text("desk.failed", e.getMessage()))));
    }

    /** Sends exactly the fields listed. */
    public void register() {
        Placement p = placement.get();
        ContractRegistrationRequest r = pending;
        if (p == null || r == null) {
            outcome.set(text("registration.nothing"));
            return;
        }
        executor.execute(BackgroundTask.of("registration-send", ctx -> desk.register(p.id(), r))
                .onSuccess(rc -> {
                    receipt.set(text("registration.receipt", rc.registrationNumber(), rc.registeredAt().toString()));
                    outcome.set(text("registration.done"));
                    pending = null;
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

    public ObservableList<Field> fields() {
        return fields;
    }

    public ReadOnlyStringProperty receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

}
