package io.redesk.app.ui.inquiry;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.desk.Security;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.placement.PlacementPageModel;
import io.redesk.sdk.model.placement.Placement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inquiry: the broker picks reinsurers and pools (ratings shown, the domain's security verdict
 * applied), gives an override reason for any below the policy, sets a deadline and sends.
 */
public final class InquiryViewModel extends PlacementPageModel {

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

    private final String userId;
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final StringProperty deadline = new SimpleStringProperty(this, "deadline", LocalDate.now().plusDays(14).toString());
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public InquiryViewModel(BrokerDesk desk, TaskExecutor executor, I18n i18n, String userId) {
        super(desk, executor, i18n);
        this.userId = userId;
    }

    /** Loads the broker's placements and the candidates with their verdicts. */
    public void load() {
        run("inquiry-candidates", ctx -> desk.candidates(false),
                found -> candidates.setAll(found.stream().map(Candidate::new).toList()));
        // quote requests go out for a submitted placement, or one already under inquiry (more reinsurers)
        loadPlacements("inquiry-load", ctx -> desk.myPlacements().stream()
                .filter(p -> p.status() == io.redesk.sdk.model.placement.PlacementStatus.SUBMITTED
                        || p.status() == io.redesk.sdk.model.placement.PlacementStatus.INQUIRY).toList());
    }

    /** Sends the quote requests; refused with a clear reason if an override reason is missing. */
    public void send() {
        Placement p = placementProperty().get();
        if (p == null) {
            tell(text("inquiry.choosePlacement"));
            return;
        }
        List<Candidate> invited = candidates.stream().filter(c -> c.invited.get()).toList();
        if (invited.isEmpty()) {
            tell(text("inquiry.chooseReinsurer"));
            return;
        }
        for (Candidate c : invited) {
            if (c.security.needsOverride() && c.overrideReason.get().isBlank()) {
                tell(text("inquiry.overrideNeeded", c.security.name()));
                return;
            }
        }
        LocalDate due;
        try {
            due = LocalDate.parse(deadline.get().trim());
        } catch (DateTimeParseException e) {
            tell(text("validation.notDate"));
            return;
        }
        Map<String, String> reasons = new HashMap<>();
        invited.forEach(c -> reasons.put(c.security.id(), c.overrideReason.get()));
        UUID id = p.id();
        run("inquiry-send", ctx -> desk.invite(id, invited.stream().map(Candidate::security).toList(),
                reasons, due.atTime(17, 0).toInstant(ZoneOffset.ofHours(8)), message.get(), userId),
                inq -> tell(text("inquiry.sent", inq.quotes().size())));
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
}
