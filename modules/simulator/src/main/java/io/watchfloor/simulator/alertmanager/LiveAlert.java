package io.watchfloor.simulator.alertmanager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An alert as Alertmanager holds it at one instant (a {@code gettableAlert} before JSON). Immutable.
 *
 * @param labels       the label set (sorted)
 * @param annotations  summary, description, runbook_url
 * @param startsAt     when it started firing
 * @param updatedAt    when Prometheus last re-sent it (whole minutes after the start)
 * @param endsAt       the resolve-timeout estimate: updatedAt + 5 minutes, always in the future while firing
 * @param generatorUrl the rule's graph link
 * @param fingerprint  hash of the label set
 * @param silencedBy   ids of active silences that mute it
 */
record LiveAlert(SortedMap<String, String> labels, Map<String, String> annotations, Instant startsAt,
                 Instant updatedAt, Instant endsAt, String generatorUrl, String fingerprint, List<String> silencedBy) {
    LiveAlert {
        labels = new TreeMap<>(labels);
        silencedBy = List.copyOf(silencedBy);
    }

    /** "suppressed" when silenced, else "active". */
    String state() {
        return silencedBy.isEmpty() ? "active" : "suppressed";
    }
}
