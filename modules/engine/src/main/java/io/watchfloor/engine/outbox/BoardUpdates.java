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
 * cost the engine's writer time proportional to the square of the queue. Thread-safe; flushes on its own
 * thread ({@code wf-outbox-board}).
 */
final class BoardUpdates implements AutoCloseable {
    /** How long an update may wait for others: far below what a person or the wall's pulse notices. */
    static final Duration DELAY = Duration.ofMillis(20);

    private final Engine engine;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            new NamedThreads("wf-outbox-board"));
    private List<OperatorAction> taken = new ArrayList<>();
    private Map<String, String> progress = new LinkedHashMap<>();
    private Map<String, ActionOutcome> answers = new LinkedHashMap<>();
    private boolean scheduled;

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
                thread.schedule(this::flush, DELAY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                flush(); // closing: hand it over now
            }
        }
    }

    /** Hands everything gathered to the engine in one update. */
    void flush() {
        List<OperatorAction> t;
        Map<String, String> p;
        Map<String, ActionOutcome> a;
        synchronized (this) {
            scheduled = false;
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
