package io.watchfloor.store;

import io.watchfloor.core.OperatorAction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One action in the durable outbox and the dispatcher's record of it. Immutable snapshot of a row.
 *
 * @param action         the action, exactly as appended
 * @param state          where it is in its life
 * @param attempts       how many times it was claimed for sending (0 while queued)
 * @param enqueuedAt     when it was appended
 * @param nextAttemptAt  when it may next be claimed (its enqueue instant until a retry moves it)
 * @param lastAttemptAt  when it was last claimed
 * @param lastError      why the last attempt failed, when one did
 * @param outcomeUnknown an attempt may have reached the upstream without an answer coming back (a
 *                       timeout, or a sender that died holding it): read the target back before
 *                       sending again. Once true it stays true.
 * @param owner          who holds it while {@link OutboxState#SENDING}
 * @param leaseUntil     until when that owner holds it; past it, anyone may claim it again
 * @param finishedAt     when it was accepted, rejected or cancelled
 * @param finalReply     the upstream's (or our) final answer, one line
 */
public record OutboxEntry(OperatorAction action, OutboxState state, int attempts, Instant enqueuedAt,
                          Instant nextAttemptAt, Optional<Instant> lastAttemptAt, Optional<String> lastError,
                          boolean outcomeUnknown, Optional<String> owner, Optional<Instant> leaseUntil,
                          Optional<Instant> finishedAt, Optional<String> finalReply) {
    public OutboxEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(state, "state");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be >= 0, was " + attempts);
        }
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(finalReply, "finalReply");
    }

    /** The action's id, the entry's key. */
    public String actionId() {
        return action.id();
    }
}
