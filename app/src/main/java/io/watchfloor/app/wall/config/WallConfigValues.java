package io.watchfloor.app.wall.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads single values of the {@code wall:} mapping (text, numbers, durations, lists of names), each mistake a
 * {@link WallError} naming the value's path. Stateless; any thread.
 */
final class WallConfigValues {
    private WallConfigValues() {
    }

    interface ItemReader {
        void read(JsonNode item, String path);
    }

    static void forEachItem(JsonNode n, String path, ItemReader reader) {
        if (n.isMissingNode() || n.isNull()) {
            return;
        }
        if (!n.isArray()) {
            throw new WallError(path, "must be a list");
        }
        for (int i = 0; i < n.size(); i++) {
            reader.read(n.get(i), path + "[" + i + "]");
        }
    }

    static <T> T parse(String path, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new WallError(path, e.getMessage());
        }
    }

    static List<String> strings(JsonNode n, String path) {
        if (n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        if (n.isValueNode()) {
            return List.of(n.asText().trim());
        }
        if (!n.isArray()) {
            throw new WallError(path, "must be a name or a list of names");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : n) {
            if (!v.isValueNode() || v.asText().isBlank()) {
                throw new WallError(path, "must be a list of names, found " + v);
            }
            out.add(v.asText().trim());
        }
        return out;
    }

    static Optional<String> text(JsonNode n, String path, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            throw new WallError(path + "." + key, "must be a single value");
        }
        String t = v.asText().trim();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    static Optional<Boolean> bool(JsonNode n, String path, String key) {
        return text(n, path, key).map(t -> {
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(t);
            }
            throw new WallError(path + "." + key, "'" + t + "' is not true or false");
        });
    }

    static OptionalInt integer(JsonNode n, String path, String key, int min) {
        Optional<String> t = text(n, path, key);
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int v = Integer.parseInt(t.get());
            if (v >= min) {
                return OptionalInt.of(v);
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new WallError(path + "." + key, "'" + t.get() + "' is not a whole number from " + min);
    }

    static Optional<Duration> duration(JsonNode n, String path, String key) {
        return text(n, path, key).map(t -> parse(path + "." + key, t, DurationText::parse));
    }

    static Optional<Duration> positive(JsonNode n, String path, String key) {
        Optional<Duration> d = duration(n, path, key);
        if (d.isPresent() && (d.get().isZero() || d.get().isNegative())) {
            throw new WallError(path + "." + key, "must be longer than 0s");
        }
        return d;
    }

    static double share(String text, String path) {
        try {
            String t = text.trim();
            double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100
                    : Double.parseDouble(t);
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new WallError(path, "'" + text + "' is not a share like 50% or 0.5 (0% to 100%)");
    }

    static void requireObject(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw new WallError(path, "must be a mapping (key: value)");
        }
    }

    static void checkKeys(JsonNode n, String path, Set<String> allowed) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new WallError(path + "." + k, "unknown key (expected one of " + new TreeSet<>(allowed) + ")");
            }
        }
    }

    /** A mistake at a path; becomes a {@link ConfigException} with the file name in front. */
    static final class WallError extends RuntimeException {
        static final long serialVersionUID = 1L;
        final String path;

        WallError(String path, String message) {
            super(message);
            this.path = path;
        }
    }
}
