package io.watchfloor.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The alerts on the board, firing and recently resolved, kept in board order as they change, so that
 * a snapshot copies a list instead of sorting ten thousand alerts again. Part of {@link BoardReducer}
 * and confined to its thread.
 *
 * <p>Resolved alerts stay for the retention, and at most {@code resolvedLimit} of them (the newest):
 * at a hundred changes a second a ten-minute retention would otherwise keep sixty thousand.
 */
final class AlertBook {
    /** Firing first, then by severity, newest first; source and fingerprint make the order total. */
    static final Comparator<Alert> BOARD_ORDER = Comparator.comparing(Alert::state)
            .thenComparing(Alert::severity)
            .thenComparing(Alert::startsAt, Comparator.reverseOrder())
            .thenComparing((Alert a) -> a.source().value())
            .thenComparing(Alert::fingerprint);

    private final Duration retention;
    private final int resolvedLimit;
    private final Map<SourceId, Map<String, Alert>> firingBySource = new HashMap<>();
    private final Map<String, Map<String, Alert>> firingByService = new HashMap<>();
    private final LinkedHashMap<String, Alert> resolved = new LinkedHashMap<>();
    private final TreeSet<Alert> ordered = new TreeSet<>(BOARD_ORDER);
    private List<Alert> orderedCopy = List.of();
    private boolean changed;

    AlertBook(Duration retention, int resolvedLimit) {
        this.retention = retention;
        this.resolvedLimit = resolvedLimit;
    }

    /** One complete observation of a source: what is missing from it now has resolved at {@code at}. */
    void replace(SourceId source, Instant at, List<Alert> alerts) {
        Map<String, Alert> previous = firingBySource.getOrDefault(source, Map.of());
        Map<String, Alert> current = new LinkedHashMap<>();
        for (Alert a : alerts) {
            if (a.firing()) {
                current.put(a.fingerprint(), a);
                Alert before = previous.get(a.fingerprint());
                if (before == null) {
                    dropResolved(a.key());
                    addFiring(a);
                } else if (!before.equals(a)) {
                    removeFiring(before);
                    addFiring(a);
                }
            } else {
                Alert before = previous.get(a.fingerprint());
                if (before == null) {
                    addResolved(a);
                }
            }
        }
        for (Alert gone : previous.values()) {
            if (!current.containsKey(gone.fingerprint())) {
                removeFiring(gone);
                addResolved(gone.resolvedAt(at));
            }
        }
        firingBySource.put(source, current);
    }

    /** Forgets resolved alerts older than the retention. */
    void expire(Instant now) {
        Iterator<Alert> it = resolved.values().iterator();
        while (it.hasNext()) {
            Alert a = it.next();
            if (a.endedAt().orElseThrow().plus(retention).isBefore(now)) {
                it.remove();
                ordered.remove(a);
                changed = true;
            }
        }
    }

    /** Every alert in board order; the same list until something changes. */
    List<Alert> inBoardOrder() {
        if (changed) {
            orderedCopy = List.copyOf(ordered);
            changed = false;
        }
        return orderedCopy;
    }

    /** Services that have firing alerts now. */
    Set<String> servicesFiring() {
        return firingByService.keySet();
    }

    /** The firing alerts of one service. */
    List<Alert> firing(String service) {
        Map<String, Alert> mine = firingByService.get(service);
        return mine == null ? List.of() : new ArrayList<>(mine.values());
    }

    private void addFiring(Alert a) {
        firingByService.computeIfAbsent(a.service(), s -> new LinkedHashMap<>()).put(a.key(), a);
        ordered.add(a);
        changed = true;
    }

    private void removeFiring(Alert a) {
        Map<String, Alert> mine = firingByService.get(a.service());
        if (mine != null) {
            mine.remove(a.key());
            if (mine.isEmpty()) {
                firingByService.remove(a.service());
            }
        }
        ordered.remove(a);
        changed = true;
    }

    private void addResolved(Alert a) {
        dropResolved(a.key());
        resolved.put(a.key(), a);
        ordered.add(a);
        changed = true;
        while (resolved.size() > resolvedLimit) {
            Iterator<Alert> eldest = resolved.values().iterator();
            ordered.remove(eldest.next());
            eldest.remove();
        }
    }

    private void dropResolved(String key) {
        Alert old = resolved.remove(key);
        if (old != null) {
            ordered.remove(old);
            changed = true;
        }
    }
}
