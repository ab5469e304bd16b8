package io.watchfloor.core;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable snapshot the UI renders: services, alerts, incidents with their clocks, and the
 * health of every source. A newer snapshot has a larger {@code version}.
 *
 * @param version   increases with every change
 * @param asOf      when this snapshot was made
 * @param services  every configured or discovered service, worst status first
 * @param alerts    firing alerts and recently resolved ones, most severe first
 * @param incidents open incidents, highest priority first
 * @param sources   health of every configured source, by id
 * @param actions   operator actions taken from here: pending ones, and recent outcomes, newest first
 * @param sla       SLA thresholds per incident, due and upcoming escalations, MTTA/MTTR and active peak
 *                  windows ({@link SlaBoard#empty()} where the engine computes none)
 */
public record BoardState(long version, Instant asOf, List<ServiceView> services, List<Alert> alerts,
                         List<Incident> incidents, List<SourceHealth> sources, List<ActionStatus> actions,
                         SlaBoard sla) {

    public BoardState {
        Objects.requireNonNull(asOf, "asOf");
        services = List.copyOf(services);
        // The reducer's board-ordered list is immutable already and shares its blocks with the previous
        // snapshot; copying its ten thousand alerts on every snapshot is what it exists to avoid.
        alerts = alerts instanceof BlockList<Alert> ? alerts : List.copyOf(alerts);
        incidents = List.copyOf(incidents);
        sources = List.copyOf(sources);
        actions = List.copyOf(actions);
        Objects.requireNonNull(sla, "sla");
    }

    /** A board with no SLA side computed (no escalations, no metrics). */
    public BoardState(long version, Instant asOf, List<ServiceView> services, List<Alert> alerts,
                      List<Incident> incidents, List<SourceHealth> sources, List<ActionStatus> actions) {
        this(version, asOf, services, alerts, incidents, sources, actions, SlaBoard.empty());
    }

    /** A board with no operator actions on it. */
    public BoardState(long version, Instant asOf, List<ServiceView> services, List<Alert> alerts,
                      List<Incident> incidents, List<SourceHealth> sources) {
        this(version, asOf, services, alerts, incidents, sources, List.of());
    }

    /** The same board with these incidents (their clocks recomputed) and this SLA side. */
    public BoardState withSla(List<Incident> newIncidents, SlaBoard newSla) {
        return new BoardState(version, asOf, services, alerts, newIncidents, sources, actions, newSla);
    }

    /** A board with nothing on it yet. */
    public static BoardState empty(Instant asOf) {
        return new BoardState(0, asOf, List.of(), List.of(), List.of(), List.of());
    }

    /** Firing alerts per severity, every severity present (zero when none), in severity order. */
    public Map<Severity, Integer> firingCounts() {
        EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Alert a : alerts) {
            if (a.firing()) {
                counts.merge(a.severity(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Firing alerts of this severity that nobody has acknowledged or silenced, nor is doing so right now. */
    public long unattended(Severity severity) {
        Set<String> handled = handledByUs();
        return alerts.stream().filter(a -> a.severity() == severity && a.needsAttention() && !handled.contains(a.key()))
                .count();
    }

    /** Keys of the targets an acknowledgement or silence of ours is pending or accepted for. */
    private Set<String> handledByUs() {
        Set<String> keys = new HashSet<>();
        for (ActionStatus s : actions) {
            if ((s.action().kind() == ActionKind.ACKNOWLEDGE || s.action().kind() == ActionKind.SILENCE)
                    && (s.pending() || s.accepted())) {
                keys.add(s.action().target().key());
            }
        }
        return keys;
    }

    /**
     * Whether an alert still needs someone: firing, not acknowledged or silenced upstream, and no
     * acknowledgement or silence of ours for it is pending or accepted (the optimistic view: a refused
     * one counts for nothing, so the alert needs attention again).
     */
    public boolean needsAttention(Alert alert) {
        return alert.needsAttention() && actions.stream().noneMatch(s -> s.action().target().key().equals(alert.key())
                && (s.action().kind() == ActionKind.ACKNOWLEDGE || s.action().kind() == ActionKind.SILENCE)
                && (s.pending() || s.accepted()));
    }

    /** The newest action of ours on this target (by {@code Alert.key()} or {@code Incident.key()}), if any. */
    public Optional<ActionStatus> latestAction(String targetKey) {
        return actions.stream().filter(s -> s.action().target().key().equals(targetKey)).findFirst();
    }

    /** The {@code limit} live SLA clocks that breach first (breached ones first of all). */
    public List<UrgentClock> urgentClocks(Instant now, int limit) {
        return incidents.stream()
                .flatMap(i -> i.clocks().stream().filter(SlaClock::live).map(c -> new UrgentClock(i, c)))
                .sorted(Comparator.comparing((UrgentClock u) -> u.clock().remainingAt(now)))
                .limit(limit)
                .toList();
    }

    public Optional<SourceHealth> health(SourceId id) {
        return sources.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Optional<ServiceView> service(String name) {
        return services.stream().filter(s -> s.service().name().equals(name)).findFirst();
    }
}
