package io.redesk.store.doc;

/** Hands repositories the vault's current session, or throws {@code VaultLockedException}. */
@FunctionalInterface
public interface SessionSource {
    Session current();
}
