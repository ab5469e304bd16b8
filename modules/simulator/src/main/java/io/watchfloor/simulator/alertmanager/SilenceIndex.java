package io.watchfloor.simulator.alertmanager;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where to look for silences without reading all of them: by each matcher (name, operator, value), for
 * the {@code filter} of {@code GET /api/v2/silences}, and by one {@code name="value"} matcher per silence,
 * for the silences that may mute a label set. Silences are named by their position in creation order;
 * a silence's matchers never change (an update with other matchers makes a new silence), so an entry
 * stays valid for good. Answers are candidates: the caller checks them. Not thread-safe: guarded by the
 * simulator lock.
 */
final class SilenceIndex {
    private final Map<String, List<Integer>> byMatcher = new HashMap<>();
    private final Map<String, List<Integer>> byLabel = new HashMap<>();
    /** Silences with no {@code name="non-empty value"} matcher: they may mute anything. */
    private final List<Integer> unindexed = new ArrayList<>();

    /** Adds the silence created at {@code position}. */
    void add(int position, List<LabelMatcher> matchers) {
        for (LabelMatcher m : matchers) {
            byMatcher.computeIfAbsent(key(m), k -> new ArrayList<>()).add(position);
        }
        // Under its rarest exact matcher so far, so that no bucket grows much faster than the others.
        List<Integer> smallest = unindexed;
        for (LabelMatcher m : matchers) {
            if (m.isEqual() && !m.isRegex() && !m.value().isEmpty()) {
                List<Integer> bucket = byLabel.computeIfAbsent(label(m.name(), m.value()), k -> new ArrayList<>());
                if (smallest == unindexed || bucket.size() < smallest.size()) {
                    smallest = bucket;
                }
            }
        }
        smallest.add(position);
    }

    /**
     * Positions of the silences that have a matcher like each of {@code filter} (at least those), in
     * creation order; empty filter: null, meaning all.
     */
    List<Integer> having(List<LabelMatcher> filter) {
        List<Integer> best = null;
        for (LabelMatcher f : filter) {
            List<Integer> bucket = byMatcher.getOrDefault(key(f), List.of());
            if (best == null || bucket.size() < best.size()) {
                best = bucket;
            }
        }
        return best;
    }

    /** Positions of the silences that may mute this label set (at least those), in creation order. */
    List<Integer> mayMute(Map<String, String> labels) {
        BitSet positions = new BitSet();
        unindexed.forEach(positions::set);
        labels.forEach((name, value) -> byLabel.getOrDefault(label(name, value), List.of()).forEach(positions::set));
        List<Integer> out = new ArrayList<>(positions.cardinality());
        positions.stream().forEach(out::add);
        return out;
    }

    private static String key(LabelMatcher m) {
        return m.name() + '\u0000' + (m.isEqual() ? '=' : '!') + (m.isRegex() ? '~' : '=') + '\u0000' + m.value();
    }

    private static String label(String name, String value) {
        return name + '\u0000' + value;
    }
}
