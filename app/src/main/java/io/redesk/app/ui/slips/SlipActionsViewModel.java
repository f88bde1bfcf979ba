package io.redesk.app.ui.slips;

import io.redesk.app.i18n.Localization;
import io.redesk.app.pdf.SlipExport;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.desk.SlipEditing;
import io.redesk.app.desk.UnknownCedentException;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.placement.PlacementStatus;
import io.redesk.domain.validation.ValidationException;
import io.redesk.domain.workflow.IllegalTransitionException;

import java.time.Duration;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The Slips page's toolbar actions that report an outcome: *Submit* (through the outbox when the session
 * syncs, ADR 0791; directly otherwise) and *Export PDF* ({@link SlipExport}). It says, in the user's
 * language, where a submission stands or why it was refused, and counts the actions still running.
 */
public final class SlipActionsViewModel {

    /** How long Submit waits for the exchange's answer before it says "queued" (it goes out later by itself). */
    static final Duration FIRST_ATTEMPT = Duration.ofSeconds(10);

    private final SlipEditorViewModel editor;
    private final boolean throughOutbox;
    private final SlipExport export;
    private final I18n i18n;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final IntegerProperty running = new SimpleIntegerProperty(this, "running");

    public SlipActionsViewModel(SlipEditorViewModel editor, SlipEditing workflow, SlipExport export, I18n i18n,
                                TaskExecutor executor) {
        this.editor = editor;
        this.throughOutbox = workflow.syncs();
        this.export = export;
        this.i18n = i18n;
        this.executor = executor;
        editor.sentProperty().addListener((o, a, b) -> outcome.set(b));
    }

    /** What the last action did, localised (empty before any). */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while a submission or an export runs. */
    public BooleanBinding busy() {
        return running.greaterThan(0);
    }

    /** Submits the open slip after the domain's submission check. */
    public void submit() {
        outcome.set(i18n.text("slips.submitting"));
        started();
        boolean asked = throughOutbox
                ? editor.submit(FIRST_ATTEMPT, done -> {
                    finished();
                    outcome.set(switch (done.delivery()) {
                        case SENT -> i18n.text("slips.submitted", done.umr());
                        case PENDING -> i18n.text("slips.submitQueued", done.umr());
                        case REJECTED -> i18n.text("slips.submitRejected", done.umr(), done.reason());
                        case OVERTAKEN -> i18n.text("slips.submitOvertaken", done.umr());
                    });
                }, this::refused)
                : editor.submitDirect(p -> {
                    finished();
                    outcome.set(i18n.text("slips.submitted", p.umr()));
                }, this::refused);
        if (!asked) {
            finished();
            outcome.set(i18n.text("slips.fixFirst"));
        }
    }

    private void refused(Throwable e) {
        finished();
        outcome.set(e instanceof ValidationException v
                ? i18n.text("desk.failed", v.errors().get(0).field() + ": " + v.errors().get(0).message())
                : e instanceof IllegalTransitionException t
                ? i18n.text("slips.submitNotDraft", t.from() instanceof PlacementStatus from
                        ? i18n.text(StatusText.keyOf(from)) : String.valueOf(t.from()))
                : e instanceof UnknownCedentException u
                ? i18n.text("desk.failed", i18n.text("slips.unknownCedent", u.reinsured(), String.join(", ", u.known())))
                : i18n.text("desk.failed", e.getMessage()));
    }

    /** Writes the open slip as a PDF into the exports folder (off the FX thread). */
    public void exportPdf() {
        var form = editor.form();
        String title = editor.titleProperty().get();
        Localization l = Localization.of(i18n.getLanguage());
        outcome.set(i18n.text("slips.pdfWriting"));
        started();
        executor.execute(BackgroundTask.of("slip-pdf", ctx -> export.write(title, form, l)).onSuccess(f -> {
            finished();
            outcome.set(i18n.text("slips.pdfWritten", f.toString()));
        }).onFailure(e -> {
            finished();
            outcome.set(i18n.text("desk.failed", e.getMessage()));
        }));
    }

    private void started() {
        running.set(running.get() + 1);
    }

    private void finished() {
        running.set(Math.max(0, running.get() - 1));
    }
}
