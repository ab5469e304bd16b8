package io.watchfloor.engine.outbox;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceId;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.NamedThreads;
import io.watchfloor.store.AuditStore;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import io.watchfloor.store.OutboxStore;
import io.watchfloor.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what waits in the durable outbox through the connector that owns each action, until the
 * upstream accepts or definitely refuses it.
 *
 * <p>Threads: one loop thread ({@code wf-outbox}) reads the open entries when something may have become
 * sendable (every {@code tick} at most, at once when woken), picks them by {@link SendOrder} and hands
 * them to a few send lanes ({@code wf-outbox-<n>}); a lane takes what piled up in its queue as one batch
 * ({@link SendLane}) and claims the batch in the store just before sending it (so that another process on
 * the same data directory never sends it at the same time, and the lease covers the sends, not a wait in
 * the lane's queue); the batch's answers are recorded together, one durable write for all. Actions on one target go one at a time,
 * in the order they were taken, and not before this run has read the target's source once. What the
 * board should show (pending, progress, answers) is handed to the engine in batches from
 * {@code wf-outbox-board} ({@link BoardUpdates}). Lanes block on network IO and on the store; nothing
 * here runs on the FX thread.
 *
 * <p>Rules: a transient failure (unreachable, timeout, 5xx, 429) is retried with {@link Backoff},
 * never sooner than {@code Retry-After}; a refusal is final, shown with the upstream's reason, and
 * rolls the optimistic view back. A send that may have reached the upstream (crash, timeout) is simply
 * sent again: every connector reads its target back and recognises the action's {@code [wf:<id>]}
 * marker before writing, so the upstream sees it once. Entries another process appended are left to it
 * for {@link #ORPHAN_AFTER} unless its process has died; entries for sources this process cannot write
 * to are left to one that can.
 */
public final class OutboxDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** How long a claim holds before another process may take the entry over. */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** How long finished entries stay in the outbox (for {@code outbox --all}); the audit trail keeps them for good. */
    static final Duration KEEP_FINISHED = Duration.ofDays(7);
    /** How long entries queued by another live process are left to it. */
    static final Duration ORPHAN_AFTER = Duration.ofSeconds(10);
    /** How often the whole queue is looked at even when nothing woke the loop (other processes, dead owners). */
    private static final Duration SCAN_EVERY = Duration.ofSeconds(5);
    /** Entries each lane may have waiting: enough to keep it busy, few enough that a pass stays cheap. */
    private static final int PER_LANE = 256;

    private final OutboxStore outbox;
    private final Engine engine;
    private final Clock clock;
    private final OutboxOwner owner;
    private final Duration tick;
    private final OutboxSender sender;
    private final BoardUpdates board;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(new NamedThreads("wf-outbox"));
    private final List<SendLane> lanes = new ArrayList<>();
    private final KnownActions known;
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private volatile Set<String> followed = Set.of();
    /** By the last pass, the open entry behind each open entry on its target ({@link SendOrder#next}). */
    private volatile Map<String, OutboxEntry> behind = Map.of();
    /** The last pass left sendable heads for lack of room on the lanes. */
    private volatile boolean full;
    private volatile boolean dirty = true;
    private volatile Instant quietUntil = Instant.MIN;
    /** Open entries at the last look; on wf-outbox only. */
    private int lastOpenCount = -1;
    private volatile boolean closed;

    /**
     * @param connectors the sources that can write, by id
     * @param lanes      how many actions may be on the wire at once (on different targets)
     * @param tick       how often the queue is looked at when nothing wakes the loop
     */
    public OutboxDispatcher(OutboxStore outbox, Map<SourceId, ActionConnector> connectors, Engine engine,
                            AuditStore audit, Clock clock, Backoff backoff, int lanes, Duration tick) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.known = new KnownActions(connectors.keySet());
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tick = Objects.requireNonNull(tick, "tick");
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be >= 1, was " + lanes);
        }
        for (int i = 0; i < lanes; i++) {
            this.lanes.add(new SendLane("wf-outbox-" + i, this::attempt));
        }
        this.owner = OutboxOwner.thisProcess();
        this.board = new BoardUpdates(engine);
        this.sender = new OutboxSender(outbox, Map.copyOf(connectors), engine, board, Objects.requireNonNull(audit, "audit"), clock,
                Objects.requireNonNull(backoff, "backoff"));
    }

    /**
     * Puts what the outbox still holds on the board as pending and starts sending. Blocking (reads the
     * store): call from the thread that builds the session, never the FX thread.
     */
    public void start() throws StoreException {
        int pruned = outbox.prune(clock.instant().minus(KEEP_FINISHED));
        if (pruned > 0) {
            LOG.info("outbox: forgot {} actions finished more than {} days ago (the audit trail keeps them)",
                    pruned, KEEP_FINISHED.toDays());
        }
        for (OutboxEntry e : outbox.open()) {
            board.taken(e.action());
            board.progress(e.actionId(), OutboxSender.progress(e, clock.getZone()));
            known.shownFromStore(e.actionId());
        }
        loop.scheduleWithFixedDelay(() -> pass(false), 0, Math.max(1, tick.toMillis()), TimeUnit.MILLISECONDS);
        loop.scheduleWithFixedDelay(() -> dirty = true, SCAN_EVERY.toMillis(), SCAN_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Appends the action to the outbox (committed to disk before it returns), runs {@code queued} (audit
     * it, show it pending), and only then lets the loop send it. The future completes with the answer to
     * the first try: accepted, refused, or failed (then the action stays queued and is retried; its
     * final answer reaches the board). An action queued behind another on the same target is first
     * tried when that one is answered. Blocking: call on {@code wf-actions} or a CLI thread.
     */
    public CompletableFuture<ActionOutcome> enqueue(OperatorAction action, Runnable queued) throws StoreException {
        CompletableFuture<ActionOutcome> first = sender.firstAttempt(action.id());
        try {
            outbox.append(action, clock.instant());
        } catch (StoreException e) {
            sender.forget(action.id());
            throw e;
        }
        queued.run();
        known.queuedHere(action.id());
        wake();
        return first;
    }

    /** The final answer (accepted or refused) to an action this process queued, when it comes. */
    public CompletableFuture<ActionOutcome> finalAnswer(String actionId) {
        return sender.finalAnswer(actionId);
    }

    /** Looks at the queue now instead of at the next tick. Any thread. */
    public void wake() {
        dirty = true;
        if (!closed && passQueued.compareAndSet(false, true)) {
            try {
                loop.execute(() -> {
                    passQueued.set(false);
                    pass(false);
                });
            } catch (RejectedExecutionException e) {
                passQueued.set(false); // closing
            }
        }
    }

    /**
     * Sends every open entry this process can send now, whatever its backoff says and whichever process
     * queued it, and waits until each has been tried once (or waits behind an action on its target whose
     * try failed) or {@code timeout} passed. Entries another live process is sending are left to it. For
     * {@code watchfloor sync}. Blocking.
     *
     * @return the entries as they stand afterwards, oldest first
     */
    public List<OutboxEntry> syncNow(Duration timeout) throws StoreException, InterruptedException {
        Instant now = clock.instant();
        outbox.expedite(now);
        List<OutboxEntry> before = outbox.open();
        Map<String, List<CompletableFuture<ActionOutcome>>> tries = new LinkedHashMap<>();
        Set<String> asked = new HashSet<>();
        for (OutboxEntry e : before) {
            if (known.canSend(e) && !heldElsewhere(e, now)) {
                asked.add(e.actionId());
                tries.computeIfAbsent(e.action().target().key(), k -> new ArrayList<>()).add(sender.firstAttempt(e.actionId()));
            }
        }
        known.force(asked, true);
        loop.execute(() -> pass(true));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!tries.values().stream().allMatch(OutboxDispatcher::settled) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        if (!tries.values().stream().allMatch(OutboxDispatcher::settled)) {
            LOG.warn("sync: not every queued action was tried within {}", timeout);
        }
        known.force(asked, false);
        List<OutboxEntry> after = new ArrayList<>();
        for (OutboxEntry e : before) {
            after.add(outbox.find(e.actionId()).orElse(e));
        }
        return after;
    }

    /** Every try made, up to one that failed (those behind it on the target wait for it). */
    private static boolean settled(List<CompletableFuture<ActionOutcome>> inOrder) {
        for (CompletableFuture<ActionOutcome> f : inOrder) {
            if (!f.isDone()) {
                return false;
            }
            if (f.join() instanceof ActionOutcome.Failed) {
                return true;
            }
        }
        return true;
    }

    /** On wf-outbox: picks what may be sent and hands it to the lanes. */
    private void pass(boolean force) {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        try {
            // Nothing woke us and nothing is due: only another process's append or answer can change that.
            if (!force && !dirty && now.isBefore(quietUntil) && outbox.openCount() == lastOpenCount) {
                return;
            }
            dirty = false;
            List<OutboxEntry> open = outbox.open();
            lastOpenCount = open.size();
            SendOrder.Plan plan = SendOrder.plan(open, now, force, engine.feed().current(), owner.id(), known,
                    lanes.size() * PER_LANE - known.inFlightCount());
            for (OutboxEntry e : plan.takeOver()) {
                LOG.info("outbox: {} was being sent by {}, which has died; sending it again", e.actionId(),
                        e.owner().orElse("?"));
                outbox.retryLater(e.actionId(), now, "the process sending it stopped", true);
            }
            behind = plan.behind();
            followed = plan.followed();
            full = plan.full();
            quietUntil = plan.quietUntil();
            for (OutboxEntry e : plan.send()) {
                dispatch(e);
            }
            answeredElsewhere(open);
        } catch (StoreException | RuntimeException e) {
            dirty = true;
            LOG.warn("outbox: cannot read the queue: {}", e.getMessage());
        }
    }

    private boolean heldElsewhere(OutboxEntry e, Instant now) {
        return e.state() == OutboxState.SENDING && e.owner().filter(o -> !o.equals(owner.id())).isPresent()
                && e.leaseUntil().filter(u -> u.isAfter(now)).isPresent() && !OutboxOwner.deadOnThisHost(e.owner().get());
    }

    private void dispatch(OutboxEntry e) {
        String key = e.action().target().key();
        if (known.dispatched(e.action())) {
            lanes.get(Math.floorMod(key.hashCode(), lanes.size())).add(e);
        }
    }

    /**
     * On a lane, after answers were recorded: hands each answered target's next entry (by the last pass's
     * {@link SendOrder.Plan#behind()}) to its lane at once, instead of leaving it to the next pass, so that
     * actions queued on one target follow each other at the pace of their sends, not of passes over the whole queue.
     *
     * @return the target keys whose next entry was handed over
     */
    private Set<String> sendNext(Collection<OutboxEntry> answered) {
        Set<String> chained = new HashSet<>();
        Map<String, OutboxEntry> following = behind;
        Instant now = clock.instant();
        for (OutboxEntry e : answered) {
            String key = e.action().target().key();
            if (closed) {
                continue;
            }
            SendOrder.next(e, following, now, engine.feed().current(), known).ifPresent(next -> {
                chained.add(key);
                dispatch(next);
            });
        }
        return chained;
    }

    /**
     * On a lane: claims a batch of entries (one durable write), tries each claimed one in turn, and records
     * their answers (one durable write for the outbox, one for the audit trail). No two entries of a batch
     * share a target (only a target's head is handed out, and not again before it is finished), so an
     * action's answer is durable before the next action on its target is claimed.
     */
    private void attempt(List<OutboxEntry> batch) {
        Set<String> chained = new HashSet<>();
        int answeredCount = 0;
        try {
            Instant now = clock.instant();
            if (closed) {
                return;
            }
            Map<String, Boolean> claimed = new HashMap<>();
            outbox.claimEach(batch.stream().map(OutboxEntry::actionId).toList(), owner.id(), now, now.plus(LEASE))
                    .forEach(c -> claimed.put(c.actionId(), c.firstTry()));
            Instant sendBy = now.plus(LEASE.dividedBy(2));
            List<OutboxSender.Claimed> toTry = new ArrayList<>();
            for (OutboxEntry e : batch) {
                if (claimed.containsKey(e.actionId())) {
                    toTry.add(new OutboxSender.Claimed(e.action(), e.attempts() + 1, claimed.get(e.actionId())));
                }
            }
            // Sends stop when the lease would no longer cover them (or when closing).
            List<OutboxSender.Tried> tried = sender.performAll(toTry, () -> !closed && !clock.instant().isAfter(sendBy));
            handBack(toTry, tried);
            Map<String, OutboxEntry> byId = new HashMap<>();
            batch.forEach(e -> byId.put(e.actionId(), e));
            List<OutboxEntry> answered = new ArrayList<>();
            sender.record(tried).forEach((id, outcome) -> {
                known.answered(byId.get(id).action(), outcome);
                answered.add(byId.get(id));
            });
            answeredCount = answered.size();
            chained.addAll(sendNext(answered));
        } catch (StoreException | RuntimeException ex) {
            LOG.warn("outbox: cannot send {} actions: {}", batch.size(), ex.getMessage());
        } finally {
            batch.forEach(e -> known.finished(e.actionId()));
            known.toReadNow().forEach(engine::pollNow);
            // A pass is needed when this batch changed what it would decide: an action not answered for good
            // (to retry, handed back, claimed elsewhere), a target whose next action was not handed on, or room
            // on the lanes for heads the last pass had to leave. Answers alone make no new heads.
            boolean behind = batch.stream().map(e -> e.action().target().key())
                    .anyMatch(key -> followed.contains(key) && !chained.contains(key));
            boolean room = full && known.inFlightCount() <= lanes.size() * PER_LANE / 2;
            if (behind || answeredCount < batch.size() || room) {
                wake();
            }
        }
    }

    /**
     * Claimed entries a batch did not try: the sends before them took so long that their lease would not cover
     * their own. They are due again at once (when closing, they are left to their lease instead).
     */
    private void handBack(List<OutboxSender.Claimed> claimed, List<OutboxSender.Tried> tried) throws StoreException {
        Set<String> done = new HashSet<>();
        tried.forEach(t -> done.add(t.action().id()));
        for (OutboxSender.Claimed c : claimed) {
            if (!done.contains(c.action().id()) && !closed) {
                outbox.retryLater(c.action().id(), clock.instant(), "waited behind slow sends on its lane", false);
            }
        }
    }

    /** Shows the answers to actions this board shows pending that another process answered (or cancelled). */
    private void answeredElsewhere(List<OutboxEntry> open) throws StoreException {
        for (String id : known.awaitingButGone(open)) {
            Optional<OutboxEntry> now = outbox.find(id);
            if (now.isEmpty() || !now.get().state().open()) {
                known.forgetAnswered(id);
                now.flatMap(OutboxSender::finalOutcome).ifPresent(o -> {
                    board.answered(id, o);
                    sender.answeredElsewhere(id, o);
                });
            }
        }
    }

    /**
     * Stops the loop and the lanes, waiting a few seconds for a pass or batch under way; what is still in
     * flight then is abandoned to its lease and sent again later. Threads are never interrupted: an interrupt
     * that lands in H2's file IO closes the database file under every connection of the process (ADR 0014).
     */
    @Override
    public void close() {
        closed = true;
        loop.shutdown(); // the periodic passes are dropped; a queued pass returns at once (closed)
        for (SendLane lane : lanes) {
            lane.stop();
        }
        try {
            if (!loop.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("outbox: the pass under way did not end within 5 s of closing; left to finish");
            }
            for (SendLane lane : lanes) {
                if (!lane.awaitStop(5)) {
                    LOG.warn("outbox: a send lane's batch did not end within 5 s of closing; left to finish, its"
                            + " entries are sent again when their lease runs out");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        board.close();
    }
}
