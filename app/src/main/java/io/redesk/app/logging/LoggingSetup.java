package io.redesk.app.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Points logback at the rotated log file in the user's application-data folder.
 *
 * <p>The configuration lives in {@code io/redesk/app/logging/logback-app.xml} rather than a root
 * {@code logback.xml}, so another module's logback file on the class path cannot take over the
 * desktop app's logging. This is the only class that touches logback directly; everything else logs
 * through slf4j.
 */
public final class LoggingSetup {

    /** Logback property holding the log folder, used by {@code logback-app.xml}. */
    public static final String LOG_DIR_PROPERTY = "LOG_DIR";
    static final String CONFIG = "/io/redesk/app/logging/logback-app.xml";

    private LoggingSetup() {
    }

    /**
     * Replaces the current logback configuration with the app's file logging into {@code logDir}.
     *
     * @throws IllegalStateException if slf4j is not bound to logback or the configuration is broken
     */
    public static void configure(Path logDir) {
        Objects.requireNonNull(logDir, "logDir");
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            throw new IllegalStateException("slf4j is bound to " + factory.getClass().getName() + ", not logback");
        }
        URL config = LoggingSetup.class.getResource(CONFIG);
        if (config == null) {
            throw new IllegalStateException("logging configuration " + CONFIG + " is missing from the class path");
        }
        context.reset();
        context.putProperty(LOG_DIR_PROPERTY, logDir.toAbsolutePath().toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            throw new IllegalStateException("logging configuration " + CONFIG + " is invalid: " + e.getMessage(), e);
        }
    }
}
