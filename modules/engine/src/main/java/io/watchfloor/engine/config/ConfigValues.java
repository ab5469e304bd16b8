package io.watchfloor.engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.core.Priority;
import io.watchfloor.engine.config.ConfigLoader.ConfigError;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Values the SLA and escalation sections share: lists, priorities, percentages, zones. Pure. */
final class ConfigValues {
    private ConfigValues() {
    }

    /** A single value or a list of them ({@code P1} or {@code [P1, P2]}); empty when the key is absent. */
    static List<String> list(JsonNode n, String path, String key) {
        JsonNode v = n.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isValueNode()) {
                    throw new ConfigError(path + "." + key + "[" + i + "]", "must be a single value");
                }
                out.add(v.get(i).asText().trim());
            }
            return out;
        }
        if (!v.isValueNode()) {
            throw new ConfigError(path + "." + key, "must be a value or a list of values");
        }
        for (String part : v.asText().split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** {@code priority: P1} or {@code [P1, P2]}; empty for all. */
    static Set<Priority> priorities(JsonNode n, String path, String key) {
        Set<Priority> out = EnumSet.noneOf(Priority.class);
        for (String p : list(n, path, key)) {
            out.add(priority(p, path + "." + key));
        }
        return out;
    }

    static Priority priority(String p, String path) {
        try {
            return Priority.valueOf(p.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path, "must be P1..P5, was '" + p + "'");
        }
    }

    /** {@code 75%} or {@code 75}: a percentage, positive. */
    static Optional<Double> percent(JsonNode n, String path, String key) {
        return ConfigLoader.text(n, path, key).map(t -> {
            String s = t.endsWith("%") ? t.substring(0, t.length() - 1).trim() : t;
            try {
                double v = Double.parseDouble(s);
                if (!(v > 0) || Double.isInfinite(v)) {
                    throw new ConfigError(path + "." + key, "must be a positive percentage, was '" + t + "'");
                }
                return v;
            } catch (NumberFormatException e) {
                throw new ConfigError(path + "." + key, "'" + t + "' is not a percentage (use 75% or 75)");
            }
        });
    }

    /** {@code 0.67} or {@code 67%}: a factor in (0, 1]. */
    static Optional<Double> factor(JsonNode n, String path, String key) {
        return ConfigLoader.text(n, path, key).map(t -> {
            try {
                double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100
                        : Double.parseDouble(t);
                if (!(v > 0 && v <= 1)) {
                    throw new ConfigError(path + "." + key, "must be in (0, 1] (a peak only tightens), was '" + t + "'");
                }
                return v;
            } catch (NumberFormatException e) {
                throw new ConfigError(path + "." + key, "'" + t + "' is not a factor (use 0.67 or 67%)");
            }
        });
    }

    /** A time zone id ({@code Europe/Amsterdam}, {@code UTC}); the machine's zone when absent. */
    static ZoneId zone(JsonNode n, String path) {
        return ConfigLoader.text(n, path, "zone").map(z -> {
            try {
                return ZoneId.of(z);
            } catch (DateTimeException e) {
                throw new ConfigError(path + ".zone", "'" + z + "' is not a time zone (use e.g. Europe/Amsterdam or UTC)");
            }
        }).orElse(ZoneId.systemDefault());
    }

    /** A list node (or absent: empty) whose items are mappings. */
    static JsonNode array(JsonNode n, String path) {
        if (n != null && !n.isMissingNode() && !n.isNull() && !n.isArray()) {
            throw new ConfigError(path, "must be a list");
        }
        return n;
    }

    static boolean present(JsonNode n) {
        return n != null && !n.isMissingNode() && !n.isNull();
    }
}
