package io.redesk.app.desk;

import java.util.List;

/** The reinsured named on a slip is none of the cedents the exchange knows (the direct Submit's check). */
public final class UnknownCedentException extends IllegalArgumentException {

    private final String reinsured;
    private final List<String> known;

    public UnknownCedentException(String reinsured, List<String> known) {
        super("no cedent named " + reinsured);
        this.reinsured = reinsured;
        this.known = List.copyOf(known);
    }

    /** The reinsured as typed. */
    public String reinsured() {
        return reinsured;
    }

    /** The names of the cedents the exchange knows. */
    public List<String> known() {
        return known;
    }
}
