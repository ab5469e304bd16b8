package io.watchfloor.bench.replay;

import io.watchfloor.core.OperatorAction;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.outbox.Backoff;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.simulator.LedgerEntry;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import io.watchfloor.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The replay as the app runs it: the queue is appended to the durable outbox of a fresh local database (as the
 * console or a CLI command left it while the upstreams were out of reach), then an {@link OutboxDispatcher} is
 * built and started as {@code BoardSession} does (the engine's writing connectors, the audit trail, standard
 * backoff, {@code lanes} send lanes, a 500 ms tick) and the clock runs until {@code openCount()} is 0. Against the
 * bed's simulator, or against {@link InstantUpstream}s. Used from the suite's main thread.
 */
public final class OutboxReplay {
    /** How often the open count is read while waiting. */
    private static final Duration LOOK_EVERY = Duration.ofMillis(50);

    private final Engine engine;
    private final Supplier<List<LedgerEntry>> ledger;
    private double queueSeconds;

    /** A replay through the bed's engine, against its simulator. */
    public OutboxReplay(ReplayBed bed) {
        this(bed.engine(), () -> bed.simulator().ledger().entries());
    }

    /**
     * @param engine the engine whose writing connectors send the actions (started, sources read once)
     * @param ledger the writes the upstream has received so far
     */
    OutboxReplay(Engine engine, Supplier<List<LedgerEntry>> ledger) {
        this.engine = engine;
        this.ledger = ledger;
    }

    /**
     * The same replay with nothing upstream: an engine like the bed's whose sources re-report the bed's first board
     * and accept every action at once ({@link InstantUpstream}), so the outbox and the engine alone are measured.
     */
    public static ReplayResult withInstantUpstream(ReplayBed bed, List<OperatorAction> queue, Path dataDir, int lanes,
                                                   Duration deadline) throws StoreException, InterruptedException {
        try (Engine instant = InstantUpstream.engine(bed.board(), bed.simulator().estate().services(),
                Clock.systemUTC())) {
            return new OutboxReplay(instant, List::of).run(queue, dataDir, lanes, deadline);
        }
    }

    /**
     * Queues {@code queue} in the outbox of a new database in {@code dataDir}, then sends it.
     *
     * @param deadline how long the sending may take before the run is cut off (then some stay unfinished)
     */
    public ReplayResult run(List<OperatorAction> queue, Path dataDir, int lanes, Duration deadline)
            throws StoreException, InterruptedException {
        Clock clock = Clock.systemUTC();
        try (LocalDatabase db = LocalDatabase.open(dataDir)) {
            long q = System.nanoTime();
            for (OperatorAction a : queue) {
                db.outbox().append(a, a.takenAt());
            }
            queueSeconds = (System.nanoTime() - q) / 1e9;
            int writesBefore = ledger.get().size();
            long start = System.nanoTime();
            long end = start + deadline.toNanos();
            int open = queue.size();
            double seconds;
            try (OutboxDispatcher dispatcher = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine,
                    db.audit(), clock, Backoff.standard(), lanes, Duration.ofMillis(500))) {
                dispatcher.start();
                while (open > 0 && System.nanoTime() < end) {
                    TimeUnit.MILLISECONDS.sleep(LOOK_EVERY.toMillis());
                    open = db.outbox().openCount();
                }
                seconds = (System.nanoTime() - start) / 1e9;
            }
            List<LedgerEntry> writes = ledger.get();
            writes = writes.subList(writesBefore, writes.size());
            List<OutboxEntry> entries = db.outbox().recent(queue.size() + 1);
            int accepted = count(entries, OutboxState.ACCEPTED);
            int rejected = count(entries, OutboxState.REJECTED);
            String firstRejection = entries.stream().filter(e -> e.state() == OutboxState.REJECTED)
                    .map(e -> e.finalReply().orElse("")).findFirst().orElse("");
            return new ReplayResult(queue.size(), seconds, accepted, rejected, queue.size() - accepted - rejected,
                    writes.size(), ReplayResult.byKind(writes), firstRejection);
        }
    }

    /** How long appending the queue took (durable appends, one after another). */
    public double queueSeconds() {
        return queueSeconds;
    }

    private static int count(List<OutboxEntry> entries, OutboxState state) {
        return (int) entries.stream().filter(e -> e.state() == state).count();
    }
}
