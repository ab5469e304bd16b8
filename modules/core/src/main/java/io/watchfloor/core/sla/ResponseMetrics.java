package io.watchfloor.core.sla;

import io.watchfloor.core.Priority;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MTTA (mean time to acknowledge) and MTTR (mean time to resolve) per priority, against per-priority
 * targets. Immutable and thread-safe.
 *
 * <p>An incident counts in a window for MTTA when it was <em>acknowledged</em> in the window, and for
 * MTTR when it was <em>resolved</em> in the window (so a window reports what was finished in it, and
 * open incidents do not drag the mean down). Durations are wall-clock time from {@code openedAt}; a
 * desk's inconsistent ack or resolution before the opening counts as zero (and one over about 292 years as
 * 292 years: durations are counted in nanoseconds). The incidents come as a list, or as
 * {@link ResponseSamples} (compact, for a week of history); both give the same report.
 *
 * @param responseTargets   target time to acknowledge per priority (a priority may have none)
 * @param resolutionTargets target time to resolve per priority (a priority may have none)
 */
public record ResponseMetrics(Map<Priority, Duration> responseTargets, Map<Priority, Duration> resolutionTargets) {

    public ResponseMetrics {
        responseTargets = Map.copyOf(responseTargets);
        resolutionTargets = Map.copyOf(resolutionTargets);
    }

    /**
     * Targets taken from the policies: for each priority, the targets of the policy an incident of
     * that priority on a service no policy names would get.
     */
    public static ResponseMetrics targetsOf(SlaPolicies policies) {
        Map<Priority, Duration> response = new EnumMap<>(Priority.class);
        Map<Priority, Duration> resolution = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            Optional<SlaPolicy> policy = policies.policies().stream()
                    .filter(x -> x.services().isEmpty() && x.appliesTo("", p))
                    .reduce((a, b) -> b.specificity() > a.specificity() ? b : a);
            policy.flatMap(SlaPolicy::responseTarget).ifPresent(t -> response.put(p, t));
            policy.flatMap(SlaPolicy::resolutionTarget).ifPresent(t -> resolution.put(p, t));
        }
        return new ResponseMetrics(response, resolution);
    }

    /** MTTA and MTTR per priority of the incidents finished in {@code window}. */
    public MetricsReport report(List<IncidentTimes> incidents, MetricsWindow window) {
        return report(ResponseSamples.of(incidents), window);
    }

    /** MTTA and MTTR per priority of the acknowledgements and resolutions in {@code window}. */
    public MetricsReport report(ResponseSamples samples, MetricsWindow window) {
        return new MetricsReport(window, samples.acknowledgements().stats(window, responseTargets),
                samples.resolutions().stats(window, resolutionTargets));
    }
}
