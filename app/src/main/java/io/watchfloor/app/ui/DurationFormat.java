package io.watchfloor.app.ui;

import java.time.Duration;
import java.util.Locale;

/**
 * Turns durations into the short texts the wall and the console show, so both windows read alike. Pure functions;
 * any thread.
 *
 * <ul>
 *   <li>{@link #countdown}: {@code 01:23:45}, hours past 24 keep counting ({@code 74:00:00});</li>
 *   <li>{@link #overdue}: {@code +12:34} under an hour, {@code +2:03:04} beyond;</li>
 *   <li>{@link #age}: {@code 2s}, {@code 4m12s}, {@code 1h03m}, {@code 2d04h};</li>
 *   <li>{@link #target}: a configured target as it was written: {@code 15m}, {@code 4h}, {@code 1h30m}, {@code 3d}.</li>
 * </ul>
 * Sub-second parts are truncated: a clock with 0.9 s left reads {@code 00:00:00}, not a rounded-up second.
 */
public final class DurationFormat {
    private DurationFormat() {
    }

    /** Time left as {@code hh:mm:ss}; negative durations read as zero (overdue time is {@link #overdue}'s job). */
    public static String countdown(Duration remaining) {
        long s = Math.max(0, remaining.getSeconds());
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /** Time past a deadline, with a leading plus: {@code +mm:ss}, or {@code +h:mm:ss} from an hour on. */
    public static String overdue(Duration past) {
        long s = Math.abs(past.getSeconds());
        if (s < 3600) {
            return String.format(Locale.ROOT, "+%02d:%02d", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "+%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /** A compact age with the two most significant units; negative durations read as zero. */
    public static String age(Duration age) {
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

    /** A target duration with its non-zero units only: {@code 15m}, {@code 4h}, {@code 1h30m}, {@code 3d}. */
    public static String target(Duration target) {
        long s = Math.max(0, target.getSeconds());
        StringBuilder b = new StringBuilder();
        long[] values = {s / 86_400, (s / 3600) % 24, (s / 60) % 60, s % 60};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                b.append(values[i]).append(units[i]);
            }
        }
        return b.length() == 0 ? "0s" : b.toString();
    }
}
