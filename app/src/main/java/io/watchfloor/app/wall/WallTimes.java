package io.watchfloor.app.wall;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as the wall writes them for forecasts: {@code 14:32} when the day is today in the wall's zone,
 * {@code 28 Nov 09:00} otherwise. Pure; any thread.
 */
final class WallTimes {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private WallTimes() {
    }

    static String clockTime(Instant at, Instant now, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        return t.toLocalDate().equals(now.atZone(zone).toLocalDate()) ? TIME.format(t) : DAY_TIME.format(t);
    }
}
