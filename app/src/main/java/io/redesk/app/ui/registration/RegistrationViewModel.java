package io.redesk.app.ui.registration;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.placement.PlacementPageModel;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;


import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Contract registration: before anything is sent, the screen lists exactly the fields that will leave
 * the machine (the request itself, not a description of it); sending returns the exchange's receipt
 * (registration number and time), which is shown and kept.
 */
public final class RegistrationViewModel extends PlacementPageModel {

    /** One field that leaves the machine. */
    public record Field(String name, String value) {
    }

    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper receipt = new ReadOnlyStringWrapper(this, "receipt", "");
    private ContractRegistrationRequest pending;

    public RegistrationViewModel(BrokerDesk desk, TaskExecutor executor, I18n i18n) {
        super(desk, executor, i18n);
        placementProperty().addListener((o, a, b) -> prepare());
    }

    public void load() {
        loadPlacements("registration-load", ctx -> desk.myPlacements().stream()
                .filter(p -> p.status() == PlacementStatus.BOUND || p.status() == PlacementStatus.REGISTERED).toList());
    }

    /** Builds the request for the chosen placement and lists its fields. */
    private void prepare() {
        Placement p = placementProperty().get();
        fields.clear();
        pending = null;
        receipt.set("");
        if (p == null) {
            return;
        }
        if (p.status() == PlacementStatus.REGISTERED) {
            run("registration-receipt", ctx -> desk.receipt(p.id()),
                    r -> receipt.set(text("registration.receipt", r.registrationNumber(), i18n.formats().dateTime(r.registeredAt()))));
            return;
        }
        run("registration-prepare", ctx -> desk.registrationRequest(p.id()), r -> {
            pending = r;
            fields.setAll(BrokerDesk.fieldsLeaving(r).entrySet().stream().map(e -> new Field(e.getKey(), e.getValue())).toList());
        });
    }

    /** Sends exactly the fields listed. */
    public void register() {
        Placement p = placementProperty().get();
        ContractRegistrationRequest r = pending;
        if (p == null || r == null) {
            tell(text("registration.nothing"));
            return;
        }
        run("registration-send", ctx -> desk.register(p.id(), r), rc -> {
            receipt.set(text("registration.receipt", rc.registrationNumber(), i18n.formats().dateTime(rc.registeredAt())));
            tell(text("registration.done"));
            pending = null;
        });
    }

    public ObservableList<Field> fields() {
        return fields;
    }

    public ReadOnlyStringProperty receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

}
