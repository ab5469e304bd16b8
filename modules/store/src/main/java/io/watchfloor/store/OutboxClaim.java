package io.watchfloor.store;

import java.util.Objects;

/**
 * One claim that took: the entry is now being sent by its claimer.
 *
 * @param actionId the claimed entry
 * @param firstTry no one claimed the entry before ({@link OutboxEntry#attempts()} is 1 now) and nothing marks
 *                 its outcome unknown: since every send is preceded by a durable claim, no earlier try of the
 *                 action can have reached its upstream. Read in the claim's own transaction, so it cannot be
 *                 stale.
 */
public record OutboxClaim(String actionId, boolean firstTry) {
    public OutboxClaim {
        Objects.requireNonNull(actionId, "actionId");
    }
}
