package io.watchfloor.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLineLayoutTest {
    private final LoggerContext context = new LoggerContext();

    @Test
    void writesWhatThePatternLayoutWritesForTheAppsPattern() {
        PatternLayout pattern = new PatternLayout();
        pattern.setContext(context);
        pattern.setPattern(StderrLogConfigurator.PATTERN);
        pattern.start();
        LogLineLayout layout = started();
        IOException cause = new IOException("disk full");
        List<ILoggingEvent> events = List.of(
                event("io.watchfloor.engine.Engine", Level.WARN, "source {} failing: {}", null, "am", "refused"),
                event("io.watchfloor.app.wall.sound.SampledClipPlayer", Level.INFO, "cannot play", null),
                event("Short", Level.ERROR, "with an exception", new UncheckedIOException("cannot write", cause)),
                event("io.watchfloor.store.LocalDatabase", Level.DEBUG, "a {} b", null, 42));

        for (ILoggingEvent e : events) {
            assertThat(layout.doLayout(e)).isEqualTo(pattern.doLayout(e));
        }
    }

    @Test
    void shortensTheLoggerAndPadsTheLevel() {
        String line = started().doLayout(event("io.watchfloor.engine.Engine", Level.WARN, "down", null));

        assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[main\\] i\\.w\\.engine\\.Engine - down\\R");
    }

    private LogLineLayout started() {
        LogLineLayout layout = new LogLineLayout();
        layout.setContext(context);
        layout.start();
        return layout;
    }

    private ILoggingEvent event(String logger, Level level, String message, Throwable thrown, Object... args) {
        Logger l = context.getLogger(logger);
        LoggingEvent e = new LoggingEvent(Logger.class.getName(), l, level, message, thrown, args);
        e.setThreadName("main");
        return e;
    }
}
