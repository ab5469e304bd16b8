package io.watchfloor.simulator.servicenow;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** ServiceNow value formats: {@code YYYY-MM-DD HH:mm:ss} in UTC, durations as dates anchored at the epoch. */
final class SnTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private SnTime() {
    }

    static String date(Instant t) {
        return FORMAT.format(t);
    }

    /** {@code 1970-01-01 02:30:00} for 2.5 hours; a day or more rolls into the date part, as ServiceNow does. */
    static String duration(Duration d) {
        return FORMAT.format(Instant.EPOCH.plus(d.isNegative() ? Duration.ZERO : d));
    }

    /** The display form of a duration: "2 Hours 30 Minutes", "0 Seconds". */
    static String durationDisplay(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        List<String> parts = new ArrayList<>();
        unit(parts, seconds / 86_400, "Day");
        unit(parts, seconds % 86_400 / 3600, "Hour");
        unit(parts, seconds % 3600 / 60, "Minute");
        unit(parts, seconds % 60, "Second");
        return parts.isEmpty() ? "0 Seconds" : String.join(" ", parts);
    }

    private static void unit(List<String> parts, long n, String name) {
        if (n > 0) {
            parts.add(n + " " + name + (n == 1 ? "" : "s"));
        }
    }
}
