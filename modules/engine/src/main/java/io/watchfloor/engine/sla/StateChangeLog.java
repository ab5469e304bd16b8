package io.watchfloor.engine.sla;

import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.sla.StateChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writer-thread confined. The state changes the engine has seen per incident between polls, so that a
 * computed clock knows how long an incident was On Hold. A change is dated by the desk's last update of
 * the incident when that lies between the previous change and now (desks update the record when the state
 * changes), else by the instant it was noticed. An incident first seen in a state other than New counts as
 * having entered it at its last update. It also remembers when an incident first seen untaken was first seen
 * taken on ({@link #takenOn(Incident)}: the desk's response), which a desk that records no acknowledgement
 * instant does not say otherwise. Incidents that leave the board are forgotten.
 */
final class StateChangeLog {
    /** Far more changes than a real incident has; a flapping feed cannot grow the log without bound. */
    private static final int MAX_CHANGES = 500;

    private final Map<String, List<StateChange>> byIncident = new HashMap<>();
    private final Map<String, Instant> takenOnAt = new HashMap<>();
    private final Set<String> seenUntaken = new HashSet<>();

    /** Notes the states of the incidents on the board at {@code now}; forgets incidents no longer on it. */
    void observe(List<Incident> incidents, Instant now) {
        Set<String> seen = new HashSet<>();
        for (Incident i : incidents) {
            seen.add(i.key());
            noteTakenOn(i, now);
            List<StateChange> log = byIncident.get(i.key());
            if (log == null) {
                log = new ArrayList<>(2);
                byIncident.put(i.key(), log);
                if (i.state() != IncidentState.NEW) {
                    log.add(new StateChange(clamp(i.updatedAt(), i.openedAt(), now), i.state()));
                }
                continue;
            }
            IncidentState last = log.isEmpty() ? IncidentState.NEW : log.get(log.size() - 1).state();
            if (last != i.state() && log.size() < MAX_CHANGES) {
                Instant previous = log.isEmpty() ? i.openedAt() : log.get(log.size() - 1).at();
                Instant at = i.updatedAt().isAfter(previous) && !i.updatedAt().isAfter(now) ? i.updatedAt() : now;
                log.add(new StateChange(at.isBefore(previous) ? previous : at, i.state()));
            }
        }
        if (byIncident.size() > seen.size()) {
            byIncident.keySet().retainAll(seen);
            takenOnAt.keySet().retainAll(seen);
            seenUntaken.retainAll(seen);
        }
    }

    /** The changes seen for this incident, oldest first (empty for one never seen). */
    List<StateChange> of(String incidentKey) {
        return byIncident.getOrDefault(incidentKey, List.of());
    }

    /**
     * Whether someone has taken the incident on, as the console reads it: the desk records an acknowledgement,
     * or the incident is assigned and in progress or on hold.
     */
    static boolean takenOn(Incident i) {
        return i.acknowledgement().isPresent() || (i.assignee().isPresent()
                && (i.state() == IncidentState.IN_PROGRESS || i.state() == IncidentState.ON_HOLD));
    }

    private void noteTakenOn(Incident i, Instant now) {
        if (!takenOn(i)) {
            seenUntaken.add(i.key());
        } else if (seenUntaken.contains(i.key()) && !takenOnAt.containsKey(i.key())) {
            boolean plausible = !i.updatedAt().isAfter(now) && !i.updatedAt().isBefore(i.openedAt());
            takenOnAt.put(i.key(), plausible ? i.updatedAt() : now);
        }
    }

    /**
     * When the incident was first seen taken on, if it was seen untaken before; empty for one taken on when first
     * seen (then nobody knows when that happened).
     */
    Optional<Instant> takenOnAt(String incidentKey) {
        return Optional.ofNullable(takenOnAt.get(incidentKey));
    }

    private static Instant clamp(Instant t, Instant min, Instant max) {
        if (t.isBefore(min)) {
            return min;
        }
        return t.isAfter(max) && !min.isAfter(max) ? max : t;
    }
}
