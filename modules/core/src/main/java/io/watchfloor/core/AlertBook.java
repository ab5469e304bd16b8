package io.watchfloor.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The alerts on the board, firing and recently resolved, kept in board order and tallied per service as
 * they change, so that a snapshot costs what changed since the last one: it shares the unchanged blocks of
 * the board-ordered list ({@link SortedBlocks}) and reads each service's worst alert from its
 * {@link ServiceTally} instead of scanning ten thousand alerts. Part of {@link BoardReducer} and confined to
 * its thread.
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
    /** Resolved alerts by when they ended, oldest first: the order they expire in. */
    private static final Comparator<Alert> ENDED_ORDER = Comparator.comparing((Alert a) -> a.endedAt().orElseThrow())
            .thenComparing((Alert a) -> a.source().value())
            .thenComparing(Alert::fingerprint);

    private final Duration retention;
    private final int resolvedLimit;
    private final Map<SourceId, Map<String, Alert>> firingBySource = new HashMap<>();
    private final Map<String, ServiceTally> firingByService = new HashMap<>();
    private final Set<String> changedServices = new HashSet<>();
    /** Resolved alerts by key, in the order they were resolved: the eldest leaves first past the limit. */
    private final LinkedHashMap<String, Alert> resolved = new LinkedHashMap<>();
    private final TreeSet<Alert> resolvedByEnd = new TreeSet<>(ENDED_ORDER);
    private final SortedBlocks<Alert> ordered = new SortedBlocks<>(BOARD_ORDER);

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
                // A fingerprint reported twice in one observation: the later report wins.
                Alert before = current.put(a.fingerprint(), a);
                if (before == null) {
                    before = previous.get(a.fingerprint());
                }
                if (before == null) {
                    dropResolved(a.key());
                    addFiring(a);
                } else if (!before.equals(a)) {
                    removeFiring(before);
                    addFiring(a);
                }
            } else if (!previous.containsKey(a.fingerprint()) && !current.containsKey(a.fingerprint())) {
                addResolved(a);
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

    /** Forgets resolved alerts that ended more than the retention before {@code now}. */
    void expire(Instant now) {
        Instant cutoff = now.minus(retention);
        while (!resolvedByEnd.isEmpty() && resolvedByEnd.first().endedAt().orElseThrow().isBefore(cutoff)) {
            Alert a = resolvedByEnd.pollFirst();
            resolved.remove(a.key());
            ordered.remove(a);
        }
    }

    /** Every alert in board order, immutable; the same list until something changes. */
    List<Alert> inBoardOrder() {
        return ordered.snapshot();
    }

    /** Services that have firing alerts now. */
    Set<String> servicesFiring() {
        return firingByService.keySet();
    }

    /** The firing alerts of one service, worst first. */
    List<Alert> firing(String service) {
        return tally(service).alerts();
    }

    /** What fires on one service ({@link ServiceTally#NONE} when nothing does); read it, never change it. */
    ServiceTally tally(String service) {
        return firingByService.getOrDefault(service, ServiceTally.NONE);
    }

    /** The services whose firing alerts changed since the last call. */
    Set<String> takeChangedServices() {
        Set<String> taken = Set.copyOf(changedServices);
        changedServices.clear();
        return taken;
    }

    private void addFiring(Alert a) {
        firingByService.computeIfAbsent(a.service(), s -> new ServiceTally()).add(a);
        changedServices.add(a.service());
        ordered.add(a);
    }

    private void removeFiring(Alert a) {
        ServiceTally mine = firingByService.get(a.service());
        if (mine != null) {
            mine.remove(a);
            if (mine.isEmpty()) {
                firingByService.remove(a.service());
            }
        }
        changedServices.add(a.service());
        ordered.remove(a);
    }

    private void addResolved(Alert a) {
        dropResolved(a.key());
        resolved.put(a.key(), a);
        resolvedByEnd.add(a);
        ordered.add(a);
        while (resolved.size() > resolvedLimit) {
            Iterator<Alert> eldest = resolved.values().iterator();
            Alert old = eldest.next();
            eldest.remove();
            resolvedByEnd.remove(old);
            ordered.remove(old);
        }
    }

    private void dropResolved(String key) {
        Alert old = resolved.remove(key);
        if (old != null) {
            resolvedByEnd.remove(old);
            ordered.remove(old);
        }
    }
}
