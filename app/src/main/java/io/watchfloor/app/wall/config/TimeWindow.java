package io.watchfloor.app.wall.config;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A daily window of wall-clock time such as {@code 22:00-06:00}: it starts at {@code start} (inclusive) and ends
 * at {@code end} (exclusive), crossing midnight when {@code end} is before {@code start}. Immutable; any thread.
 *
 * @param start first minute in the window
 * @param end   first minute after it; never equal to {@code start}
 */
public record TimeWindow(LocalTime start, LocalTime end) {
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("a time window needs different start and end, was " + start + "-" + end);
        }
    }

    /** Parses {@code HH:mm-HH:mm}. */
    public static TimeWindow parse(String text) {
        String t = text == null ? "" : text.trim();
        int dash = t.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a time window like 22:00-06:00");
        }
        try {
            return new TimeWindow(LocalTime.parse(pad(t.substring(0, dash).trim())),
                    LocalTime.parse(pad(t.substring(dash + 1).trim())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time window like 22:00-06:00");
        }
    }

    private static String pad(String hhmm) {
        return hhmm.length() == 4 && hhmm.charAt(1) == ':' ? "0" + hhmm : hhmm;
    }

    /** Whether the window crosses midnight. */
    public boolean wraps() {
        return end.isBefore(start);
    }

    /** Whether {@code time} falls in the window. */
    public boolean contains(LocalTime time) {
        if (wraps()) {
            return !time.isBefore(start) || time.isBefore(end);
        }
        return !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
