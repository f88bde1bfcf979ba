package io.redesk.recon.cli;

import java.nio.file.Path;

/** An input file the headless run refuses, with the file, the line (0 when it concerns the whole file) and why. */
public final class BadInputException extends Exception {

    private final Path file;
    private final long line;
    private final String reason;

    public BadInputException(Path file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
