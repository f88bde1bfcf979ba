package io.redesk.app.session;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the exchange connection ({@link ExchangeSettings}) in {@code exchange.properties} in the
 * app-data folder. A URL and a pin are not secrets; tokens are never written here (they live in memory
 * for the session only). A damaged file falls back to the built-in demo and says why, so a typo in the
 * file never locks the user out.
 */
public final class ExchangeSettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeSettingsStore.class);
    private static final String URL = "exchange.url";
    private static final String PIN = "exchange.pin";

    private final Path file;

    /** A store writing {@code file}. */
    public ExchangeSettingsStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The saved settings plus the reason they could not be used, if any. */
    public record Loaded(ExchangeSettings settings, Optional<String> problem) {
    }

    /** Reads the file; no file means the built-in demo. */
    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(ExchangeSettings.builtInDemo(), Optional.empty());
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("cannot read the exchange settings {}: {}", file, e.getMessage());
            return new Loaded(ExchangeSettings.builtInDemo(), Optional.of(file + ": " + e.getMessage()));
        }
        String url = p.getProperty(URL, "");
        if (url.isBlank()) {
            return new Loaded(ExchangeSettings.builtInDemo(), Optional.empty());
        }
        try {
            return new Loaded(ExchangeSettings.configured(url, p.getProperty(PIN)), Optional.empty());
        } catch (IllegalArgumentException e) {
            LOG.warn("the saved exchange settings are not usable: {}", e.getMessage());
            return new Loaded(ExchangeSettings.builtInDemo(), Optional.of(e.getMessage()));
        }
    }

    /** Writes {@code settings} atomically (a crash leaves the old file or the new one, never half). */
    public void save(ExchangeSettings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Properties p = new Properties();
        settings.url().ifPresent(u -> p.setProperty(URL, u));
        settings.pin().ifPresent(pin -> p.setProperty(PIN, pin));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "ReDesk exchange connection; empty URL = built-in demo exchange");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
