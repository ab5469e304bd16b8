package io.watchfloor.bench.replay;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.ServiceView;
import io.watchfloor.core.SourceId;
import io.watchfloor.simulator.LedgerEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The replay's baseline: the same actions performed straight through the engine's connectors
 * ({@link ActionConnector#perform}) with no outbox, no audit trail and no board updates, on as many threads as the
 * outbox has lanes, each target's actions on one thread in queue order (as the lanes do). Each action gets what the
 * board knew of its target when the run started. Used from the suite's main thread.
 */
public final class DirectWrites {
    private final ReplayBed bed;

    public DirectWrites(ReplayBed bed) {
        this.bed = bed;
    }

    /** Performs {@code queue} on {@code threads} threads; stops waiting after {@code deadline}. */
    public ReplayResult run(List<OperatorAction> queue, int threads, Duration deadline) throws InterruptedException {
        Map<SourceId, ActionConnector> connectors = bed.engine().actionConnectors();
        BoardState board = bed.engine().feed().current();
        Map<String, Alert> alerts = new HashMap<>();
        board.alerts().forEach(a -> alerts.put(a.key(), a));
        Map<String, Incident> incidents = new HashMap<>();
        board.incidents().forEach(i -> incidents.put(i.key(), i));
        List<List<OperatorAction>> perThread = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            perThread.add(new ArrayList<>());
        }
        queue.forEach(a -> perThread.get(Math.floorMod(a.target().key().hashCode(), threads)).add(a));
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicReference<String> firstRejection = new AtomicReference<>("");
        AtomicInteger thread = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "wf-bench-direct-" + thread.getAndIncrement()));
        int writesBefore = bed.writes();
        long start = System.nanoTime();
        for (List<OperatorAction> mine : perThread) {
            pool.execute(() -> {
                for (OperatorAction a : mine) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    ActionOutcome o = connectors.get(a.target().source()).perform(a, context(a, board, alerts, incidents));
                    if (o instanceof ActionOutcome.Accepted) {
                        accepted.incrementAndGet();
                    } else if (o instanceof ActionOutcome.Rejected) {
                        rejected.incrementAndGet();
                        firstRejection.compareAndSet("", o.summary());
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<LedgerEntry> writes = bed.simulator().ledger().entries();
        writes = writes.subList(writesBefore, writes.size());
        return new ReplayResult(queue.size(), seconds, accepted.get(), rejected.get(),
                queue.size() - accepted.get() - rejected.get(), writes.size(), ReplayResult.byKind(writes),
                firstRejection.get());
    }

    /** What the board knew of the target, as the dispatcher hands it to the connector. */
    private static ActionContext context(OperatorAction a, BoardState board, Map<String, Alert> alerts,
                                         Map<String, Incident> incidents) {
        Optional<Alert> alert = Optional.ofNullable(alerts.get(a.target().key()));
        Optional<Incident> incident = Optional.ofNullable(incidents.get(a.target().key()));
        Optional<String> service = alert.map(Alert::service).or(() -> incident.map(Incident::service));
        return new ActionContext(alert, incident, service.flatMap(board::service).map(ServiceView::service));
    }
}
