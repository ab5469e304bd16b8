package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.core.Alert;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Reading ServiceNow Table API values (API-NOTES 3.3): every value is a string; with
 * {@code sysparm_display_value=all} a field is {@code {"display_value","value"}}, a reference without
 * links is a bare sys_id or such a pair; date-times are {@code yyyy-MM-dd HH:mm:ss} in UTC; durations
 * are date-times anchored at the epoch ({@code 1970-01-02 01:00:00} = 25 h). Parse failures throw
 * {@link IllegalArgumentException} naming the field and value. Stateless.
 */
final class SnowValues {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private SnowValues() {
    }

    /** The raw value of {@code field}: "" when absent, null or empty. */
    static String value(JsonNode record, String field) {
        JsonNode v = record.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isObject()) {
            JsonNode raw = v.get("value");
            return raw == null || raw.isNull() ? "" : raw.asText().trim();
        }
        return v.isContainerNode() ? "" : v.asText().trim();
    }

    /** The display value of {@code field} (a pair's {@code display_value}, else the plain value). */
    static String display(JsonNode record, String field) {
        JsonNode v = record.get(field);
        if (v != null && v.isObject()) {
            JsonNode shown = v.get("display_value");
            return shown == null || shown.isNull() ? "" : shown.asText().trim();
        }
        return value(record, field);
    }

    /** A required UTC date-time. */
    static Instant instant(JsonNode record, String field) {
        return optionalInstant(record, field)
                .orElseThrow(() -> new IllegalArgumentException(field + " is empty"));
    }

    /** An optional UTC date-time; empty when the field is empty. */
    static Optional<Instant> optionalInstant(JsonNode record, String field) {
        String v = value(record, field);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(dateTime(field, v).toInstant(ZoneOffset.UTC));
    }

    /** An optional duration ("1970-01-01 HH:mm:ss"); empty when the field is empty. */
    static Optional<Duration> optionalDuration(JsonNode record, String field) {
        String v = value(record, field);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Duration d = Duration.between(EPOCH, dateTime(field, v));
        if (d.isNegative()) {
            throw new IllegalArgumentException(field + " '" + v + "' is before 1970-01-01, not a duration");
        }
        return Optional.of(d);
    }

    /** An optional decimal ("37.5"); empty when the field is empty. */
    static Optional<Double> optionalNumber(JsonNode record, String field) {
        String v = value(record, field);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(v.replace(",", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + v + "' is not a number");
        }
    }

    /** A required whole-number code ("1"). */
    static int code(JsonNode record, String field) {
        String v = value(record, field);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + v + "' is not a numeric code");
        }
    }

    /** A service name from a display value: "Payments Gateway" -> "payments-gateway"; none -> unassigned. */
    static String slug(String display) {
        String s = display.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? Alert.UNASSIGNED : s;
    }

    private static LocalDateTime dateTime(String field, String v) {
        try {
            return LocalDateTime.parse(v, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + v + "' is not a yyyy-MM-dd HH:mm:ss date-time");
        }
    }
}
