package io.redesk.store;

/** A vault already exists for this profile: creating another would destroy it, so it is refused. */
public final class VaultExistsException extends VaultException {
    public VaultExistsException(String profile) {
        super("A vault already exists for profile '" + profile + "'. Unlock it, or destroy it first.");
    }
}
