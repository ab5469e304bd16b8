package io.watchfloor.app.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The short time texts the console shows. Pure functions; any thread. The countdown, overdue and age formats are
 * the wall's ({@code app.wall.DurationFormat}), so both windows read alike:
 * <ul>
 *   <li>{@link #countdown}: {@code 01:23:45}, hours past 24 keep counting ({@code 74:00:00});</li>
 *   <li>{@link #overdue}: {@code +12:34} under an hour, {@code +2:03:04} beyond;</li>
 *   <li>{@link #age}: {@code 2s}, {@code 4m12s}, {@code 1h03m}, {@code 2d04h};</li>
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

    /** Time left as {@code hh:mm:ss}; negative durations read as zero. */
    static String countdown(Duration remaining) {
        long s = Math.max(0, remaining.getSeconds());
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /** Time past a deadline, with a leading plus. */
    static String overdue(Duration past) {
        long s = Math.abs(past.getSeconds());
        if (s < 3600) {
            return String.format(Locale.ROOT, "+%02d:%02d", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "+%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /** A compact age with the two most significant units. */
    static String age(Duration age) {
        long s = Math.max(0, age.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s / 60) % 60);
        }
        return String.format(Locale.ROOT, "%dd%02dh", s / 86_400, (s / 3600) % 24);
    }

    /** The age of {@code since} at {@code now}; zero when {@code since} is in the future. */
    static String ageAt(Instant since, Instant now) {
        return age(now.isBefore(since) ? Duration.ZERO : Duration.between(since, now));
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
