package io.watchfloor.app;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.util.CachingDateFormatter;

/**
 * One log line as Logback's {@code PatternLayout} writes it for {@link #PATTERN} (time, level padded to five,
 * thread, logger shortened to about 20 characters, message, then the stack trace of an exception as {@code %ex}
 * would), written by hand: the pattern layout's converter registry and pattern compiler are about 145
 * classes, half of them lambda proxies spun at run time, on the thread that opens the local database while the
 * wall starts (ADR 0015). Thread-safe once started, as a Logback layout must be.
 */
final class LogLineLayout extends LayoutBase<ILoggingEvent> {
    /** The {@code PatternLayout} pattern whose output this layout writes. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %msg%n";
    private static final int LEVEL_WIDTH = 5;
    private static final int LOGGER_LENGTH = 20;

    private final CachingDateFormatter time = new CachingDateFormatter("HH:mm:ss.SSS");
    private final TargetLengthBasedClassNameAbbreviator logger =
            new TargetLengthBasedClassNameAbbreviator(LOGGER_LENGTH);
    private final ThrowableProxyConverter exception = new ThrowableProxyConverter();

    @Override
    public void start() {
        exception.setContext(getContext());
        exception.start();
        super.start();
    }

    @Override
    public void stop() {
        exception.stop();
        super.stop();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        line.append(time.format(event.getTimeStamp())).append(' ');
        String level = event.getLevel().toString();
        line.append(level);
        for (int i = level.length(); i < LEVEL_WIDTH; i++) {
            line.append(' ');
        }
        line.append(" [").append(event.getThreadName()).append("] ")
                .append(logger.abbreviate(event.getLoggerName())).append(" - ")
                .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        if (event.getThrowableProxy() != null) {
            line.append(exception.convert(event));
        }
        return line.toString();
    }
}
