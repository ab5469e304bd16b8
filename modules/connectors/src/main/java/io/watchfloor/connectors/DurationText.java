package io.watchfloor.connectors;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes durations the way operators and Prometheus write them: {@code 500ms}, {@code 15s},
 * {@code 1h30m}, {@code 7d}, {@code 1w} ({@code d} = 24 h, {@code w} = 7 d, {@code y} = 365 d).
 * ISO-8601 ({@code PT10S}) is accepted too. Stateless; safe from any thread.
 */
public final class DurationText {
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|s|m|h|d|w|y))+");
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)");

    private DurationText() {
    }

    /**
     * Parses a duration.
     *
     * @throws IllegalArgumentException when the text is not a duration; the message quotes it
     */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("P") || t.startsWith("p")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw notADuration(t);
            }
        }
        if (!WHOLE.matcher(t).matches()) {
            throw notADuration(t);
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw notADuration(t);
            }
            total = total.plus(unit(m.group(2)).multipliedBy(n));
        }
        return total;
    }

    /** True when {@code text} is a Prometheus-style duration (what PromQL accepts inside {@code [...]}). */
    public static boolean isPromDuration(String text) {
        return text != null && WHOLE.matcher(text.trim()).matches();
    }

    /** Short human form: {@code 250ms}, {@code 30s}, {@code 2m30s}, {@code 1d2h}. */
    public static String format(Duration d) {
        if (d.isNegative()) {
            return "-" + format(d.negated());
        }
        if (d.isZero()) {
            return "0s";
        }
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            return d.toMillis() + "ms";
        }
        StringBuilder sb = new StringBuilder();
        append(sb, d.toDaysPart(), "d");
        append(sb, d.toHoursPart(), "h");
        append(sb, d.toMinutesPart(), "m");
        append(sb, d.toSecondsPart(), "s");
        return sb.toString();
    }

    private static void append(StringBuilder sb, long n, String unit) {
        if (n > 0) {
            sb.append(n).append(unit);
        }
    }

    private static Duration unit(String u) {
        switch (u) {
            case "ms": return Duration.ofMillis(1);
            case "s": return Duration.ofSeconds(1);
            case "m": return Duration.ofMinutes(1);
            case "h": return Duration.ofHours(1);
            case "d": return Duration.ofDays(1);
            case "w": return Duration.ofDays(7);
            default: return Duration.ofDays(365);
        }
    }

    private static IllegalArgumentException notADuration(String t) {
        return new IllegalArgumentException("'" + t + "' is not a duration like 500ms, 10s, 5m, 24h or 7d");
    }
}
