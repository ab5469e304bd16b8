package io.watchfloor.engine.outbox;

import io.watchfloor.engine.NamedThreads;
import io.watchfloor.store.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One send lane: a thread ({@code wf-outbox-<n>}) that takes the entries handed to it, in the order
 * handed, in batches of what has piled up (at most {@link #BATCH}), so that one batch shares its durable
 * writes (claims, answers, audit rows). An entry handed over alone is a batch of one: a single action is
 * not held back waiting for company. {@link #add} is thread-safe and never blocks; the batches run on the
 * lane's thread only.
 */
final class SendLane {
    /** At most this many entries share a claim, so that a batch's lease mostly covers sends, not waits. */
    static final int BATCH = 32;

    private final ExecutorService thread;
    private final Queue<OutboxEntry> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<OutboxEntry>> work;

    /**
     * @param name the thread's name
     * @param work what to do with one batch (on the lane's thread)
     */
    SendLane(String name, Consumer<List<OutboxEntry>> work) {
        this.thread = Executors.newSingleThreadExecutor(new NamedThreads(name));
        this.work = work;
    }

    /** Hands an entry to the lane; it goes out with the next batch. */
    void add(OutboxEntry e) {
        waiting.add(e);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException e) {
                scheduled.set(false); // closing: what waits is left to its lease
            }
        }
    }

    private void drain() {
        try {
            List<OutboxEntry> batch = new ArrayList<>();
            for (OutboxEntry e = waiting.poll(); e != null; e = batch.size() < BATCH ? waiting.poll() : null) {
                batch.add(e);
            }
            if (!batch.isEmpty()) {
                work.accept(batch);
            }
        } finally {
            scheduled.set(false);
            if (!waiting.isEmpty()) {
                schedule();
            }
        }
    }

    /** Stops taking batches; the one running goes on (see {@link #awaitStop}). */
    void stop() {
        thread.shutdown();
    }

    /**
     * Waits up to {@code seconds} for the running batch; {@code false} if it is still running, and then it is
     * left to finish on its own (a daemon thread): it is never interrupted, because an interrupt that lands in
     * H2's file IO closes the database file under every connection of the process (ADR 0014). What it has
     * claimed and not answered is sent again when its lease runs out.
     */
    boolean awaitStop(long seconds) throws InterruptedException {
        return thread.awaitTermination(seconds, TimeUnit.SECONDS);
    }
}
