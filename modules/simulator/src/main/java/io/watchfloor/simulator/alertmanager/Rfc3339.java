package io.watchfloor.simulator.alertmanager;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * Instants formatted so far. An alerts read formats three per alert (start, update, end), the same ones read
     * after read: the starts never change and the updates move once a minute. Cleared when it grows past a
     * stress estate's worth, so it stays small.
     */
    private static final Map<Instant, String> FORMATTED = new ConcurrentHashMap<>();
    private static final int FORMATTED_LIMIT = 200_000;

    static String format(Instant t) {
        String text = FORMATTED.get(t);
        if (text == null) {
            if (FORMATTED.size() >= FORMATTED_LIMIT) {
                FORMATTED.clear();
            }
            text = FORMAT.format(t);
            FORMATTED.put(t, text);
        }
        return text;
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
