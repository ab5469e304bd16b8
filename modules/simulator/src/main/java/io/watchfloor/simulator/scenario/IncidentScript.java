package io.watchfloor.simulator.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the simulated desk staff will do with one incident: its opening values and timed changes.
 * Immutable; an injected incident gets a new script with an extra step when its outage ends.
 *
 * @param key      stable identity within the scenario (seeds the record id)
 * @param openedAt when it is opened
 * @param openedBy who opens it (a person's name)
 * @param opening  the field values at opening; must contain SHORT_DESCRIPTION, STATE, IMPACT, URGENCY
 * @param steps    later changes, sorted by time
 */
public record IncidentScript(String key, Instant openedAt, String openedBy, Map<IncidentField, String> opening,
                             List<IncidentChange> steps) {
    public IncidentScript {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(openedBy, "openedBy");
        opening = Map.copyOf(opening);
        for (IncidentField required : List.of(IncidentField.SHORT_DESCRIPTION, IncidentField.STATE,
                IncidentField.IMPACT, IncidentField.URGENCY)) {
            if (!opening.containsKey(required)) {
                throw new IllegalArgumentException("incident script " + key + " lacks " + required);
            }
        }
        List<IncidentChange> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(IncidentChange::at));
        steps = List.copyOf(sorted);
    }

    /** Opening order: by opening time, then key. */
    public static final Comparator<IncidentScript> OPENING_ORDER =
            Comparator.comparing(IncidentScript::openedAt).thenComparing(IncidentScript::key);

    /** The same script with one more step. */
    public IncidentScript withStep(IncidentChange step) {
        List<IncidentChange> more = new ArrayList<>(steps);
        more.add(step);
        return new IncidentScript(key, openedAt, openedBy, opening, more);
    }
}
