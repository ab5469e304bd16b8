package io.watchfloor.store;

import io.watchfloor.core.Priority;
import io.watchfloor.core.SourceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One incident as the history keeps it, for MTTA and MTTR.
 *
 * @param source         the desk
 * @param id             the desk's key
 * @param number         the human number, as last seen
 * @param service        the affected service, as last seen
 * @param priority       the priority, as last seen
 * @param openedAt       when the desk says it opened
 * @param acknowledgedAt the first acknowledgement seen (the acknowledgement's own instant)
 * @param resolvedAt     the first resolution seen
 */
public record IncidentRecord(SourceId source, String id, String number, String service, Priority priority,
                             Instant openedAt, Optional<Instant> acknowledgedAt, Optional<Instant> resolvedAt) {
    public IncidentRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }

    /** Time to acknowledge, once acknowledged. */
    public Optional<Duration> timeToAcknowledge() {
        return acknowledgedAt.map(a -> Duration.between(openedAt, a));
    }

    /** Time to resolve, once resolved. */
    public Optional<Duration> timeToResolve() {
        return resolvedAt.map(r -> Duration.between(openedAt, r));
    }
}
