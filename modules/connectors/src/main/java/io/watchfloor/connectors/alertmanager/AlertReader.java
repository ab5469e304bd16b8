package io.watchfloor.connectors.alertmanager;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.WireJson;
import io.watchfloor.core.Alert;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds Alertmanager {@code gettableAlert}s straight from Jackson's token stream into {@link AlertDto}s:
 * no tree, no intermediate maps, and the values Watchfloor does not use ({@code generatorURL},
 * {@code receivers}, other annotations...) are skipped without being decoded.
 *
 * <p>The reading is as lenient as binding to a DTO was: unknown fields are ignored, a null stands for
 * an absent value, numbers and booleans where text is expected are read as their text, a null label or
 * annotation is left out. An alert whose fields it reads have the wrong shape (labels that are not an
 * object, a label value that is an object...) is skipped on its own; its reason is reported once the
 * whole body has been read, so that a body that then turns out truncated or invalid reports only that.
 * Not thread-safe: one reader per body.
 */
final class AlertReader {
    /** The alerts of one body, and the ones skipped, with why. */
    record Batch(List<AlertDto> alerts, List<Skip> skipped) {
    }

    /** An alert that could not be read: a key to report it once under, and a one-line reason. */
    record Skip(String key, String reason) {
    }

    private final String request;
    private final LastPoll previous;
    private final List<String> silenceIds = new ArrayList<>();
    private String[] labels = new String[32];
    private int labelLength;
    private String problem;
    private String summary;
    private String description;

    /**
     * @param request  "METHOD url", named in skip reasons
     * @param previous the last poll's alerts: a label value equal to the one the same alert had then is
     *                 that same string, not a new one (Alertmanager sends the fingerprint before the labels)
     */
    AlertReader(String request, LastPoll previous) {
        this.request = request;
        this.previous = previous;
    }

    /** Reads a list of alerts; a document that is not a list is {@code MALFORMED} (invalid JSON stays invalid JSON). */
    static Batch list(JsonParser p, String request, LastPoll previous) throws IOException, SourceException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            String shape = shape(p.currentToken());
            WireJson.readTree(p); // reads the rest: a syntax error is reported as such, not as a wrong shape
            throw new SourceException(SourceException.Kind.MALFORMED, request + " answered a JSON " + shape
                    + " instead of a list of alerts");
        }
        AlertReader reader = new AlertReader(request, previous);
        List<AlertDto> alerts = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            reader.element(p, index++, alerts, skipped);
        }
        return new Batch(alerts, skipped);
    }

    /** Reads the one alert the parser is on (an element of a group's {@code alerts}); adds it or its skip. */
    void element(JsonParser p, int index, List<AlertDto> alerts, List<Skip> skipped) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            skipped.add(new Skip("alert:#" + index, "alert #" + index + " from " + request + ": a JSON "
                    + shape(p.currentToken()) + " instead of an object"));
            p.skipChildren();
            return;
        }
        problem = null;
        labelLength = 0;
        silenceIds.clear();
        summary = "";
        description = "";
        String fingerprint = "";
        String startsAt = "";
        String updatedAt = "";
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "labels" -> readLabels(p, value, fingerprint);
                case "annotations" -> readSummaryAndDescription(p, value);
                case "fingerprint" -> fingerprint = orEmpty(text(p, value, field, "")).trim();
                case "startsAt" -> startsAt = orEmpty(text(p, value, field, ""));
                case "updatedAt" -> updatedAt = orEmpty(text(p, value, field, ""));
                case "status" -> readStatus(p, value);
                default -> p.skipChildren();
            }
        }
        if (problem != null) {
            String key = fingerprint.isEmpty() ? "#" + index : fingerprint;
            skipped.add(new Skip("alert:" + key, "alert " + key + " from " + request + ": " + problem));
            return;
        }
        alerts.add(new AlertDto(fingerprint, Arrays.copyOf(labels, labelLength), summary, description, startsAt,
                updatedAt, silenceIds));
    }

    private void readLabels(JsonParser p, JsonToken value, String fingerprint) throws IOException {
        if (!objectOrNull(p, value, "labels")) {
            return;
        }
        Map<String, String> before = fingerprint.isEmpty() ? Map.of()
                : previous.find(fingerprint).map(Alert::labels).orElse(Map.of());
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            String known = t == JsonToken.VALUE_STRING ? before.get(name) : null;
            String v = known != null && sameText(p, known) ? known : text(p, t, "label ", name);
            if (v != null) {
                addLabel(name, v);
            }
        }
    }

    /** True when the string the parser is on reads {@code text}, compared in the parser's buffer (no new string). */
    private static boolean sameText(JsonParser p, String text) throws IOException {
        int length = p.getTextLength();
        if (length != text.length()) {
            return false;
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Reads annotations {@code summary} and {@code description}; the others are skipped undecoded. */
    private void readSummaryAndDescription(JsonParser p, JsonToken value) throws IOException {
        if (!objectOrNull(p, value, "annotations")) {
            return;
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("summary".equals(name)) {
                summary = orEmpty(text(p, t, "annotation summary", ""));
            } else if ("description".equals(name)) {
                description = orEmpty(text(p, t, "annotation description", ""));
            } else {
                p.skipChildren();
            }
        }
    }

    /** Only {@code status.silencedBy} is read; the state and the other lists are not used. */
    private void readStatus(JsonParser p, JsonToken value) throws IOException {
        if (!objectOrNull(p, value, "status")) {
            return;
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (!"silencedBy".equals(name)) {
                p.skipChildren();
            } else if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    String id = text(p, t, "status.silencedBy element", "");
                    if (id != null) {
                        silenceIds.add(id);
                    }
                }
            } else if (t != JsonToken.VALUE_NULL) {
                wrongShape(p, "status.silencedBy", t, "a list");
            }
        }
    }

    /** True when the value is an object to read field by field; a null reads as empty, anything else is a problem. */
    private boolean objectOrNull(JsonParser p, JsonToken value, String what) throws IOException {
        if (value == JsonToken.START_OBJECT) {
            return true;
        }
        if (value != JsonToken.VALUE_NULL) {
            wrongShape(p, what, value, "an object");
        }
        return false;
    }

    /**
     * The text of a scalar (numbers and booleans as written), null for a null; a container is a problem
     * about {@code what + name} (two parts, so that the usual case builds no message).
     */
    private String text(JsonParser p, JsonToken value, String what, String name) throws IOException {
        if (value == JsonToken.VALUE_STRING || value != JsonToken.VALUE_NULL && value.isScalarValue()) {
            return p.getText();
        }
        if (value != JsonToken.VALUE_NULL) {
            wrongShape(p, what + name, value, "text");
        }
        return null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void wrongShape(JsonParser p, String what, JsonToken value, String expected) throws IOException {
        if (problem == null) {
            problem = what + " is a JSON " + shape(value) + ", not " + expected;
        }
        p.skipChildren();
    }

    private void addLabel(String name, String value) {
        if (labelLength + 2 > labels.length) {
            labels = Arrays.copyOf(labels, labels.length * 2);
        }
        labels[labelLength++] = name;
        labels[labelLength++] = value;
    }

    private static String shape(JsonToken t) {
        if (t == null) {
            return "end";
        }
        return switch (t) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }
}
