package io.watchfloor.core.sla;

import io.watchfloor.core.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * MTTA (mean time to acknowledge) and MTTR (mean time to resolve) per priority, against per-priority
 * targets. Immutable and thread-safe.
 *
 * <p>An incident counts in a window for MTTA when it was <em>acknowledged</em> in the window, and for
 * MTTR when it was <em>resolved</em> in the window (so a window reports what was finished in it, and
 * open incidents do not drag the mean down). Durations are wall-clock time from {@code openedAt}; a
 * desk's inconsistent ack or resolution before the opening counts as zero.
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
        return new MetricsReport(window,
                stats(incidents, window, IncidentTimes::acknowledgedAt, responseTargets),
                stats(incidents, window, IncidentTimes::resolvedAt, resolutionTargets));
    }

    private static Map<Priority, DurationStats> stats(List<IncidentTimes> incidents, MetricsWindow window,
                                                      Function<IncidentTimes, Optional<Instant>> end,
                                                      Map<Priority, Duration> targets) {
        Map<Priority, List<Duration>> samples = new EnumMap<>(Priority.class);
        for (IncidentTimes i : incidents) {
            Optional<Instant> finished = end.apply(i);
            if (finished.isPresent() && window.contains(finished.get())) {
                Duration d = Duration.between(i.openedAt(), finished.get());
                samples.computeIfAbsent(i.priority(), p -> new ArrayList<>()).add(d.isNegative() ? Duration.ZERO : d);
            }
        }
        Map<Priority, DurationStats> stats = new EnumMap<>(Priority.class);
        samples.forEach((p, list) -> stats.put(p, statsOf(list, Optional.ofNullable(targets.get(p)))));
        return stats;
    }

    static DurationStats statsOf(List<Duration> samples, Optional<Duration> target) {
        List<Duration> sorted = new ArrayList<>(samples);
        sorted.sort(null);
        int n = sorted.size();
        Duration sum = sorted.stream().reduce(Duration.ZERO, Duration::plus);
        Duration median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
        Optional<Double> share = target.map(t -> sorted.stream().filter(d -> d.compareTo(t) <= 0).count() / (double) n);
        return new DurationStats(n, sum.dividedBy(n), median, target, share);
    }
}
