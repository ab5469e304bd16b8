package io.watchfloor.core.sla;

import io.watchfloor.core.IncidentState;
import java.time.Instant;
import java.util.Objects;

/**
 * An incident entered {@code state} at {@code at}, as observed (from the desk's history or by the
 * engine noticing the state change between polls).
 *
 * @param at    when the incident entered the state
 * @param state the state it entered
 */
public record StateChange(Instant at, IncidentState state) {
    public StateChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
    }
}
