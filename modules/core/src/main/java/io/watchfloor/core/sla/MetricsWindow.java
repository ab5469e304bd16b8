package io.watchfloor.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A half-open span of time {@code [from, to)} that MTTA/MTTR are reported for.
 *
 * @param name what the UI calls it ("today", "7 days")
 * @param from first instant in the window
 * @param to   first instant after the window; not before {@code from}
 */
public record MetricsWindow(String name, Instant from, Instant to) {
    public MetricsWindow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a metrics window must not end before it starts: " + from + " " + to);
        }
    }

    /** From the start of {@code now}'s local date in {@code zone} up to {@code now}. */
    public static MetricsWindow today(ZoneId zone, Instant now) {
        LocalDate date = LocalDate.ofInstant(now, zone);
        return new MetricsWindow("today", date.atStartOfDay(zone).toInstant(), now);
    }

    /** The {@code days} x 24 hours up to {@code now} ("7 days" for 7). */
    public static MetricsWindow lastDays(int days, Instant now) {
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive, was " + days);
        }
        return new MetricsWindow(days + " days", now.minus(Duration.ofDays(days)), now);
    }

    /** Whether {@code at} lies in {@code [from, to)}. */
    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
