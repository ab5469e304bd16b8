package io.watchfloor.core.sla;

import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One SLA promise: for incidents of some priorities (and optionally some services), respond within
 * {@code responseTarget} and resolve within {@code resolutionTarget} of business time in
 * {@code calendar}, not counting while the incident is in one of {@code pauseStates}. Immutable.
 *
 * <p>Invariants: a non-blank name; at least one target; targets positive; pause states are open
 * states (resolved, closed and canceled incidents stop or cancel the clock instead). Empty
 * {@code priorities} means every priority, empty {@code services} every service; services match
 * case-insensitively.
 *
 * @param name             what people call it ("P1", "Payments P1"); computed clocks are named
 *                         "{name} response (15m)" and "{name} resolution (4h)"
 * @param priorities       priorities it applies to; empty for all
 * @param services         services it is limited to; empty for all
 * @param responseTarget   time allowed until acknowledgement, in business time
 * @param resolutionTarget time allowed until resolution, in business time
 * @param calendar         when the clocks count
 * @param pauseStates      incident states that pause both clocks (e.g. ON_HOLD)
 * @param thresholds       warn and critical percentages
 */
public record SlaPolicy(String name, Set<Priority> priorities, Set<String> services,
                        Optional<Duration> responseTarget, Optional<Duration> resolutionTarget,
                        BusinessCalendar calendar, Set<IncidentState> pauseStates, SlaThresholds thresholds) {

    public SlaPolicy {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an SLA policy needs a name");
        }
        priorities = Set.copyOf(priorities);
        services = Set.copyOf(services);
        Objects.requireNonNull(responseTarget, "responseTarget");
        Objects.requireNonNull(resolutionTarget, "resolutionTarget");
        if (responseTarget.isEmpty() && resolutionTarget.isEmpty()) {
            throw new IllegalArgumentException("SLA policy '" + name + "' needs a response or a resolution target");
        }
        requirePositive(name, responseTarget);
        requirePositive(name, resolutionTarget);
        Objects.requireNonNull(calendar, "calendar");
        pauseStates = Set.copyOf(pauseStates);
        for (IncidentState s : pauseStates) {
            if (!s.open()) {
                throw new IllegalArgumentException("SLA policy '" + name + "' cannot pause in " + s
                        + ": only open states pause a clock");
            }
        }
        Objects.requireNonNull(thresholds, "thresholds");
    }

    private static void requirePositive(String name, Optional<Duration> target) {
        if (target.isPresent() && (target.get().isNegative() || target.get().isZero())) {
            throw new IllegalArgumentException("SLA policy '" + name + "' has a non-positive target " + target.get());
        }
    }

    /**
     * A 24x7 policy for one priority that pauses On Hold, with the default thresholds.
     */
    public static SlaPolicy forPriority(Priority priority, Duration response, Duration resolution) {
        return new SlaPolicy(priority.name(), EnumSet.of(priority), Set.of(), Optional.of(response),
                Optional.of(resolution), BusinessCalendar.always(), EnumSet.of(IncidentState.ON_HOLD),
                SlaThresholds.DEFAULT);
    }

    /** The same policy counting in {@code newCalendar}. */
    public SlaPolicy withCalendar(BusinessCalendar newCalendar) {
        return new SlaPolicy(name, priorities, services, responseTarget, resolutionTarget, newCalendar, pauseStates,
                thresholds);
    }

    /** The target of a clock kind, if this policy sets one. */
    public Optional<Duration> target(SlaKind kind) {
        return kind == SlaKind.RESPONSE ? responseTarget : resolutionTarget;
    }

    /** Whether an incident of this service and priority falls under this policy. */
    public boolean appliesTo(String service, Priority priority) {
        boolean priorityMatches = priorities.isEmpty() || priorities.contains(priority);
        boolean serviceMatches = services.isEmpty() || services.stream().anyMatch(s -> s.equalsIgnoreCase(service));
        return priorityMatches && serviceMatches;
    }

    /** Whether an incident in {@code state} does not count towards the clocks. */
    public boolean pausesIn(IncidentState state) {
        return pauseStates.contains(state);
    }

    /** 3 when service- and priority-specific, 2 service-only, 1 priority-only, 0 catch-all. */
    int specificity() {
        return (services.isEmpty() ? 0 : 2) + (priorities.isEmpty() ? 0 : 1);
    }
}
