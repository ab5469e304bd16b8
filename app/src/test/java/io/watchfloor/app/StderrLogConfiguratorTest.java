package io.watchfloor.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class StderrLogConfiguratorTest {
    @Test
    void logsWarningsToStderrWithTheAppsPattern() {
        LoggerContext context = new LoggerContext();
        StderrLogConfigurator configurator = new StderrLogConfigurator();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        ConsoleAppender<ILoggingEvent> stderr = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDERR");
        assertThat(stderr.isStarted()).isTrue();
        assertThat(stderr.getTarget()).isEqualTo("System.err");
        assertThat(((LayoutWrappingEncoder<ILoggingEvent>) stderr.getEncoder()).getLayout())
                .isInstanceOf(LogLineLayout.class)
                .matches(layout -> layout.isStarted(), "started");
        assertThat(StderrLogConfigurator.PATTERN).isEqualTo("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %msg%n");
        assertThat(context.getLogger("io.watchfloor.engine.Engine").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("io.watchfloor.engine.Engine").isWarnEnabled()).isTrue();
    }

    @Test
    void watchfloorLevelComesFromThePropertyThenTheEnvironment() {
        Map<String, String> property = Map.of("WATCHFLOOR_LOG_LEVEL", "debug");
        Map<String, String> env = Map.of("WATCHFLOOR_LOG_LEVEL", "INFO");
        Map<String, String> none = Map.of();

        assertThat(StderrLogConfigurator.watchfloorLevel(property::get, env::get)).isEqualTo(Level.DEBUG);
        assertThat(StderrLogConfigurator.watchfloorLevel(none::get, env::get)).isEqualTo(Level.INFO);
        assertThat(StderrLogConfigurator.watchfloorLevel(none::get, none::get)).isEqualTo(Level.WARN);
        assertThat(StderrLogConfigurator.watchfloorLevel(Map.of("WATCHFLOOR_LOG_LEVEL", "loud")::get, none::get))
                .isEqualTo(Level.WARN);
    }

    @Test
    void logbackFindsItAsAService() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(StderrLogConfigurator.class);
    }
}
