package io.redesk.app.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.model.WireJson;
import io.redesk.sdk.model.party.Me;
import io.redesk.store.vault.Vault;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The last identity a profile signed in with (user, organisation, roles as the exchange said) and the
 * exchange it belongs to, kept in the profile's vault (sealed like every record, ADR 0800). Unlocking
 * with the passphrase alone opens the desk from it, whatever the network; a later exchange sign-in must
 * be the same user on the same exchange.
 *
 * @param exchange   which exchange: {@link #BUILT_IN_DEMO} or the configured base URL
 * @param me         who the user is, as the exchange last said
 * @param signedInAt when the exchange last confirmed it
 */
public record StoredIdentity(String exchange, Me me, Instant signedInAt) {

    /** The {@link #exchange} of the built-in demo exchange (its port changes with every start). */
    public static final String BUILT_IN_DEMO = "built-in-demo";

    /** The vault value holding it. */
    static final String VALUE = "session.identity";

    private static final ObjectMapper JSON = WireJson.newMapper();

    public StoredIdentity {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(me, "me");
        Objects.requireNonNull(signedInAt, "signedInAt");
        if (me.user() == null || me.user().id() == null || me.user().username() == null || me.organisation() == null) {
            throw new IllegalArgumentException("an identity needs the user (id and name) and the organisation");
        }
    }

    /** The identity key of the exchange {@code settings} point at. */
    public static String exchangeOf(ExchangeSettings settings) {
        return settings.url().orElse(BUILT_IN_DEMO);
    }

    /** The user name at the exchange. */
    public String username() {
        return me.user().username();
    }

    /** Whether this identity belongs to the exchange {@code settings} point at. */
    public boolean belongsTo(ExchangeSettings settings) {
        return exchange.equals(exchangeOf(settings));
    }

    /** The identity saved in {@code vault}, if a sign-in ever completed with it. */
    public static Optional<StoredIdentity> load(Vault vault) {
        return vault.value(VALUE).map(json -> {
            try {
                return JSON.readValue(json, StoredIdentity.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the profile's saved identity is unreadable: " + e.getOriginalMessage(), e);
            }
        });
    }

    /** Saves this identity into {@code vault} (replacing the previous one). */
    public void saveTo(Vault vault) {
        try {
            vault.saveValue(VALUE, JSON.writeValueAsString(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the identity", e);
        }
    }
}
