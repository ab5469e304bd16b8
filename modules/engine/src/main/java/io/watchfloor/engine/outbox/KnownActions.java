package io.watchfloor.engine.outbox;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceId;
import io.watchfloor.store.OutboxEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one dispatcher knows about the actions of the outbox beyond the store: which it queued, which
 * {@code sync} asked for, which are on its lanes, which its board shows pending without an answer yet, and
 * which sources to read again once their actions are done. These are its {@link SendOrder.Rules}.
 * Thread-safe (concurrent sets; the loop and the lanes use it).
 */
final class KnownActions implements SendOrder.Rules {
    private final Set<SourceId> writable;
    private final Set<String> mine = ConcurrentHashMap.newKeySet();
    private final Set<String> forced = ConcurrentHashMap.newKeySet();
    private final Map<String, OperatorAction> inFlight = new ConcurrentHashMap<>();
    private final Set<String> awaiting = ConcurrentHashMap.newKeySet();
    private final Set<SourceId> toRead = ConcurrentHashMap.newKeySet();

    /** @param writable the sources this process has a writing connector for */
    KnownActions(Set<SourceId> writable) {
        this.writable = Set.copyOf(writable);
    }

    /** Queued by this process and shown pending on its board. */
    void queuedHere(String actionId) {
        mine.add(actionId);
        awaiting.add(actionId);
    }

    /** Shown pending on this board, read from the outbox at start. */
    void shownFromStore(String actionId) {
        awaiting.add(actionId);
    }

    /** {@code sync} asks for these whoever queued them (or stops asking). */
    void force(Collection<String> ids, boolean on) {
        if (on) {
            forced.addAll(ids);
        } else {
            forced.removeAll(ids);
        }
    }

    /** Handed to a lane; false (and nothing changes) when it is on a lane already. */
    boolean dispatched(OperatorAction action) {
        return inFlight.putIfAbsent(action.id(), action) == null;
    }

    void finished(String actionId) {
        inFlight.remove(actionId);
    }

    int inFlightCount() {
        return inFlight.size();
    }

    /** This process recorded the final answer: forget it; read its sources again when it was accepted. */
    void answered(OperatorAction action, ActionOutcome outcome) {
        forgetAnswered(action.id());
        if (outcome instanceof ActionOutcome.Accepted) {
            toRead.add(OutboxSender.ownerSource(action));
            toRead.add(action.target().source());
        }
    }

    void forgetAnswered(String actionId) {
        mine.remove(actionId);
        forced.remove(actionId);
        awaiting.remove(actionId);
    }

    /**
     * Sources to read again now: their actions were accepted and none of theirs is in flight any more. A
     * replay must not read a large source after every single action (each read competes with the writes).
     * Each source is returned once per batch of accepted actions.
     */
    List<SourceId> toReadNow() {
        List<SourceId> out = new ArrayList<>();
        for (SourceId source : List.copyOf(toRead)) {
            boolean busy = inFlight.values().stream()
                    .anyMatch(a -> OutboxSender.ownerSource(a).equals(source) || a.target().source().equals(source));
            if (!busy && toRead.remove(source)) {
                out.add(source);
            }
        }
        return out;
    }

    /** Actions the board shows pending that are no longer open in the store nor on a lane here. */
    List<String> awaitingButGone(List<OutboxEntry> open) {
        if (awaiting.isEmpty()) {
            return List.of();
        }
        Set<String> stillOpen = new HashSet<>();
        open.forEach(e -> stillOpen.add(e.actionId()));
        List<String> out = new ArrayList<>();
        for (String id : awaiting) {
            if (!stillOpen.contains(id) && !inFlight.containsKey(id)) {
                out.add(id);
            }
        }
        return out;
    }

    @Override
    public boolean ours(OutboxEntry e) {
        return mine.contains(e.actionId()) || forced.contains(e.actionId());
    }

    @Override
    public boolean inFlight(String actionId) {
        return inFlight.containsKey(actionId);
    }

    @Override
    public boolean canSend(OutboxEntry e) {
        return writable.contains(OutboxSender.ownerSource(e.action()));
    }

    @Override
    public boolean deadOwner(String owner) {
        return OutboxOwner.deadOnThisHost(owner);
    }
}
