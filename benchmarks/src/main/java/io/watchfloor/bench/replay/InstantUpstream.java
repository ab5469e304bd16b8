package io.watchfloor.bench.replay;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Service;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.PolledSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An upstream that costs nothing: each read returns what a real read of the simulator returned (the same alerts or
 * incidents, re-observed now), and every action is accepted at once without a request. With it the replay measures
 * the outbox and the engine alone (store writes, board updates, conflict checks on a board of the real size).
 * Thread-safe (immutable apart from the clock it reads).
 */
final class InstantUpstream implements SourceConnector, ActionConnector {
    private final SourceHealth health;
    private final Clock clock;
    private final Function<java.time.Instant, List<SourceEvent>> read;

    /**
     * @param health the real source's health on the first board: its id, kind and endpoint
     * @param read   what a read returns at an instant
     */
    InstantUpstream(SourceHealth health, Clock clock, Function<java.time.Instant, List<SourceEvent>> read) {
        this.health = Objects.requireNonNull(health, "health");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.read = Objects.requireNonNull(read, "read");
    }

    /**
     * An engine like the bed's (same sources, poll intervals and services) whose sources are instant upstreams
     * re-reporting what the bed's first board holds of each; started, and read once.
     */
    static Engine engine(BoardState first, List<Service> services, Clock clock) throws InterruptedException {
        List<PolledSource> sources = new ArrayList<>();
        for (SourceHealth h : first.sources()) {
            List<Alert> alerts = first.alerts().stream().filter(a -> a.source().equals(h.id())).toList();
            List<Incident> incidents = first.incidents().stream().filter(i -> i.source().equals(h.id())).toList();
            sources.add(new PolledSource(new InstantUpstream(h, clock, at -> h.kind() == SourceKind.SERVICENOW
                    ? List.of(new SourceEvent.IncidentsObserved(h.id(), at, incidents))
                    : List.of(new SourceEvent.AlertsObserved(h.id(), at, alerts))), h.pollInterval()));
        }
        Engine engine = new Engine(sources, services, clock, Duration.ofSeconds(1));
        engine.start();
        engine.awaitFirstRead(Duration.ofSeconds(60));
        return engine;
    }

    @Override
    public SourceId id() {
        return health.id();
    }

    @Override
    public SourceKind kind() {
        return health.kind();
    }

    @Override
    public String endpoint() {
        return health.endpoint();
    }

    @Override
    public List<SourceEvent> poll() {
        return read.apply(clock.instant());
    }

    @Override
    public boolean supports(ActionKind kind, TargetRef.Type type) {
        return true;
    }

    @Override
    public ActionOutcome perform(OperatorAction action, ActionContext context) {
        return new ActionOutcome.Accepted(action.kind().verb() + " done " + ActionConnector.marker(action),
                Optional.empty());
    }
}
