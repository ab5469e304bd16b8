package io.watchfloor.engine.sla;

import io.watchfloor.core.sla.MetricsReport;
import io.watchfloor.core.sla.MetricsWindow;
import io.watchfloor.core.sla.ResponseMetrics;
import io.watchfloor.core.sla.ResponseSamples;
import io.watchfloor.engine.NamedThreads;
import io.watchfloor.store.IncidentHistory;
import io.watchfloor.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads MTTA and MTTR from the incident history on a thread of its own ({@code wf-metrics}), at start and
 * then every {@code every}, so that neither the writer nor the FX thread waits on the database: the
 * acknowledgements and resolutions of the last 7 days (whenever their incidents opened), reported for
 * "today" (since local midnight in the clock's zone) and "7 days", per priority against the policies'
 * targets. Each result goes to {@code sink} (which hands it to the engine's writer). A database problem
 * is logged once and retried next time. Closing lets a read in flight finish rather than interrupt it: a thread
 * interrupted in H2's file IO closes the database file under every connection of the process.
 */
public final class MetricsLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsLoader.class);
    /** The long window. */
    public static final int DAYS = 7;
    /** When the history is read the second time: after the first reads of the sources have been saved. */
    static final Duration SETTLE = Duration.ofSeconds(15);
    /** How long {@link #close()} waits for a read in flight (a week of a busy desk takes a second or two). */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final IncidentHistory history;
    private final ResponseMetrics targets;
    private final Clock clock;
    private final Duration every;
    private final Consumer<List<MetricsReport>> sink;
    private final ScheduledThreadPoolExecutor thread = metricsThread();
    private boolean failing;

    /**
     * @param targets the per-priority targets (from the SLA policies)
     * @param every   how often to read the history again
     * @param sink    receives each result on {@code wf-metrics}; must not block
     */
    public MetricsLoader(IncidentHistory history, ResponseMetrics targets, Clock clock, Duration every,
                         Consumer<List<MetricsReport>> sink) {
        this.history = Objects.requireNonNull(history, "history");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.every = Objects.requireNonNull(every, "every");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Reads now (what earlier runs recorded), once more {@link #SETTLE} later (what this run's first reads added,
     * so a fresh board does not wait a whole period), then every {@code every}.
     */
    public void start() {
        long ms = Math.max(1, every.toMillis());
        thread.scheduleWithFixedDelay(this::load, 0, ms, TimeUnit.MILLISECONDS);
        if (SETTLE.toMillis() < ms) {
            thread.schedule(this::load, SETTLE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The one thread: on shutdown it drops the reads not yet begun, the periodic one and the settling one alike. */
    private static ScheduledThreadPoolExecutor metricsThread() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, new NamedThreads("wf-metrics"));
        t.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        t.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        return t;
    }

    /** On wf-metrics: one read of the history. */
    void load() {
        Instant now = clock.instant();
        try {
            ResponseSamples samples = history.responseSamplesSince(now.minus(Duration.ofDays(DAYS)));
            sink.accept(reports(targets, samples, clock, now));
            if (failing) {
                LOG.info("incident history readable again");
                failing = false;
            }
        } catch (StoreException | RuntimeException e) {
            if (!failing) {
                LOG.warn("cannot read MTTA/MTTR from the incident history: {}", e.getMessage());
                failing = true;
            }
        }
    }

    /** Today's and the last 7 days' reports of {@code samples} at {@code now}. Pure. */
    static List<MetricsReport> reports(ResponseMetrics targets, ResponseSamples samples, Clock clock, Instant now) {
        return List.of(targets.report(samples, MetricsWindow.today(clock.getZone(), now)),
                targets.report(samples, MetricsWindow.lastDays(DAYS, now)));
    }

    /**
     * Stops reading: no read begins after this, and one in flight is waited for (up to 10 s), not interrupted. An
     * interrupt would reach H2 inside a file read, and the JDK closes a file channel whose reading thread is
     * interrupted: the database file would close under the process's other connections (the cache writer's last
     * save, the outbox), which then fail or reopen and recover it.
     */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("the MTTA/MTTR read did not end within {} s of closing; left to finish", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
