package io.watchfloor.connectors.alertmanager;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the RFC 3339 timestamps Alertmanager sends ({@code 2026-08-20T10:00:00.000Z}, Go's
 * {@code RFC3339Millis}; also other fractions and {@code ±hh:mm} offsets) without a
 * {@link java.time.format.DateTimeFormatter}: ten thousand alerts a poll made the formatter a visible
 * cost. Anything off that fixed shape goes to {@link OffsetDateTime#parse}, so the fast path never
 * accepts what the general parser would refuse or reads it differently. Stateless; thread-safe.
 */
final class Rfc3339 {
    private static final int SECONDS_PER_DAY = 86_400;
    /** Index of the first character after the seconds: "yyyy-mm-ddThh:mm:ss". */
    private static final int SECONDS_END = 19;

    private Rfc3339() {
    }

    /** The instant {@code text} names, or empty when it is blank or not an RFC 3339 date-time with an offset. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Instant fast = fixedShape(text);
        if (fast != null) {
            return Optional.of(fast);
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The instant, or null when {@code t} is not exactly "yyyy-mm-ddThh:mm:ss[.f{1,9}](Z|±hh:mm)" with valid fields. */
    private static Instant fixedShape(String t) {
        int n = t.length();
        if (n < SECONDS_END + 1 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int i = SECONDS_END;
        int nanos = 0;
        if (t.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(t.charAt(i))) {
                nanos = nanos * 10 + (t.charAt(i) - '0');
                i++;
            }
            if (i == start || i < n && isDigit(t.charAt(i))) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offset = offsetSeconds(t, i);
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        long seconds = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offset;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The offset at {@code i} ("Z" or "±hh:mm", ending the text) in seconds, or MIN_VALUE when it is not one. */
    private static int offsetSeconds(String t, int i) {
        int n = t.length();
        if (i == n - 1 && t.charAt(i) == 'Z') {
            return 0;
        }
        if (i != n - 6 || t.charAt(i + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        char sign = t.charAt(i);
        int hours = digits(t, i + 1, 2);
        int minutes = digits(t, i + 4, 2);
        if (sign != '+' && sign != '-' || hours < 0 || minutes < 0 || minutes > 59
                || hours > 18 || hours == 18 && minutes > 0) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** The decimal number of {@code count} digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
