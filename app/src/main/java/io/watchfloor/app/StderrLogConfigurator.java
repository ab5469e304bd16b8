package io.watchfloor.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Optional;
import java.util.function.Function;

/**
 * The app's logging, set up in code (Logback finds it as a {@link Configurator} service): every logger at WARN,
 * {@code io.watchfloor} at the level in {@code WATCHFLOOR_LOG_LEVEL} (a system property or environment variable;
 * WARN when unset or not a level), to stderr, so that command output (JSON, simulator URLs) stays clean on stdout.
 *
 * <p>In code rather than a {@code logback.xml} because reading the XML costs a cold start: Logback's XML parser
 * and configuration model are a few hundred classes and about a quarter of a second of CPU on a fresh JVM, on the
 * thread that opens the local database while the wall starts. A {@code logback.configurationFile} system property
 * or a {@code logback-test.xml} on the class path still wins: this configurator then steps aside and Logback reads
 * that file as usual. Logback calls it once, on the first thread that asks for a logger. For the same reason the
 * lines are written by {@link LogLineLayout} rather than a {@code PatternLayout} compiling {@link #PATTERN}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class StderrLogConfigurator extends ContextAwareBase implements Configurator {
    /** What each line shows: time, level, thread, logger, message. */
    static final String PATTERN = LogLineLayout.PATTERN;
    /** Names the level of the {@code io.watchfloor} loggers. */
    static final String LEVEL_VARIABLE = "WATCHFLOOR_LOG_LEVEL";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || StderrLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LogLineLayout layout = new LogLineLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("io.watchfloor").setLevel(watchfloorLevel(System::getProperty, System::getenv));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The {@code io.watchfloor} level: the system property, else the environment variable, else WARN. */
    static Level watchfloorLevel(Function<String, String> properties, Function<String, String> env) {
        Optional<String> named = Optional.ofNullable(properties.apply(LEVEL_VARIABLE))
                .or(() -> Optional.ofNullable(env.apply(LEVEL_VARIABLE)));
        return named.map(n -> Level.toLevel(n.trim(), Level.WARN)).orElse(Level.WARN);
    }
}
