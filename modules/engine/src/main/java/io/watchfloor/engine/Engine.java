package io.watchfloor.engine;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ChangeNotifying;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.BoardReducer;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Service;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.escalation.EscalationPolicy;
import io.watchfloor.core.sla.SlaPolicies;
import io.watchfloor.engine.action.ActionGateway;
import io.watchfloor.engine.sla.MetricsLoader;
import io.watchfloor.engine.sla.SlaStage;
import io.watchfloor.store.CacheStore;
import io.watchfloor.store.CachedSource;
import io.watchfloor.store.IncidentHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime: reads every source on its own thread ({@code wf-poll-<id>}) on its own schedule,
 * folds what they report into {@link BoardState} snapshots on one writer thread ({@code wf-engine}),
 * and publishes the newest snapshot through {@link #feed()}.
 *
 * <p>Only the writer thread touches the {@link BoardReducer}. Poll threads block on network IO and
 * nothing else; they hand their events to the writer. Besides events, the writer re-publishes once a
 * {@code pulse} so that ages, freshness and SLA clocks move on even when no source reports. Every
 * snapshot goes through the {@link SlaStage} on the writer thread (computed clocks, escalation proposals,
 * auto-escalation, MTTA/MTTR read on {@code wf-metrics}).
 *
 * <p>Lifecycle: {@link #start()} once, {@link #close()} once; the instance is not reusable.
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final List<PolledSource> sources;
    private final Clock clock;
    private final Duration pulse;
    private final BoardReducer reducer;
    private final BoardPublisher publisher;
    private final ScheduledExecutorService writer;
    private final List<ScheduledExecutorService> pollers = new ArrayList<>();
    private final Map<SourceId, PollLoop> loops = new ConcurrentHashMap<>();
    private final CountDownLatch firstRead;
    private volatile Optional<CacheWriter> cacheWriter = Optional.empty();
    /** Set before {@link #start()}; used on the writer thread only afterwards. */
    private volatile SlaStage sla = SlaStage.none();
    private volatile Optional<IncidentHistory> metricsHistory = Optional.empty();
    private volatile Duration metricsEvery = Duration.ofMinutes(1);
    private volatile Optional<MetricsLoader> metrics = Optional.empty();
    private volatile boolean closed;

    /**
     * @param sources  the sources to read; ids must be unique
     * @param services the configured service catalog
     * @param clock    the time source for every rule
     * @param pulse    how often the board is re-published without new events (1 s on a wall)
     */
    public Engine(List<PolledSource> sources, List<Service> services, Clock clock, Duration pulse) {
        this.sources = List.copyOf(sources);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pulse = Objects.requireNonNull(pulse, "pulse");
        this.reducer = new BoardReducer(services, Duration.ofMinutes(10));
        this.publisher = new BoardPublisher(clock.instant());
        this.writer = Executors.newSingleThreadScheduledExecutor(new NamedThreads("wf-engine"));
        this.firstRead = new CountDownLatch(this.sources.size());
        long distinct = this.sources.stream().map(s -> s.connector().id()).distinct().count();
        if (distinct != this.sources.size()) {
            throw new IllegalArgumentException("source ids must be unique");
        }
        for (PolledSource s : this.sources) {
            SourceConnector c = s.connector();
            reducer.register(SourceHealth.pending(c.id(), c.kind(), c.endpoint(), s.pollInterval()));
        }
    }

    /** The sources that can write operator actions, by id. */
    public Map<SourceId, ActionConnector> actionConnectors() {
        Map<SourceId, ActionConnector> out = new HashMap<>();
        for (PolledSource s : sources) {
            if (s.connector() instanceof ActionConnector writer) {
                out.put(s.connector().id(), writer);
            }
        }
        return Map.copyOf(out);
    }

    /** Where the UI and the CLI read snapshots. */
    public BoardFeed feed() {
        return publisher;
    }

    /**
     * Puts the last-known state of the sources from the local cache on the board, each with the age it
     * had when it was cached, so that the first frame shows it before any source answers. Call before
     * {@link #start()}; blocks until the writer has applied it. Only a source configured with the same
     * id, kind and endpoint is restored; events that no longer fit are skipped.
     */
    public void restore(List<CachedSource> cached) {
        Runnable apply = () -> {
            for (CachedSource c : cached) {
                if (sources.stream().map(PolledSource::connector).noneMatch(s -> s.id().equals(c.source())
                        && s.kind() == c.kind() && s.endpoint().equals(c.endpoint()))) {
                    LOG.info("not restoring cached {}: no longer configured that way", c.source());
                    continue;
                }
                for (SourceEvent e : c.events()) {
                    try {
                        reducer.apply(e);
                    } catch (RuntimeException ex) {
                        LOG.warn("skipping cached {} of {}: {}", e.getClass().getSimpleName(), c.source(), ex.getMessage());
                    }
                }
                LOG.info("restored {} from the cache, read at {}", c.source(), c.readAt());
            }
            publishSnapshot();
        };
        try {
            writer.submit(apply).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("engine writer did not restore the cache", e);
        }
    }

    /**
     * Keeps the cache current: every successful read is saved (the newest per source, at most once per
     * {@code every}) on a thread of its own ({@code wf-cache}), and incidents go into the history for
     * metrics. Call before {@link #start()}.
     */
    public void persistTo(CacheStore cache, IncidentHistory history, Duration every) {
        cacheWriter = Optional.of(new CacheWriter(cache, history, every));
    }

    /**
     * Computes SLA clocks from {@code policies} where a desk has none, and evaluates {@code escalation}'s rules
     * on {@code matrix}'s levels, on every snapshot (see {@link SlaStage}). Without this call the board carries
     * the desks' clocks only and proposes nothing. Call before {@link #start()}.
     */
    public void useSla(SlaPolicies policies, EscalationPolicy escalation, EscalationMatrix matrix) {
        sla = new SlaStage(policies, escalation, matrix);
    }

    /**
     * Performs due escalations through {@code gateway} (as its operator, e.g. the system operator
     * {@code watchfloor-auto}) when the escalation policy says {@code autoEscalate}; once per incident and
     * level. Call after {@link #useSla}; safe from any thread.
     */
    public void autoEscalateThrough(ActionGateway gateway) {
        SlaStage stage = sla;
        writer.execute(() -> stage.autoEscalateThrough(gateway));
    }

    /**
     * Reads MTTA/MTTR from {@code history} on {@code wf-metrics} at start and every {@code every}, against the
     * targets of the SLA policies, and shows them on the board. Call before {@link #start()}.
     */
    public void metricsFrom(IncidentHistory history, Duration every) {
        metricsHistory = Optional.of(history);
        metricsEvery = every;
    }

    /** Starts polling every source at once, then on its schedule. */
    public void start() {
        metricsHistory.ifPresent(h -> {
            SlaStage stage = sla;
            MetricsLoader loader = new MetricsLoader(h, stage.targets(), clock, metricsEvery,
                    reports -> writer.execute(() -> {
                        stage.metrics(reports);
                        publishSnapshot();
                    }));
            metrics = Optional.of(loader);
            loader.start();
        });
        writer.execute(this::publishSnapshot);
        writer.scheduleAtFixedRate(this::publishSnapshot, pulse.toMillis(), pulse.toMillis(), TimeUnit.MILLISECONDS);
        for (PolledSource s : sources) {
            ScheduledExecutorService poller =
                    Executors.newSingleThreadScheduledExecutor(new NamedThreads("wf-poll-" + s.connector().id()));
            pollers.add(poller);
            PollLoop loop = new PollLoop(s, poller);
            loops.put(s.connector().id(), loop);
            poller.execute(loop);
            if (s.connector() instanceof ChangeNotifying streaming) {
                // An upstream event (Icinga's event stream) means: read that source now, not at the next poll.
                SourceId id = s.connector().id();
                streaming.onUpstreamChange(() -> pollNow(id));
            }
        }
    }

    /**
     * Blocks the calling thread (never the FX thread) until every source has been read once, or
     * failed once, or the timeout passed; then returns the snapshot that includes those reads.
     */
    public BoardState awaitFirstRead(Duration timeout) throws InterruptedException {
        if (!firstRead.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("not every source answered within {}", timeout);
        }
        try {
            writer.submit(this::publishSnapshot).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("engine writer did not respond", e);
        }
        return publisher.current();
    }

    /**
     * Reads this source again now instead of at its next scheduled time (after an action, so that its
     * effect shows at once). Safe from any thread; a read already under way is not doubled.
     */
    public void pollNow(SourceId source) {
        PollLoop loop = loops.get(source);
        if (loop != null && !closed) {
            loop.poller.execute(loop::runEarly);
        }
    }

    /** Shows an action as pending on the board. Safe from any thread. */
    public void actionTaken(OperatorAction action) {
        Instant at = clock.instant();
        writer.execute(() -> {
            reducer.actionTaken(action, at);
            publishSnapshot();
        });
    }

    /** Notes on the board that a pending action waits in the outbox for another try. Safe from any thread. */
    public void actionProgress(String actionId, String progress) {
        Instant at = clock.instant();
        writer.execute(() -> {
            reducer.actionProgress(actionId, progress, at);
            publishSnapshot();
        });
    }

    /** Records an action's outcome on the board. Safe from any thread. */
    public void actionAnswered(String actionId, ActionOutcome outcome) {
        Instant at = clock.instant();
        writer.execute(() -> {
            reducer.actionAnswered(actionId, outcome, at);
            publishSnapshot();
        });
    }

    /**
     * Applies many outbox updates in one snapshot: actions shown pending, then the progress of waiting ones,
     * then answers. For the outbox dispatcher, which may report thousands at once (its queue at start, a
     * replay after an outage); one snapshot per action would make that quadratic. Safe from any thread.
     */
    public void actionUpdates(List<OperatorAction> taken, Map<String, String> progress, Map<String, ActionOutcome> answers) {
        Instant at = clock.instant();
        List<OperatorAction> t = List.copyOf(taken);
        Map<String, String> p = Map.copyOf(progress);
        Map<String, ActionOutcome> a = Map.copyOf(answers);
        writer.execute(() -> {
            t.forEach(action -> reducer.actionTaken(action, at));
            p.forEach((id, text) -> reducer.actionProgress(id, text, at));
            a.forEach((id, outcome) -> reducer.actionAnswered(id, outcome, at));
            publishSnapshot();
        });
    }

    private void publishSnapshot() {
        try {
            Instant now = clock.instant();
            publisher.publish(sla.apply(reducer.snapshot(now), now));
        } catch (RuntimeException e) {
            LOG.error("could not build a board snapshot", e);
        }
    }

    private void submit(List<SourceEvent> events) {
        writer.execute(() -> {
            for (SourceEvent e : events) {
                try {
                    reducer.apply(e);
                } catch (RuntimeException ex) {
                    LOG.error("could not apply {} from {}", e.getClass().getSimpleName(), e.source(), ex);
                }
            }
            publishSnapshot();
        });
    }

    @Override
    public void close() {
        closed = true;
        for (ScheduledExecutorService p : pollers) {
            p.shutdownNow();
        }
        metrics.ifPresent(MetricsLoader::close); // before the writer it hands its figures to
        writer.shutdownNow();
        cacheWriter.ifPresent(CacheWriter::close);
        for (PolledSource s : sources) {
            s.connector().close();
        }
        try {
            for (ScheduledExecutorService p : pollers) {
                p.awaitTermination(2, TimeUnit.SECONDS);
            }
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One source's read loop; runs on that source's poll thread only. */
    private final class PollLoop implements Runnable {
        private final PolledSource source;
        private final ScheduledExecutorService poller;
        private boolean failing;
        private boolean counted;
        private ScheduledFuture<?> scheduled;

        PollLoop(PolledSource source, ScheduledExecutorService poller) {
            this.source = source;
            this.poller = poller;
        }

        @Override
        public void run() {
            if (closed) {
                return;
            }
            SourceConnector c = source.connector();
            Duration next = source.pollInterval();
            List<SourceEvent> events;
            try {
                events = c.poll();
                List<SourceEvent> read = events;
                cacheWriter.ifPresent(w -> w.offer(c, clock.instant(), read));
                if (failing) {
                    LOG.info("source {} recovered", c.id());
                    failing = false;
                }
            } catch (SourceException e) {
                events = List.of(new SourceEvent.SourceFailed(c.id(), clock.instant(), e.getMessage()));
                if (e.retryAfter().isPresent() && e.retryAfter().get().compareTo(next) > 0) {
                    next = e.retryAfter().get();
                }
                noteFailure(c, e.getMessage());
            } catch (RuntimeException e) {
                // A connector bug must not kill the poller: the source shows it, the board goes on.
                String reason = "internal error reading source: " + e;
                events = List.of(new SourceEvent.SourceFailed(c.id(), clock.instant(), reason));
                if (!failing) {
                    LOG.error("source {} failed unexpectedly", c.id(), e);
                }
                failing = true;
            }
            submit(events);
            if (!counted) {
                counted = true;
                firstRead.countDown();
            }
            if (!closed) {
                scheduled = poller.schedule(this, next.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        /** On the poll thread: runs the next read now if it is still waiting for its turn. */
        void runEarly() {
            if (scheduled != null && scheduled.cancel(false)) {
                run();
            }
        }

        private void noteFailure(SourceConnector c, String reason) {
            if (!failing) {
                LOG.warn("source {} failing: {}", c.id(), reason);
                failing = true;
            }
        }
    }
}
