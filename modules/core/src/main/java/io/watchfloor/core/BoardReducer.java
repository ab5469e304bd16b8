package io.watchfloor.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Folds {@link SourceEvent}s into {@link BoardState} snapshots. Confined to one thread (the engine's
 * writer thread): it is not thread-safe, the snapshots it returns are immutable.
 *
 * <p>Each observation replaces its source's previous set. An alert that vanishes from a source is
 * resolved at the instant of the observation that no longer has it (Alertmanager drops resolved
 * alerts) and stays on the board as resolved for {@code resolvedRetention} (the newest
 * {@value #RESOLVED_LIMIT} at most). A snapshot costs what changed since the previous one, not what the
 * board holds: alerts are kept in board order and tallied per service as they change ({@link AlertBook}),
 * the board-ordered list shares its unchanged blocks with the previous snapshot, only the services whose
 * alerts changed get a new status ({@link ServiceViews}), and incidents are sorted when a source reports them
 * ({@link SourceReports}). A failed read keeps the source's last known data; its health says how old that is.
 */
public final class BoardReducer {
    /** At most this many resolved alerts stay on the board (the newest), whatever the retention. */
    static final int RESOLVED_LIMIT = 1000;
    private final ServiceViews services;
    private final Duration resolvedRetention;
    private final Map<SourceId, SourceHealth> health = new TreeMap<>();
    private final AlertBook alerts;
    private final SourceReports reports = new SourceReports();
    private final Map<String, ActionStatus> actions = new LinkedHashMap<>();
    private long version;

    /**
     * @param services          the configured services, shown even when no source mentions them
     * @param resolvedRetention how long a resolved alert stays on the board
     */
    public BoardReducer(List<Service> services, Duration resolvedRetention) {
        this.services = new ServiceViews(services);
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
            reports.incidents(e.source(), e.incidents());
            health.put(e.source(), h.succeeded(e.observedAt()));
        } else if (event instanceof SourceEvent.AvailabilityObserved e) {
            reports.availability(e.source(), e.availability(), e.probes());
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
        boolean monitoringCurrent = false;
        for (SourceHealth h : health.values()) {
            monitoringCurrent |= !h.kind().desk() && h.freshness(now).current();
        }
        List<ActionStatus> recentFirst = new ArrayList<>(actions.values());
        Collections.reverse(recentFirst);
        return new BoardState(version, now, services.views(alerts, reports, monitoringCurrent), alerts.inBoardOrder(),
                reports.incidents(), List.copyOf(health.values()), recentFirst);
    }
}
