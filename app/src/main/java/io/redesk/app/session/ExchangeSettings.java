package io.redesk.app.session;

import io.redesk.sdk.ExchangeClientOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * Which exchange the app talks to: the built-in demo (no URL configured) or a configured URL with its
 * certificate pin. Validation is the SDK's own ({@link ExchangeClientOptions.Builder}): an {@code http}
 * URL only to a loopback host, pins only with {@code https}, pins in the form the exchange prints.
 *
 * @param url the exchange's base URL; empty means the built-in demo exchange
 * @param pin the certificate pin ({@code sha256/BASE64}); empty means "trust the system's CAs"
 */
public record ExchangeSettings(Optional<String> url, Optional<String> pin) {

    public ExchangeSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(pin, "pin");
        url = url.map(String::trim).filter(s -> !s.isEmpty());
        pin = pin.map(String::trim).filter(s -> !s.isEmpty());
        if (url.isEmpty() && pin.isPresent()) {
            throw new IllegalArgumentException("a certificate pin needs an exchange URL");
        }
    }

    /** No exchange configured: the app starts its built-in demo exchange. */
    public static ExchangeSettings builtInDemo() {
        return new ExchangeSettings(Optional.empty(), Optional.empty());
    }

    /** A configured exchange, checked by the SDK's option rules. */
    public static ExchangeSettings configured(String url, String pin) {
        ExchangeSettings settings = new ExchangeSettings(Optional.ofNullable(url), Optional.ofNullable(pin));
        if (settings.url().isEmpty()) {
            throw new IllegalArgumentException("the exchange URL is empty");
        }
        settings.clientOptions(settings.url().get()); // throws with the SDK's specific message
        return settings;
    }

    /** Whether the built-in demo exchange is used. */
    public boolean isBuiltInDemo() {
        return url.isEmpty();
    }

    /** SDK options for talking to {@code baseUrl} with this pin. */
    ExchangeClientOptions clientOptions(String baseUrl) {
        return clientOptions(baseUrl, new io.redesk.sdk.auth.InMemoryTokenStore());
    }

    /** SDK options for talking to {@code baseUrl} with this pin, keeping tokens in {@code tokens}. */
    ExchangeClientOptions clientOptions(String baseUrl, io.redesk.sdk.auth.TokenStore tokens) {
        ExchangeClientOptions.Builder builder = ExchangeClientOptions.builder().baseUrl(baseUrl)
                .userAgent("redesk-desktop/0.1").tokenStore(tokens);
        pin.ifPresent(builder::certificatePin);
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
