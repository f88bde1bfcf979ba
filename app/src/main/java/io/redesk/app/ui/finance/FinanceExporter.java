package io.redesk.app.ui.finance;

import io.redesk.app.export.CsvExport;
import io.redesk.app.export.ExportTable;
import io.redesk.app.export.Exports;
import io.redesk.app.export.XlsxExport;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.task.TaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;

/**
 * Exports a finance list as shown to XLSX or CSV on the executor (off the FX thread) and says where the
 * file went, or why it failed. One per page; its buttons sit on the page's toolbar.
 */
public final class FinanceExporter {

    private final Exports exports;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private volatile Path last;

    public FinanceExporter(Exports exports, TaskExecutor executor, I18n i18n) {
        this.exports = exports;
        this.executor = executor;
        this.i18n = i18n;
    }

    /** Writes {@code table} as {@code format}; {@code done} gets the file. */
    public void export(String base, Exports.Format format, ExportTable table, Consumer<Path> done) {
        outcome.set(i18n.text("finance.export.writing"));
        executor.execute(BackgroundTask.of("finance-export", ctx -> exports.write(base, format, LocalDateTime.now(),
                out -> {
                    if (format == Exports.Format.XLSX) {
                        XlsxExport.write(table, out);
                    } else {
                        CsvExport.write(table, out);
                    }
                })).onSuccess(p -> {
            last = p;
            outcome.set(i18n.text("finance.export.written", p.toString()));
            done.accept(p);
        }).onFailure(e -> outcome.set(i18n.text("finance.export.failed", FinanceText.reason(e)))));
    }

    /** Writes a file with {@code body} (a PDF) and reports as the list exports do. */
    public void exportFile(String base, Exports.Format format, Exports.Body body) {
        outcome.set(i18n.text("finance.export.writing"));
        executor.execute(BackgroundTask.of("finance-export", ctx -> exports.write(base, format, LocalDateTime.now(), body))
                .onSuccess(p -> {
                    last = p;
                    outcome.set(i18n.text("finance.export.written", p.toString()));
                })
                .onFailure(e -> outcome.set(i18n.text("finance.export.failed", FinanceText.reason(e)))));
    }

    /** The XLSX and CSV buttons for a list (ids {@code <id>-export-xlsx}, {@code <id>-export-csv}). */
    public HBox buttons(String id, Supplier<ExportTable> table) {
        Button xlsx = new Button();
        xlsx.setId(id + "-export-xlsx");
        xlsx.textProperty().bind(i18n.bind("finance.export.xlsx"));
        xlsx.setOnAction(e -> export(id, Exports.Format.XLSX, table.get(), p -> { }));
        Button csv = new Button();
        csv.setId(id + "-export-csv");
        csv.textProperty().bind(i18n.bind("finance.export.csv"));
        csv.setOnAction(e -> export(id, Exports.Format.CSV, table.get(), p -> { }));
        xlsx.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.X,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN),
                        () -> fireIfShown(xlsx));
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.V,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN),
                        () -> fireIfShown(csv));
            }
        });
        javafx.scene.control.Label said = new javafx.scene.control.Label();
        said.setId(id + "-export-outcome");
        said.textProperty().bind(outcome);
        said.setWrapText(true);
        said.setMaxWidth(420);
        return new HBox(6, xlsx, csv, said);
    }

    private static void fireIfShown(Button b) {
        // pages leave the scene when another is shown: a shortcut only fires on the page in view
        if (b.getScene() != null && !b.isDisabled()) {
            b.fire();
        }
    }

    /** Where the last export went, or said why it failed. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The last file written (tests). */
    public Path lastFile() {
        return last;
    }
}
