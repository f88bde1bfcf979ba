package io.redesk.app.session;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.party.Me;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.party.Role;
import io.redesk.sdk.model.party.User;
import io.redesk.store.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed-in user's services, handed to every view: the unlocked vault, the exchange client
 * (signed in), who the user is (user, organisation, roles) and which exchange it is. The composition
 * root of the desk: views never build clients or open vaults themselves.
 *
 * <p>Services that live as long as the session (the sync engine, the {@link ExchangeLink}) are
 * {@linkplain #attach attached} and closed with it, in reverse order, before the client and the vault.
 * A session opened from the vault alone ({@link SignInService#signIn} while offline) knows the user from
 * the identity saved at the last sign-in; its link says whether the client is signed in yet.
 */
public final class Session implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final String profile;
    private final Vault vault;
    private final ExchangeClient client;
    private final Me me;
    private final String exchangeName;
    private final boolean demo;
    private final List<AutoCloseable> attached = new ArrayList<>();
    private boolean closed;

    /** A session over an unlocked {@code vault} and a signed-in {@code client}. */
    public Session(String profile, Vault vault, ExchangeClient client, Me me, String exchangeName, boolean demo) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.client = Objects.requireNonNull(client, "client");
        this.me = Objects.requireNonNull(me, "me");
        this.exchangeName = Objects.requireNonNull(exchangeName, "exchangeName");
        this.demo = demo;
        if (me.user() == null || me.organisation() == null) {
            throw new IllegalArgumentException("the exchange did not say who the user is");
        }
    }

    /** The local profile (vault) name. */
    public String profile() {
        return profile;
    }

    /** The user's encrypted local book. */
    public Vault vault() {
        return vault;
    }

    /** The exchange client, signed in as {@link #user()}. */
    public ExchangeClient client() {
        return client;
    }

    public User user() {
        return me.user();
    }

    public Organisation organisation() {
        return me.organisation();
    }

    /** The user's roles (never empty for a real user). */
    public List<Role> roles() {
        return me.user().roles() == null ? List.of() : me.user().roles();
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** Whether the user writes business for a reinsurer or pool (the underwriter's desk applies). */
    public boolean isUnderwriter() {
        OrgType type = organisation().type();
        return hasRole(Role.UNDERWRITER) && (type == OrgType.REINSURER || type == OrgType.POOL);
    }

    /** Whether the user places business (broker or cedent's buyer). */
    public boolean isBroker() {
        return hasRole(Role.BROKER);
    }

    /** Display name of the exchange, for the status bar. */
    public String exchangeName() {
        return exchangeName;
    }

    /** Whether the exchange is the built-in demo. */
    public boolean isDemo() {
        return demo;
    }

    /** Closes {@code service} with the session (before the client and the vault). */
    public synchronized <T extends AutoCloseable> T attach(T service) {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
        attached.add(Objects.requireNonNull(service, "service"));
        return service;
    }

    /** The first attached service of {@code type}, e.g. the sync engine once it is wired. */
    public synchronized <T> java.util.Optional<T> service(Class<T> type) {
        return attached.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Signs out at the exchange (best effort: offline is fine), closes attached services, the client, locks the vault. */
    @Override
    public void close() {
        end(true);
    }

    /**
     * Quits without signing out: like {@link #close()}, but the exchange session (its tokens, kept in
     * the vault) stays valid, so the next start signs in again in the background, offline or not.
     */
    public void quit() {
        end(false);
    }

    private synchronized void end(boolean signOut) {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = attached.size() - 1; i >= 0; i--) {
            try {
                attached.get(i).close();
            } catch (Exception e) {
                LOG.warn("a session service failed to close: {}", e.toString());
            }
        }
        if (signOut) {
            try {
                client.auth().logout();
            } catch (RuntimeException e) {
                // offline or the exchange is gone: the tokens are forgotten locally anyway
                LOG.info("sign-out could not reach the exchange: {}", e.getMessage());
            }
        }
        client.close();
        vault.close();
    }
}
