package io.watchfloor.core.sla;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One interval of a day during which a {@link BusinessCalendar} counts, in local wall time:
 * {@code [from, until)}. Immutable.
 *
 * <p>{@code until} equal to {@link LocalTime#MIDNIGHT} means 24:00, the end of the day, so
 * {@code 00:00-24:00} is the whole day. Otherwise {@code from} must be before {@code until}; an
 * interval never crosses midnight (split a night shift into two days' intervals).
 *
 * @param from  first local time of the interval (inclusive)
 * @param until end of the interval (exclusive); {@code 00:00} means 24:00
 */
public record OpeningHours(LocalTime from, LocalTime until) {
    /** The whole day, 00:00-24:00. */
    public static final OpeningHours ALL_DAY = new OpeningHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    static final long NANOS_PER_DAY = 86_400_000_000_000L;

    public OpeningHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.equals(LocalTime.MIDNIGHT) && !from.isBefore(until)) {
            throw new IllegalArgumentException("opening hours must start before they end: " + from + "-" + until);
        }
    }

    /**
     * Reads {@code "HH:mm-HH:mm"} (seconds allowed), where the end may be {@code 24:00}.
     *
     * @throws IllegalArgumentException when the text is not such an interval
     */
    public static OpeningHours parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("opening hours must read HH:mm-HH:mm, was '" + text + "'");
        }
        try {
            LocalTime start = LocalTime.parse(parts[0]);
            LocalTime end = parts[1].equals("24:00") || parts[1].equals("24:00:00")
                    ? LocalTime.MIDNIGHT : LocalTime.parse(parts[1]);
            return new OpeningHours(start, end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("opening hours must read HH:mm-HH:mm, was '" + text + "'", e);
        }
    }

    /** Start as nanoseconds after local midnight. */
    long startNanos() {
        return from.toNanoOfDay();
    }

    /** End as nanoseconds after local midnight; 24:00 is {@link #NANOS_PER_DAY}. */
    long endNanos() {
        return until.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : until.toNanoOfDay();
    }

    /** Length of the interval on a day without a clock change. */
    public Duration length() {
        return Duration.ofNanos(endNanos() - startNanos());
    }

    /** The intervals sorted by start, overlapping or touching ones merged. */
    static List<OpeningHours> merge(List<OpeningHours> hours) {
        List<OpeningHours> sorted = new ArrayList<>(hours);
        sorted.sort(Comparator.comparingLong(OpeningHours::startNanos));
        List<OpeningHours> merged = new ArrayList<>();
        for (OpeningHours h : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && h.startNanos() <= merged.get(last).endNanos()) {
                OpeningHours prev = merged.get(last);
                if (h.endNanos() > prev.endNanos()) {
                    merged.set(last, new OpeningHours(prev.from(), h.until()));
                }
            } else {
                merged.add(h);
            }
        }
        return List.copyOf(merged);
    }

    @Override
    public String toString() {
        return from + "-" + (until.equals(LocalTime.MIDNIGHT) ? "24:00" : until.toString());
    }
}
