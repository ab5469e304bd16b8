package io.watchfloor.simulator.alertmanager;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Alertmanager timestamps: RFC 3339 in UTC with milliseconds ({@code 2026-08-20T10:00:00.000Z}). */
final class Rfc3339 {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Rfc3339() {
    }

    static String format(Instant t) {
        return FORMAT.format(t);
    }

    /** Parses any RFC 3339 date-time (Z or an offset, any fraction). */
    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
