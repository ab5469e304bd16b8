package io.watchfloor.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Folds {@link SourceEvent}s into {@link BoardState} snapshots. Confined to one thread (the engine's
 * writer thread): it is not thread-safe, the snapshots it returns are immutable.
 *
 * <p>Each observation replaces its source's previous set. An alert that vanishes from a source is
 * resolved at the instant of the observation that no longer has it (Alertmanager drops resolved
 * alerts) and stays on the board as resolved for {@code resolvedRetention} (the newest
 * {@value #RESOLVED_LIMIT} at most). Alerts are kept in board order as they change ({@link AlertBook}),
 * so a snapshot of ten thousand alerts copies a list rather than sorting it. A failed read keeps the
 * source's last known data; its health says how old that is.
 */
public final class BoardReducer {
    /** At most this many resolved alerts stay on the board (the newest), whatever the retention. */
    static final int RESOLVED_LIMIT = 1000;
    private final Map<String, Service> catalog = new LinkedHashMap<>();
    private final Duration resolvedRetention;
    private final Map<SourceId, SourceHealth> health = new TreeMap<>();
    private final AlertBook alerts;
    private final Map<SourceId, List<Incident>> incidentsBySource = new HashMap<>();
    private final Map<SourceId, List<Availability>> availabilityBySource = new HashMap<>();
    private final Map<SourceId, List<ProbeResult>> probesBySource = new HashMap<>();
    private final Map<String, ActionStatus> actions = new LinkedHashMap<>();
    private long version;

    /**
     * @param services          the configured services, shown even when no source mentions them
     * @param resolvedRetention how long a resolved alert stays on the board
     */
    public BoardReducer(List<Service> services, Duration resolvedRetention) {
        for (Service s : services) {
            if (catalog.putIfAbsent(s.name(), s) != null) {
                throw new IllegalArgumentException("service '" + s.name() + "' is configured twice");
            }
        }
        this.resolvedRetention = Objects.requireNonNull(resolvedRetention, "resolvedRetention");
        this.alerts = new AlertBook(resolvedRetention, RESOLVED_LIMIT);
    }

    /** Declares a source, so that the board shows it (pending) before its first read. */
    public void register(SourceHealth initial) {
        health.put(initial.id(), initial);
    }

    /** Applies one event. Events from undeclared sources are refused: that is a wiring bug. */
    public void apply(SourceEvent event) {
        SourceHealth h = health.get(event.source());
        if (h == null) {
            throw new IllegalStateException("event from undeclared source " + event.source());
        }
        // Java 17: no pattern matching for switch yet; SourceEvent is sealed, so this chain is complete.
        if (event instanceof SourceEvent.AlertsObserved e) {
            alerts.replace(e.source(), e.observedAt(), e.alerts());
            health.put(e.source(), h.succeeded(e.observedAt()));
        } else if (event instanceof SourceEvent.IncidentsObserved e) {
            incidentsBySource.put(e.source(), e.incidents());
            health.put(e.source(), h.succeeded(e.observedAt()));
        } else if (event instanceof SourceEvent.AvailabilityObserved e) {
            availabilityBySource.put(e.source(), e.availability());
            probesBySource.put(e.source(), e.probes());
            health.put(e.source(), h.succeeded(e.observedAt()));
        } else if (event instanceof SourceEvent.SourceFailed e) {
            health.put(e.source(), h.failed(e.observedAt(), e.reason()));
        } else {
            throw new IllegalStateException("unhandled event " + event.getClass());
        }
        version++;
    }

    /** Shows an action as pending (the optimistic view) until {@link #actionAnswered} says how it went. */
    public void actionTaken(OperatorAction action, Instant at) {
        actions.put(action.id(), new ActionStatus(action, Optional.empty(), at));
        version++;
    }

    /**
     * Notes that a pending action could not be completed yet and waits in the outbox for another try.
     * Unknown or already answered ids are ignored.
     */
    public void actionProgress(String actionId, String progress, Instant at) {
        ActionStatus s = actions.get(actionId);
        if (s != null && s.pending()) {
            actions.put(actionId, new ActionStatus(s.action(), Optional.empty(), at, Optional.of(progress)));
            version++;
        }
    }

    /** Records the upstream's answer; a rejection rolls the optimistic view back. Unknown ids are ignored. */
    public void actionAnswered(String actionId, ActionOutcome outcome, Instant at) {
        ActionStatus s = actions.get(actionId);
        if (s != null) {
            actions.put(actionId, new ActionStatus(s.action(), Optional.of(outcome), at));
            version++;
        }
    }

    /** The board as of {@code now}. */
    public BoardState snapshot(Instant now) {
        alerts.expire(now);
        actions.values().removeIf(s -> !s.pending() && s.updatedAt().plus(resolvedRetention).isBefore(now));

        List<Incident> incidents = new ArrayList<>();
        incidentsBySource.values().forEach(incidents::addAll);
        List<Availability> availability = new ArrayList<>();
        availabilityBySource.values().forEach(availability::addAll);
        List<ProbeResult> probes = new ArrayList<>();
        probesBySource.values().forEach(probes::addAll);

        boolean monitoringCurrent = health.values().stream()
                .filter(h -> !h.kind().desk())
                .anyMatch(h -> h.freshness(now).current());

        Map<String, Service> services = new LinkedHashMap<>(catalog);
        for (String name : alerts.servicesFiring()) {
            services.computeIfAbsent(name, Service::discovered);
        }
        for (Incident i : incidents) {
            services.computeIfAbsent(i.service(), Service::discovered);
        }

        List<ServiceView> views = new ArrayList<>();
        // Group once per snapshot: this runs every pulse, and services x alerts scans do not scale.
        Map<String, List<ProbeResult>> probesByService = probes.stream().collect(Collectors.groupingBy(ProbeResult::service));
        Map<String, List<Incident>> incidentsByService = incidents.stream().collect(Collectors.groupingBy(Incident::service));
        Map<String, List<Availability>> availabilityByService =
                availability.stream().collect(Collectors.groupingBy(Availability::service));
        for (Service s : services.values()) {
            List<Alert> mine = alerts.firing(s.name());
            ServiceStatusRule.Verdict v = ServiceStatusRule.decide(mine, probesByService.getOrDefault(s.name(), List.of()),
                    incidentsByService.getOrDefault(s.name(), List.of()), monitoringCurrent);
            List<Availability> myAvailability = availabilityByService.getOrDefault(s.name(), List.of()).stream()
                    .sorted(Comparator.comparing(Availability::window)).toList();
            views.add(new ServiceView(s, v.status(), v.reason(), myAvailability, mine.size()));
        }
        views.sort(Comparator.comparing(ServiceView::status)
                .thenComparing(v -> v.service().criticality())
                .thenComparing(v -> v.service().name()));

        incidents.sort(Comparator.comparing(Incident::priority)
                .thenComparing(Incident::openedAt)
                .thenComparing((Incident i) -> i.source().value())
                .thenComparing(Incident::id));
        List<ActionStatus> recentFirst = new ArrayList<>(actions.values());
        java.util.Collections.reverse(recentFirst);
        return new BoardState(version, now, views, alerts.inBoardOrder(), incidents, List.copyOf(health.values()), recentFirst);
    }
}
