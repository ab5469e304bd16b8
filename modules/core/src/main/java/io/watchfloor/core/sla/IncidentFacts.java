package io.watchfloor.core.sla;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an SLA clock is computed from: when the incident was opened, acknowledged and resolved, and
 * the state changes observed since. Immutable.
 *
 * <p>Invariant: {@code history} is sorted by instant (stable for equal instants). Before its first
 * change the incident is {@link IncidentState#NEW}; afterwards it is in the state of the last change
 * at or before the instant asked about.
 *
 * @param openedAt       when the incident was opened; both clocks start here
 * @param acknowledgedAt when it was first acknowledged, if it was (stops the response clock)
 * @param resolvedAt     when it was resolved, if it was (stops the resolution clock)
 * @param history        observed state changes
 */
public record IncidentFacts(Instant openedAt, Optional<Instant> acknowledgedAt, Optional<Instant> resolvedAt,
                            List<StateChange> history) {

    public IncidentFacts {
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        List<StateChange> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(StateChange::at));
        history = List.copyOf(sorted);
    }

    /**
     * The facts of a desk incident: its opening, its acknowledgement's start, its resolution and the
     * state changes the engine observed. When {@code observed} does not end in the incident's current
     * state, a change into that state at {@code updatedAt} (the desk's last update, never before the
     * last observed change) is appended, so an incident first seen On Hold counts as paused.
     */
    public static IncidentFacts of(Incident incident, List<StateChange> observed) {
        List<StateChange> history = new ArrayList<>(observed);
        history.sort(Comparator.comparing(StateChange::at));
        IncidentState last = history.isEmpty() ? IncidentState.NEW : history.get(history.size() - 1).state();
        if (last != incident.state()) {
            Instant at = incident.updatedAt();
            if (!history.isEmpty() && at.isBefore(history.get(history.size() - 1).at())) {
                at = history.get(history.size() - 1).at();
            }
            history.add(new StateChange(at.isBefore(incident.openedAt()) ? incident.openedAt() : at, incident.state()));
        }
        return new IncidentFacts(incident.openedAt(), incident.acknowledgement().map(Acknowledgement::since),
                incident.resolvedAt(), history);
    }

    /** The state at {@code at}: the last change at or before it, NEW before the first. */
    public IncidentState stateAt(Instant at) {
        IncidentState state = IncidentState.NEW;
        for (StateChange c : history) {
            if (c.at().isAfter(at)) {
                break;
            }
            state = c.state();
        }
        return state;
    }

    /** The state after the last observed change (NEW when none was observed). */
    public IncidentState latestState() {
        return history.isEmpty() ? IncidentState.NEW : history.get(history.size() - 1).state();
    }

    /**
     * When the incident was resolved for good: {@code resolvedAt} when the desk says so, else the
     * start of the trailing run of RESOLVED/CLOSED changes in the history, if it ends in one.
     */
    public Optional<Instant> resolution() {
        if (resolvedAt.isPresent()) {
            return resolvedAt;
        }
        Optional<Instant> start = Optional.empty();
        for (int i = history.size() - 1; i >= 0; i--) {
            IncidentState s = history.get(i).state();
            if (s != IncidentState.RESOLVED && s != IncidentState.CLOSED) {
                break;
            }
            start = Optional.of(history.get(i).at());
        }
        return start;
    }

    /** When the incident was canceled, if the history ends in CANCELED (and no resolution is known). */
    public Optional<Instant> cancellation() {
        if (resolvedAt.isPresent() || latestState() != IncidentState.CANCELED) {
            return Optional.empty();
        }
        return Optional.of(history.get(history.size() - 1).at());
    }
}
