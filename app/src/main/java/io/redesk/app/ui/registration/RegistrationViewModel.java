package io.redesk.app.ui.registration;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.PartyNames;
import io.redesk.app.i18n.Language;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.placement.PlacementPageModel;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;
import io.redesk.sdk.model.registration.RegisteredLine;
import io.redesk.sdk.model.registration.RegistrationReceipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;


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

    /**
     * One field that leaves the machine: its name, what the user reads ({@code value}: a party's name in
     * the user's language, "name · signed %" for a line) and, for a party, the id that is actually sent
     * as {@code secondary} text (empty for other fields).
     */
    public record Field(String name, String value, String secondary) {
    }

    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper receipt = new ReadOnlyStringWrapper(this, "receipt", "");
    private final ReadOnlyStringWrapper receiptParties = new ReadOnlyStringWrapper(this, "receiptParties", "");
    private ContractRegistrationRequest pending;
    /** The request listed (kept after sending, so the receipt still shows what was registered). */
    private ContractRegistrationRequest listed;
    private PartyNames parties;

    public RegistrationViewModel(BrokerDesk desk, TaskExecutor executor, I18n i18n) {
        super(desk, executor, i18n);
        placementProperty().addListener((o, a, b) -> prepare());
        i18n.languageProperty().addListener((o, a, b) -> relabel());
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
        listed = null;
        receipt.set("");
        receiptParties.set("");
        if (p == null) {
            return;
        }
        if (p.status() == PlacementStatus.REGISTERED) {
            run("registration-receipt", ctx -> new Registered(desk.receipt(p.id()), desk.parties()), r -> {
                parties = r.parties();
                receipt.set(text("registration.receipt", r.receipt().registrationNumber(),
                        i18n.formats().dateTime(r.receipt().registeredAt())));
                showParties(p.cedentId(), p.brokerId());
            });
            return;
        }
        run("registration-prepare", ctx -> new Prepared(desk.registrationRequest(p.id()), desk.parties()), r -> {
            pending = r.request();
            listed = r.request();
            parties = r.parties();
            relabel();
        });
    }

    private record Registered(RegistrationReceipt receipt, PartyNames parties) {
    }

    private record Prepared(ContractRegistrationRequest request, PartyNames parties) {
    }

    /** Lists the request's fields, parties by name in the user's language (ids as secondary text). */
    private void relabel() {
        ContractRegistrationRequest r = listed;
        if (r == null || parties == null) {
            Placement p = placementProperty().get();
            if (p != null && parties != null && !receipt.get().isEmpty()) {
                showParties(p.cedentId(), p.brokerId());
            }
            return;
        }
        Language language = i18n.getLanguage();
        List<Field> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : BrokerDesk.fieldsLeaving(r).entrySet()) {
            rows.add(switch (e.getKey()) {
                case "cedentId" -> party(e.getKey(), r.cedentId(), language);
                case "brokerId" -> party(e.getKey(), r.brokerId(), language);
                default -> new Field(e.getKey(), e.getValue(), "");
            });
        }
        for (int i = 0; i < r.lines().size(); i++) {
            RegisteredLine l = r.lines().get(i);
            String name = "lines[" + i + "]";
            rows.replaceAll(f -> f.name().equals(name) ? new Field(name, parties.name(l.reinsurerId(), language) + " · "
                    + l.signedShare() + "%", l.reinsurerId() == null ? "" : l.reinsurerId().toString()) : f);
        }
        fields.setAll(rows);
        if (!receipt.get().isEmpty()) {
            showParties(r.cedentId(), r.brokerId());
        }
    }

    private Field party(String field, UUID id, Language language) {
        return new Field(field, parties.name(id, language), id == null ? "" : id.toString());
    }

    /** The receipt's parties line: the cedent and the broker by name. */
    private void showParties(UUID cedentId, UUID brokerId) {
        Language language = i18n.getLanguage();
        receiptParties.set(text("registration.receiptParties", parties.name(cedentId, language),
                parties.name(brokerId, language)));
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
            showParties(r.cedentId(), r.brokerId());
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

    /** Who the registered contract is between, by name in the user's language ("Cedent … · broker …"). */
    public ReadOnlyStringProperty receiptPartiesProperty() {
        return receiptParties.getReadOnlyProperty();
    }

}
