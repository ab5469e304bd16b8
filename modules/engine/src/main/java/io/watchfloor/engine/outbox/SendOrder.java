package io.watchfloor.engine.outbox;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which open outbox entries may be sent now. Per target, only the oldest open entry (the head) may be
 * sent, and only when nothing of that target is on the wire: an unacknowledge never overtakes the
 * acknowledgement it follows, even while that one waits out its backoff. A head waits for its next
 * attempt instant, for a live lease held by someone else, for {@link OutboxDispatcher#ORPHAN_AFTER} when
 * another process may have queued it, and until this run has read its target's source once (so that the
 * connector gets the target as the board knows it, not nothing). A head a dead process was sending is
 * taken over at once. Pure apart from the {@link Rules} it is given; any thread.
 */
final class SendOrder {
    private SendOrder() {
    }

    /** What the dispatcher knows and decides outside the entries themselves. */
    interface Rules {
        /** Queued by this process, or asked for by {@code sync}: no need to leave it to another process. */
        boolean ours(OutboxEntry e);

        /** Handed to a send lane of this process and not finished yet. */
        boolean inFlight(String actionId);

        /** This process has a connector that writes to the entry's owning source. */
        boolean canSend(OutboxEntry e);

        /** The claim owner names a process of this host that no longer runs. */
        boolean deadOwner(String owner);
    }

    /**
     * One pass's decisions.
     *
     * @param send       heads to send now, oldest first (at most the room given)
     * @param takeOver   entries a dead process was sending: release them before sending
     * @param followed   target keys with more open entries behind their head
     * @param quietUntil nothing becomes sendable before this instant unless something changes (a send
     *                   finishes, an action is queued, a source is read): the next pass may wait for it
     * @param behind     per action id of an open entry with another open entry behind it on its target, that
     *                   entry (the next one of the target, oldest first): when the first is answered, the one
     *                   behind it may be sent without waiting for another pass ({@link #next}); a map, so that
     *                   finding it costs a lookup however many entries one target has queued
     * @param full       heads that could go now were left for lack of room on the lanes: look again when
     *                   there is room
     */
    record Plan(List<OutboxEntry> send, List<OutboxEntry> takeOver, Set<String> followed, Instant quietUntil,
                Map<String, OutboxEntry> behind, boolean full) {
    }

    /**
     * @param open  every open entry, oldest first
     * @param force {@code sync}: ignore backoff and the orphan delay
     * @param self  this dispatcher's owner id
     * @param room  how many more entries the lanes may take
     */
    static Plan plan(List<OutboxEntry> open, Instant now, boolean force, BoardState board, String self, Rules rules,
                     int room) {
        Map<String, OutboxEntry> last = new HashMap<>();
        Map<String, OutboxEntry> behind = new HashMap<>();
        List<OutboxEntry> send = new ArrayList<>();
        List<OutboxEntry> takeOver = new ArrayList<>();
        Instant quiet = Instant.MAX;
        boolean full = false;
        for (OutboxEntry e : open) {
            String key = e.action().target().key();
            OutboxEntry before = last.put(key, e);
            if (before != null) {
                behind.put(before.actionId(), e);
                continue;
            }
            if (rules.inFlight(e.actionId()) || !rules.canSend(e)) {
                continue;
            }
            boolean orphan = e.state() == OutboxState.SENDING
                    && e.owner().filter(o -> !o.equals(self)).filter(rules::deadOwner).isPresent();
            if (orphan) {
                takeOver.add(e);
            }
            Optional<Instant> wait = orphan ? notRead(e, board, now) : waitFor(e, now, force, board, rules);
            if (wait.isPresent()) {
                quiet = wait.get().isBefore(quiet) ? wait.get() : quiet;
            } else if (send.size() < room) {
                send.add(e);
            } else {
                quiet = now;
                full = true;
            }
        }
        Set<String> followed = new HashSet<>();
        behind.values().forEach(e -> followed.add(e.action().target().key()));
        return new Plan(send, takeOver, Set.copyOf(followed), quiet, behind, full);
    }

    /**
     * The entry to send after {@code answered} was answered for good: the one behind it on its target (by a
     * pass's {@link Plan#behind()}), when it may be sent now by the rules a pass applies to a head. Empty when
     * that pass does not list {@code answered} (a newer pass took over the target), when nothing follows it, or
     * when the next one must wait: then a pass decides. The entries are as the pass read them: the claim, a
     * conditional update, turns down one that changed since (claimed elsewhere, cancelled, put off). One
     * lookup, whatever the length of the target's queue.
     */
    static Optional<OutboxEntry> next(OutboxEntry answered, Map<String, OutboxEntry> behind, Instant now,
                                      BoardState board, Rules rules) {
        OutboxEntry e = behind.get(answered.actionId());
        if (e == null) {
            return Optional.empty();
        }
        boolean sendable = e.state() != OutboxState.SENDING && rules.canSend(e) && !rules.inFlight(e.actionId())
                && waitFor(e, now, false, board, rules).isEmpty();
        return sendable ? Optional.of(e) : Optional.empty();
    }

    /** Until when a head must wait, or empty when it may be sent now. */
    private static Optional<Instant> waitFor(OutboxEntry e, Instant now, boolean force, BoardState board, Rules rules) {
        if (e.state() == OutboxState.SENDING) {
            Optional<Instant> lease = e.leaseUntil().filter(until -> until.isAfter(now));
            return lease.isPresent() ? lease : notRead(e, board, now);
        }
        if (!force && e.nextAttemptAt().isAfter(now)) {
            return Optional.of(e.nextAttemptAt());
        }
        Instant orphaned = e.enqueuedAt().plus(OutboxDispatcher.ORPHAN_AFTER);
        if (!force && !rules.ours(e) && orphaned.isAfter(now)) {
            return Optional.of(orphaned);
        }
        return notRead(e, board, now);
    }

    /**
     * Now (look again at the next tick) while this run has neither read nor failed to read the target's source,
     * or while the engine has not published its first board (a board without any source: the engine publishes
     * its first one on its own thread after it starts, and a pass may run before that).
     */
    private static Optional<Instant> notRead(OutboxEntry e, BoardState board, Instant now) {
        Optional<SourceHealth> health = board.health(e.action().target().source());
        boolean unread = health.filter(h -> h.lastSuccess().isEmpty() && h.lastFailure().isEmpty()).isPresent();
        return unread || board.sources().isEmpty() ? Optional.of(now) : Optional.empty();
    }
}
