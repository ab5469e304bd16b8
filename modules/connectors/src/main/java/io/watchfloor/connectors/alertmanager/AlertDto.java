package io.watchfloor.connectors.alertmanager;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Alertmanager v2 {@code gettableAlert}, as far as Watchfloor reads it ({@link AlertReader} binds it
 * from the token stream): the fingerprint, the labels, the two annotations a summary comes from, the
 * timestamps and the silences muting it. Timestamps stay strings and are parsed by {@link AlertMapper},
 * so one bad value skips one alert.
 *
 * <p>Labels are kept as name/value pairs in wire order, so that looking one up or comparing two alerts
 * costs no map; {@link #labels()} builds the immutable map once, for the core alert. A name repeated
 * in the JSON counts with its last value, as a map would have it. Immutable.
 */
final class AlertDto {
    private final String fingerprint;
    private final String[] labelPairs;
    private final String summary;
    private final String description;
    private final String startsAt;
    private final String updatedAt;
    private final List<String> silencedBy;

    /**
     * @param fingerprint trimmed; empty when absent
     * @param labelPairs  name, value, name, value... without nulls; not copied, the caller gives it up
     * @param summary     annotation {@code summary}, "" when absent
     * @param description annotation {@code description}, "" when absent
     * @param startsAt    as sent, "" when absent
     * @param updatedAt   as sent, "" when absent
     * @param silencedBy  {@code status.silencedBy}, without nulls
     */
    AlertDto(String fingerprint, String[] labelPairs, String summary, String description, String startsAt,
             String updatedAt, List<String> silencedBy) {
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.labelPairs = labelPairs;
        this.summary = Objects.requireNonNull(summary, "summary");
        this.description = Objects.requireNonNull(description, "description");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.silencedBy = List.copyOf(silencedBy);
    }

    String fingerprint() {
        return fingerprint;
    }

    String summary() {
        return summary;
    }

    String description() {
        return description;
    }

    String startsAt() {
        return startsAt;
    }

    String updatedAt() {
        return updatedAt;
    }

    List<String> silencedBy() {
        return silencedBy;
    }

    /** The value of label {@code name} (the last one when repeated), or null when absent. */
    String label(String name) {
        for (int i = labelPairs.length - 2; i >= 0; i -= 2) {
            String key = labelPairs[i];
            if (key == name || key.equals(name)) {
                return labelPairs[i + 1];
            }
        }
        return null;
    }

    /** How many label pairs were sent (a repeated name counts each time). */
    int labelCount() {
        return labelPairs.length / 2;
    }

    /** True when {@code labels} holds exactly this alert's labels; no map is built. */
    boolean hasLabels(Map<String, String> labels) {
        if (labels.size() != labelPairs.length / 2) {
            return false; // also when a name is repeated: rare, and then the map is simply rebuilt
        }
        for (int i = 0; i < labelPairs.length; i += 2) {
            if (!labelPairs[i + 1].equals(labels.get(labelPairs[i]))) {
                return false;
            }
        }
        return true;
    }

    /** The labels as an immutable map (a repeated name keeps its last value). */
    Map<String, String> labels() {
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[labelPairs.length / 2];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = Map.entry(labelPairs[2 * i], labelPairs[2 * i + 1]);
        }
        try {
            return Map.ofEntries(entries);
        } catch (IllegalArgumentException repeatedName) {
            Map<String, String> lastWins = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : entries) {
                lastWins.put(e.getKey(), e.getValue());
            }
            return Map.copyOf(lastWins);
        }
    }

    /** This alert with the silences of {@code other} (the same alert read from another replica) added. */
    AlertDto withSilencesOf(AlertDto other) {
        Set<String> ids = new LinkedHashSet<>(silencedBy);
        ids.addAll(other.silencedBy);
        return new AlertDto(fingerprint, labelPairs, summary, description, startsAt, updatedAt, List.copyOf(ids));
    }

    @Override
    public String toString() {
        return "AlertDto[" + fingerprint + " " + Arrays.toString(labelPairs) + "]";
    }
}
