package io.watchfloor.simulator.prometheus;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prometheus durations: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 24h}, {@code 7d}, {@code 2w}, {@code 1y}, {@code 1h30m}. */
final class PromDuration {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)");

    private PromDuration() {
    }

    static Optional<Duration> parse(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = PART.matcher(text);
        int at = 0;
        long millis = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                return Optional.empty();
            }
            millis += Long.parseLong(m.group(1)) * unitMillis(m.group(2));
            at = m.end();
        }
        return Optional.of(Duration.ofMillis(millis));
    }

    private static long unitMillis(String unit) {
        switch (unit) {
            case "ms":
                return 1;
            case "s":
                return 1000;
            case "m":
                return 60_000;
            case "h":
                return 3_600_000;
            case "d":
                return 86_400_000;
            case "w":
                return 7 * 86_400_000L;
            default:
                return 365 * 86_400_000L;
        }
    }
}
