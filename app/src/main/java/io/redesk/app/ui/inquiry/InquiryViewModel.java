package io.redesk.app.ui.inquiry;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.Security;
import io.redesk.app.i18n.Localization;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.sdk.model.placement.Placement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inquiry: the broker picks reinsurers and pools (ratings shown, the domain's security verdict
 * applied), gives an override reason for any below the policy, sets a deadline and sends.
 */
public final class InquiryViewModel {

    /** One candidate row: the candidate, whether it is invited, and the override reason typed. */
    public static final class Candidate {
        private final Security security;
        private final BooleanProperty invited = new SimpleBooleanProperty(this, "invited");
        private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");

        Candidate(Security security) {
            this.security = security;
        }

        public Security security() {
            return security;
        }

        public BooleanProperty invitedProperty() {
            return invited;
        }

        public StringProperty overrideReasonProperty() {
            return overrideReason;
        }
    }

    private final BrokerDesk desk;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final String userId;
    private final ObservableList<Placement> placements = FXCollections.observableArrayList();
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>(this, "placement");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final StringProperty deadline = new SimpleStringProperty(this, "deadline", LocalDate.now().plusDays(14).toString());
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");

    public InquiryViewModel(BrokerDesk desk, TaskExecutor executor, I18n i18n, String userId) {
        this.desk = desk;
        this.executor = executor;
        this.i18n = i18n;
        this.userId = userId;
    }

    /** Loads the broker's placements and the candidates with their verdicts. */
    public void load() {
        executor.execute(BackgroundTask.of("inquiry-load", ctx -> new Loaded(desk.myPlacements(), desk.candidates(false)))
                .onSuccess(l -> {
                    placements.setAll(l.placements());
                    candidates.setAll(l.candidates().stream().map(Candidate::new).toList());
                })
                .onFailure(e -> outcome.set(text("desk.failed", e.getMessage()))));
    }

    private record Loaded(List<Placement> placements, List<Security> candidates) {
    }

    /** Sends the quote requests; refused with a clear reason if an override reason is missing. */
    public void send() {
        Placement p = placement.get();
        if (p == null) {
            outcome.set(text("inquiry.choosePlacement"));
            return;
        }
        List<Candidate> invited = candidates.stream().filter(c -> c.invited.get()).toList();
        if (invited.isEmpty()) {
            outcome.set(text("inquiry.chooseReinsurer"));
            return;
        }
        for (Candidate c : invited) {
            if (c.security.needsOverride() && c.overrideReason.get().isBlank()) {
                outcome.set(text("inquiry.overrideNeeded", c.security.name()));
                return;
            }
        }
        LocalDate due;
        try {
            due = LocalDate.parse(deadline.get().trim());
        } catch (DateTimeParseException e) {
            outcome.set(text("validation.notDate"));
            return;
        }
        Map<String, String> reasons = new HashMap<>();
        invited.forEach(c -> reasons.put(c.security.id(), c.overrideReason.get()));
        UUID id = p.id();
        executor.execute(BackgroundTask.of("inquiry-send", ctx -> desk.invite(id, invited.stream().map(Candidate::security).toList(),
                        reasons, due.atTime(17, 0).toInstant(ZoneOffset.ofHours(8)), message.get(), userId))
                .onSuccess(inq -> outcome.set(text("inquiry.sent", inq.quotes().size())))
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

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** What happened last (sent, or why not), localised. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
