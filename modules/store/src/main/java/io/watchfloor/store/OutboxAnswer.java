package io.watchfloor.store;

import io.watchfloor.core.ActionOutcome;
import java.time.Instant;
import java.util.Objects;

/**
 * The final answer to one outbox entry, for {@link OutboxStore#finishAll}: accepted or rejected (a
 * {@link ActionOutcome.Failed} is not final and is refused). Immutable.
 *
 * @param actionId the entry
 * @param outcome  accepted or rejected
 * @param at       when the answer came (the caller's clock)
 */
public record OutboxAnswer(String actionId, ActionOutcome outcome, Instant at) {
    public OutboxAnswer {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        if (outcome instanceof ActionOutcome.Failed) {
            throw new IllegalArgumentException("not a final outcome (retry it instead): " + outcome);
        }
    }

    /** The state the entry ends in. */
    OutboxState state() {
        return outcome instanceof ActionOutcome.Accepted ? OutboxState.ACCEPTED : OutboxState.REJECTED;
    }
}
