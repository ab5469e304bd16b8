package io.watchfloor.app.console;

import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.OperatorAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * FX-thread confined. The console's own record of the actions it sent, so that a row shows an action as pending
 * the moment it is taken (before the engine's next snapshot lists it) and shows its answer the moment the future
 * completes (even if no snapshot ever lists it). What a row shows merges this ledger with the board's
 * {@link BoardState#actions()}: per action id the answered status wins over the pending one, and per target the
 * newest action wins. Answered entries are forgotten after {@link #KEEP}; accepted ones stop showing as a marker
 * after {@link #ACCEPTED_MARKER} (the row's own state shows the effect by then).
 */
final class ActionLedger {
    static final Duration KEEP = Duration.ofMinutes(15);
    static final Duration ACCEPTED_MARKER = Duration.ofSeconds(60);

    private final Clock clock;
    private final Map<String, ActionStatus> local = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    ActionLedger(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records an action as sent and not yet answered. */
    void pending(OperatorAction action) {
        local.put(action.id(), new ActionStatus(action, Optional.empty(), clock.instant()));
        changed();
    }

    /**
     * Records the answer to an action's first try. A failure is not final: the action waits in the
     * engine's outbox for another try, so it stays pending, marked as queued with the reason, until the
     * board reports its final answer.
     */
    void answered(OperatorAction action, ActionOutcome outcome) {
        if (outcome instanceof ActionOutcome.Failed f) {
            local.put(action.id(), new ActionStatus(action, Optional.empty(), clock.instant(),
                    Optional.of("queued: " + f.reason())));
        } else {
            local.put(action.id(), new ActionStatus(action, Optional.of(outcome), clock.instant()));
        }
        changed();
    }

    /**
     * Records that the engine gave no answer at all (its future failed): the action's fate is unknown
     * to this console, so the row says failed rather than queued.
     */
    void failedWithoutAnswer(OperatorAction action, ActionOutcome.Failed failure) {
        local.put(action.id(), new ActionStatus(action, Optional.of(failure), clock.instant()));
        changed();
    }

    /** Called after every change of the ledger. */
    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** Forgets answered entries older than {@link #KEEP}. */
    void prune(Instant now) {
        if (local.values().removeIf(s -> !s.pending() && s.updatedAt().plus(KEEP).isBefore(now))) {
            changed();
        }
    }

    /** Every action on the target, ours and the board's, one status per action, newest action first. */
    List<ActionStatus> forTarget(String targetKey, BoardState board) {
        Map<String, ActionStatus> byId = new LinkedHashMap<>();
        for (ActionStatus s : board.actions()) {
            if (s.action().target().key().equals(targetKey)) {
                byId.merge(s.action().id(), s, ActionLedger::answeredFirst);
            }
        }
        for (ActionStatus s : local.values()) {
            if (s.action().target().key().equals(targetKey)) {
                byId.merge(s.action().id(), s, ActionLedger::answeredFirst);
            }
        }
        List<ActionStatus> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing((ActionStatus s) -> s.action().takenAt())
                .thenComparing(ActionStatus::updatedAt).reversed());
        return all;
    }

    private static ActionStatus answeredFirst(ActionStatus a, ActionStatus b) {
        if (a.pending() != b.pending()) {
            return a.pending() ? b : a;
        }
        return b.updatedAt().isAfter(a.updatedAt()) ? b : a;
    }

    /** The newest action on the target, if any. */
    Optional<ActionStatus> latest(String targetKey, BoardState board) {
        List<ActionStatus> all = forTarget(targetKey, board);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** What the row of this target shows at {@code now}. */
    RowMarker marker(String targetKey, BoardState board, Instant now) {
        Optional<ActionStatus> latest = latest(targetKey, board);
        if (latest.isEmpty()) {
            return RowMarker.NONE;
        }
        ActionStatus s = latest.get();
        if (s.accepted() && s.updatedAt().plus(ACCEPTED_MARKER).isBefore(now)) {
            return RowMarker.NONE;
        }
        return RowMarker.of(s);
    }

    /** Whether an action of this kind on the target is still waiting for its answer. */
    boolean pending(String targetKey, ActionKind kind, BoardState board) {
        return forTarget(targetKey, board).stream().anyMatch(s -> s.pending() && s.action().kind() == kind);
    }

    /** How many actions, ours or the board's, are waiting for an answer. */
    long pendingCount(BoardState board) {
        Map<String, ActionStatus> byId = new LinkedHashMap<>();
        board.actions().forEach(s -> byId.merge(s.action().id(), s, ActionLedger::answeredFirst));
        local.values().forEach(s -> byId.merge(s.action().id(), s, ActionLedger::answeredFirst));
        return byId.values().stream().filter(ActionStatus::pending).count();
    }
}
