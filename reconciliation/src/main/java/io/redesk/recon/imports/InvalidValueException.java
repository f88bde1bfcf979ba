package io.redesk.recon.imports;

/** A cell or field that cannot be read as what the mapping says it is; the message is the user-facing reason. */
public final class InvalidValueException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String reason) {
        super(reason);
    }
}
