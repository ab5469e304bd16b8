package io.watchfloor.core;

import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.core.escalation.EscalationProposal;
import io.watchfloor.core.escalation.PeakWindow;
import io.watchfloor.core.sla.MetricsReport;
import io.watchfloor.core.sla.ResponseMetrics;
import io.watchfloor.core.sla.SlaLevel;
import io.watchfloor.core.sla.SlaThresholds;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SLA and escalation side of a board snapshot: the warn thresholds each incident's clocks are graded
 * by, the escalations that are due (with their reason, levels and who), the next escalation per incident
 * ("escalates at 14:05 to Shift lead"), MTTA/MTTR per priority from history, and the peak windows active
 * at the snapshot's instant. Immutable; any thread.
 *
 * <p>Invariants: at most one due escalation and one upcoming one per incident; every key is an incident
 * key ({@link Incident#key()}); due escalations are ordered by due instant, oldest first.
 *
 * @param thresholds  per incident key, the thresholds of the SLA policy that applies to it (incidents no
 *                    policy applies to are graded by {@link SlaThresholds#DEFAULT})
 * @param due         escalations due now, oldest first
 * @param upcoming    per incident key, the next escalation that becomes due if nothing changes
 * @param metrics     MTTA/MTTR reports ("today", "7 days"); empty until history has been read
 * @param targets     the response and resolution targets per priority the metrics are measured against
 * @param activePeaks peak trading windows active at the snapshot's instant
 */
public record SlaBoard(Map<String, SlaThresholds> thresholds, List<DueEscalation> due,
                       Map<String, EscalationProposal> upcoming, List<MetricsReport> metrics,
                       ResponseMetrics targets, List<PeakWindow> activePeaks) {
    private static final SlaBoard EMPTY = new SlaBoard(Map.of(), List.of(), Map.of(), List.of(),
            new ResponseMetrics(Map.of(), Map.of()), List.of());

    public SlaBoard {
        thresholds = Map.copyOf(thresholds);
        due = List.copyOf(due);
        upcoming = Map.copyOf(upcoming);
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(targets, "targets");
        activePeaks = List.copyOf(activePeaks);
    }

    /** Nothing computed: desk clocks graded by the default thresholds, no escalations, no metrics. */
    public static SlaBoard empty() {
        return EMPTY;
    }

    /** The thresholds the clocks of this incident are graded by. */
    public SlaThresholds thresholds(String incidentKey) {
        return thresholds.getOrDefault(incidentKey, SlaThresholds.DEFAULT);
    }

    /** How urgent {@code clock} of {@code incident} is at {@code now}, by its policy's thresholds. */
    public SlaLevel level(Incident incident, SlaClock clock, Instant now) {
        return SlaLevel.levelAt(clock, now, thresholds(incident.key()));
    }

    /** The escalation due for this incident, if any. */
    public Optional<DueEscalation> due(String incidentKey) {
        return due.stream().filter(d -> d.incidentKey().equals(incidentKey)).findFirst();
    }

    /** The next escalation of this incident if nothing changes, if any. */
    public Optional<EscalationProposal> upcoming(String incidentKey) {
        return Optional.ofNullable(upcoming.get(incidentKey));
    }

    /** The report of the window with this name ("today", "7 days"), if history has been read. */
    public Optional<MetricsReport> metrics(String windowName) {
        return metrics.stream().filter(m -> m.window().name().equals(windowName)).findFirst();
    }

    /** The same board restricted to these incidents (for a wall page's filter); metrics and peaks stay. */
    public SlaBoard forIncidents(Set<String> incidentKeys) {
        return new SlaBoard(
                thresholds.entrySet().stream().filter(e -> incidentKeys.contains(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                due.stream().filter(d -> incidentKeys.contains(d.incidentKey())).toList(),
                upcoming.entrySet().stream().filter(e -> incidentKeys.contains(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                metrics, targets, activePeaks);
    }

    /** The same board with these MTTA/MTTR reports. */
    public SlaBoard withMetrics(List<MetricsReport> reports) {
        return new SlaBoard(thresholds, due, upcoming, reports, targets, activePeaks);
    }
}
