package io.watchfloor.core.sla;

import io.watchfloor.core.Priority;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The times of one incident from history, as {@link ResponseMetrics} reads them.
 *
 * @param priority       its priority
 * @param openedAt       when it was opened
 * @param acknowledgedAt when it was first acknowledged, if it was
 * @param resolvedAt     when it was resolved, if it was
 */
public record IncidentTimes(Priority priority, Instant openedAt, Optional<Instant> acknowledgedAt,
                            Optional<Instant> resolvedAt) {
    public IncidentTimes {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }
}
