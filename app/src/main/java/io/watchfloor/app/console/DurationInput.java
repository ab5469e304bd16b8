package io.watchfloor.app.console;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations operators type into the silence form, Alertmanager/Prometheus style: {@code 30m},
 * {@code 2h}, {@code 1h30m}, {@code 1d}, {@code 45s}; a bare number is minutes. Pure; any thread.
 */
final class DurationInput {
    /** The longest silence the console offers: a week, as Alertmanager's UI suggests for maintenance. */
    static final Duration MAX = Duration.ofDays(7);
    private static final Pattern PART = Pattern.compile("(\\d+)([wdhms])");

    private DurationInput() {
    }

    /** The duration, when the text is one and it lies between one second and {@link #MAX}. */
    static Optional<Duration> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return bounded(t.length() > 6 ? Duration.ZERO : Duration.ofMinutes(Long.parseLong(t)));
        }
        Matcher m = PART.matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end || m.group(1).length() > 6) {
                return Optional.empty();
            }
            end = m.end();
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        return end == t.length() ? bounded(total) : Optional.empty();
    }

    private static Optional<Duration> bounded(Duration d) {
        return d.isZero() || d.isNegative() || d.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(d);
    }
}
