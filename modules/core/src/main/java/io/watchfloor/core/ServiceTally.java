package io.watchfloor.core;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The firing alerts of one service, kept worst first as they change, so that the service's status needs
 * neither a scan of its alerts nor a copy of them on every snapshot. Part of {@link AlertBook} and confined
 * to its thread.
 */
final class ServiceTally {
    /** A service with nothing firing. */
    static final ServiceTally NONE = new ServiceTally();

    private final TreeSet<Alert> worstFirst = new TreeSet<>(ServiceStatusRule.WORST_FIRST);
    private final int[] bySeverity = new int[Severity.values().length];

    void add(Alert firing) {
        if (worstFirst.add(firing)) {
            bySeverity[firing.severity().ordinal()]++;
        }
    }

    void remove(Alert firing) {
        if (worstFirst.remove(firing)) {
            bySeverity[firing.severity().ordinal()]--;
        }
    }

    boolean isEmpty() {
        return worstFirst.isEmpty();
    }

    /** How many alerts fire on the service. */
    int firing() {
        return worstFirst.size();
    }

    /** How many alerts of this severity fire on the service. */
    int firing(Severity severity) {
        return bySeverity[severity.ordinal()];
    }

    /** The alert that decides the service's status: the most severe, then the oldest. */
    Optional<Alert> worst() {
        return worstFirst.isEmpty() ? Optional.empty() : Optional.of(worstFirst.first());
    }

    /** The firing alerts, worst first (a copy). */
    List<Alert> alerts() {
        return List.copyOf(worstFirst);
    }
}
