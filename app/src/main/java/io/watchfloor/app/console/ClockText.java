package io.watchfloor.app.console;

import io.watchfloor.app.ui.DurationFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The console's instant texts. Pure functions; any thread. Durations read as on the wall
 * ({@link DurationFormat}):
 * <ul>
 *   <li>{@link #ageAt}: how long ago, as {@link DurationFormat#age} ({@code 4m12s});</li>
 *   <li>{@link #clockTime}: {@code 03:14:30} in the console's zone, with the date ({@code 26 Nov 23:58}) when it
 *       is not today.</li>
 * </ul>
 * Sub-second parts are truncated.
 */
final class ClockText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private ClockText() {
    }

    /** The age of {@code since} at {@code now}; zero when {@code since} is in the future. */
    static String ageAt(Instant since, Instant now) {
        return DurationFormat.age(now.isBefore(since) ? Duration.ZERO : Duration.between(since, now));
    }

    /** Wall-clock time of {@code at} in {@code zone}; with the day when it is not the day of {@code now}. */
    static String clockTime(Instant at, Instant now, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        if (t.toLocalDate().equals(now.atZone(zone).toLocalDate())) {
            return TIME.format(t);
        }
        return DAY_TIME.format(t);
    }
}
