package io.watchfloor.simulator.servicenow;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One attached SLA of an incident ({@code task_sla}) as of an instant. Immutable.
 *
 * @param definition  the SLA definition
 * @param start       when the clock started
 * @param end         when it stopped (completed or cancelled)
 * @param stage       in_progress, paused, completed or cancelled
 * @param pausedTotal pause time of finished pauses
 * @param pausedSince start of the running pause, if paused
 */
record SlaRun(SlaDefinition definition, Instant start, Optional<Instant> end, String stage, Duration pausedTotal,
              Optional<Instant> pausedSince) {

    /** All pause time up to {@code now}. */
    Duration pauseAt(Instant now) {
        return pausedTotal.plus(pausedSince.map(p -> Duration.between(p, now)).orElse(Duration.ZERO));
    }

    /** Counted time up to {@code now} (or the end), pauses excluded. */
    Duration elapsedAt(Instant now) {
        Duration span = Duration.between(start, end.orElse(now)).minus(pauseAt(end.orElse(now)));
        return span.isNegative() ? Duration.ZERO : span;
    }

    boolean breachedAt(Instant now) {
        return elapsedAt(now).compareTo(definition.target()) >= 0;
    }

    boolean active() {
        return stage.equals("in_progress") || stage.equals("paused");
    }
}
