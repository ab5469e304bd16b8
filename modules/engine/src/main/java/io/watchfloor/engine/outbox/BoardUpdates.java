package io.watchfloor.engine.outbox;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.NamedThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What the outbox tells the board, gathered for {@link #DELAY} and handed to the engine as one update
 * ({@link Engine#actionUpdates}): a replay answers thousands of actions, and a snapshot per answer would
 * cost the engine's writer time proportional to the square of the queue. While updates keep coming, one
 * is handed over at most every {@link #SPACING}: each costs the engine a whole snapshot (the board, its
 * SLA clocks), and a replay's lanes answer far faster than a wall shows. Thread-safe; flushes on its own
 * thread ({@code wf-outbox-board}).
 */
final class BoardUpdates implements AutoCloseable {
    /** How long an update may wait for others: far below what a person or the wall's pulse notices. */
    static final Duration DELAY = Duration.ofMillis(20);
    /** Least time between two updates handed over: a few snapshots a second, as the engine's own polls make. */
    static final Duration SPACING = Duration.ofMillis(200);

    private final Engine engine;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            new NamedThreads("wf-outbox-board"));
    private List<OperatorAction> taken = new ArrayList<>();
    private Map<String, String> progress = new LinkedHashMap<>();
    private Map<String, ActionOutcome> answers = new LinkedHashMap<>();
    private boolean scheduled;
    /** {@link System#nanoTime()} of the last hand-over (a duration measure only, never shown as a time). */
    private long lastFlush = System.nanoTime() - SPACING.toNanos();

    BoardUpdates(Engine engine) {
        this.engine = engine;
    }

    /** Shows the action pending (from the outbox at start). */
    synchronized void taken(OperatorAction action) {
        taken.add(action);
        schedule();
    }

    /** Notes where a pending action stands in the outbox. */
    synchronized void progress(String actionId, String text) {
        progress.put(actionId, text);
        schedule();
    }

    /** Shows the action's final answer. */
    synchronized void answered(String actionId, ActionOutcome outcome) {
        progress.remove(actionId);
        answers.put(actionId, outcome);
        schedule();
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            try {
                thread.schedule(this::flush, delay(System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                flush(); // closing: hand it over now
            }
        }
    }

    /** How long an update noticed at {@code now} waits: {@link #DELAY}, or until {@link #SPACING} since the last. */
    private long delay(long now) {
        long spaced = lastFlush + SPACING.toNanos() - now;
        return Math.max(DELAY.toNanos(), spaced);
    }

    /** Hands everything gathered to the engine in one update. */
    void flush() {
        List<OperatorAction> t;
        Map<String, String> p;
        Map<String, ActionOutcome> a;
        synchronized (this) {
            scheduled = false;
            lastFlush = System.nanoTime();
            if (taken.isEmpty() && progress.isEmpty() && answers.isEmpty()) {
                return;
            }
            t = taken;
            p = progress;
            a = answers;
            taken = new ArrayList<>();
            progress = new LinkedHashMap<>();
            answers = new LinkedHashMap<>();
        }
        engine.actionUpdates(t, p, a);
    }

    /** Stops the thread after handing over what is gathered. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
