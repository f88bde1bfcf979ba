package io.redesk.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LoggingSetupTest {

    @AfterEach
    void restoreTestLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void logsGoToARollingFileInTheGivenFolder(@TempDir Path home) throws Exception {
        Path logs = home.resolve("logs");

        LoggingSetup.configure(logs);
        LoggerFactory.getLogger("io.redesk.test").info("hello from the test");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        context.stop(); // flush and close the file

        Path file = logs.resolve("redesk.log");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("INFO").contains("hello from the test");
        assertThat(appender).isInstanceOf(RollingFileAppender.class);
        var policy = (SizeAndTimeBasedRollingPolicy<?>) ((RollingFileAppender<?>) appender).getRollingPolicy();
        assertThat(policy.getFileNamePattern()).startsWith(logs.toString()).endsWith(".log.gz");
    }

    @Test
    void theLauncherNamedFolderConfiguresLogbackInCodeWithoutAnyXml(@TempDir Path home) throws Exception {
        Path logs = home.resolve("logs");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        System.setProperty(LoggingSetup.DIR_PROPERTY, logs.toString());
        try {
            LoggingSetup.AtStart start = new LoggingSetup.AtStart();
            start.setContext(context);
            assertThat(start.configure(context)).isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        } finally {
            System.clearProperty(LoggingSetup.DIR_PROPERTY);
        }
        LoggerFactory.getLogger("io.redesk.test").info("configured at start");
        context.stop();
        assertThat(Files.readString(logs.resolve("redesk.log"), StandardCharsets.UTF_8)).contains("INFO").contains("configured at start");

        context.reset();
        assertThat(new LoggingSetup.AtStart().configure(context)).as("without the folder, logback's usual lookup")
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
