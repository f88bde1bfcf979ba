package io.redesk.domain.signing;

/** The lines cannot be signed as given; the message says which line or total is wrong and why. */
public class SigningException extends IllegalArgumentException {

    public SigningException(String message) {
        super(message);
    }
}
