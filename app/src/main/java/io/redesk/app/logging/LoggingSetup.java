package io.redesk.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points logback at the rotated log file in the user's application-data folder: {@code redesk.log},
 * rolled daily and at 10 MB, 14 days kept, 200 MB at most.
 *
 * <p>The configuration is built in code, not read from XML: logback's XML configurator alone took
 * about 0.6 s of a cold start (issue 14), before the window could open. The desktop launcher names the
 * folder in {@value #DIR_PROPERTY} before anything logs; logback then finds {@link AtStart} through
 * {@code ServiceLoader} and configures itself with it directly, so no XML file is looked for or parsed
 * (neither ours nor another module's {@code logback.xml} on the class path). Without the property
 * (tests, the exchange's own jar) logback's usual lookup applies. This package is the only one that
 * touches logback; everything else logs through slf4j.
 */
public final class LoggingSetup {

    /** System property holding the log folder; set by the launcher before the first log call. */
    public static final String DIR_PROPERTY = "redesk.logging.dir";
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    private LoggingSetup() {
    }

    /**
     * Replaces the current logback configuration with the app's file logging into {@code logDir}.
     *
     * @throws IllegalStateException if slf4j is not bound to logback
     */
    public static void configure(Path logDir) {
        Objects.requireNonNull(logDir, "logDir");
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            throw new IllegalStateException("slf4j is bound to " + factory.getClass().getName() + ", not logback");
        }
        context.reset();
        apply(context, logDir);
    }

    static void apply(LoggerContext context, Path logDir) {
        String dir = logDir.toAbsolutePath().toString();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/redesk.log");
        file.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(dir + "/redesk.%d{yyyy-MM-dd}.%i.log.gz");
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }

    /**
     * Logback's start-up configurator (registered in {@code META-INF/services}): the app's file logging
     * when the launcher has named the folder, else logback's usual XML lookup.
     */
    public static final class AtStart extends ch.qos.logback.core.spi.ContextAwareBase
            implements ch.qos.logback.classic.spi.Configurator {

        /** Called by {@code ServiceLoader}. */
        public AtStart() {
        }

        @Override
        public ExecutionStatus configure(LoggerContext context) {
            String dir = System.getProperty(DIR_PROPERTY, "");
            if (dir.isBlank()) {
                return ExecutionStatus.INVOKE_NEXT_IF_ANY;
            }
            apply(context, Path.of(dir));
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
    }
}
