package io.redesk.app.task;

/**
 * How far a background task has got.
 *
 * @param done  work units finished, between 0 and {@code total}
 * @param total work units in all; 0 when unknown (indeterminate progress)
 */
public record Progress(long done, long total) {

    public Progress {
        if (total < 0 || done < 0 || (total > 0 && done > total)) {
            throw new IllegalArgumentException("progress must satisfy 0 <= done <= total, got " + done + "/" + total);
        }
    }

    /** Finished fraction between 0 and 1, or -1 when the total is unknown (as JavaFX progress bars expect). */
    public double fraction() {
        return total == 0 ? -1 : (double) done / total;
    }
}
