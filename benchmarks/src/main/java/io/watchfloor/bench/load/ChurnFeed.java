package io.watchfloor.bench.load;

import io.watchfloor.core.BoardReducer;
import io.watchfloor.core.BoardState;
import io.watchfloor.engine.BoardFeed;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BoardFeed} that does what the engine's writer thread does, minus the network: on one thread
 * ({@code wf-bench-feed}) it folds alert churn into a real {@link BoardReducer}, publishes a snapshot, waits a
 * period and starts over, as the engine publishes after every event and once per pulse. The churn keeps its rate
 * whatever the pace: each step folds in the changes due since the previous one (when snapshots are slow, steps
 * are fewer and carry more changes). Without churn it only re-publishes (the engine's 1 s pulse of an idle
 * board). Listeners run on that thread.
 */
public final class ChurnFeed implements BoardFeed, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChurnFeed.class);

    private final BoardReducer reducer;
    private final Optional<AlertChurn> churn;
    private final double changesPerSecond;
    private final Clock clock;
    private final AtomicReference<BoardState> latest;
    private final CopyOnWriteArrayList<Consumer<BoardState>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wf-bench-feed");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong publishes = new AtomicLong();
    private long lastStepNanos;
    private double owedChanges;

    /**
     * @param reducer           the board, already holding the load's sources and events
     * @param churn             alert changes to apply, if any
     * @param changesPerSecond  the churn's rate
     * @param clock             the board's clock
     */
    public ChurnFeed(BoardReducer reducer, Optional<AlertChurn> churn, double changesPerSecond, Clock clock) {
        this.reducer = Objects.requireNonNull(reducer, "reducer");
        this.churn = Objects.requireNonNull(churn, "churn");
        this.changesPerSecond = changesPerSecond;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.latest = new AtomicReference<>(reducer.snapshot(clock.instant()));
    }

    /** Starts publishing, {@code period} after each previous publish. */
    public ChurnFeed start(Duration period) {
        thread.execute(() -> lastStepNanos = System.nanoTime());
        thread.scheduleWithFixedDelay(this::step, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void step() {
        try {
            long t = System.nanoTime();
            owedChanges += changesPerSecond * (t - lastStepNanos) / 1e9;
            lastStepNanos = t;
            int changes = (int) owedChanges;
            owedChanges -= changes;
            java.time.Instant now = clock.instant();
            churn.ifPresent(c -> reducer.apply(c.next(now, changes)));
            BoardState state = reducer.snapshot(now);
            latest.set(state);
            publishes.incrementAndGet();
            listeners.forEach(l -> l.accept(state));
        } catch (RuntimeException e) {
            LOG.error("bench feed step failed", e);
        }
    }

    /** Snapshots published so far (from the feed thread's steps; read from any thread). */
    public long publishes() {
        return publishes.get();
    }

    @Override
    public BoardState current() {
        return latest.get();
    }

    @Override
    public Subscription subscribe(Consumer<BoardState> listener) {
        listeners.add(listener);
        listener.accept(latest.get());
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
