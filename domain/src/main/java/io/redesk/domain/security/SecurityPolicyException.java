package io.redesk.domain.security;

/** A flagged reinsurer was to be invited or accepted without a valid override. */
public class SecurityPolicyException extends IllegalStateException {

    private final SecurityCheck check;

    public SecurityPolicyException(String message, SecurityCheck check) {
        super(message);
        this.check = check;
    }

    public SecurityCheck check() {
        return check;
    }
}
