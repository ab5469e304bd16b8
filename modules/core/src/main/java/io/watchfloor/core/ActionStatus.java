package io.watchfloor.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An action as the board shows it: pending until the upstream answers, then its outcome.
 *
 * @param action    the action
 * @param outcome   empty while pending
 * @param updatedAt when it was taken, last tried or answered
 * @param progress  while pending: where it stands in the outbox, for people ("queued: snow unreachable
 *                  (connection refused); attempt 3, next try 02:14:05"); empty when answered or not tried yet
 */
public record ActionStatus(OperatorAction action, Optional<ActionOutcome> outcome, Instant updatedAt,
                           Optional<String> progress) {
    public ActionStatus {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(progress, "progress");
        if (outcome.isPresent()) {
            progress = Optional.empty();
        }
    }

    /** A status without outbox progress. */
    public ActionStatus(OperatorAction action, Optional<ActionOutcome> outcome, Instant updatedAt) {
        this(action, outcome, updatedAt, Optional.empty());
    }

    /** Pending, but queued for another try: the board shows it as waiting, not as sent. */
    public boolean queued() {
        return pending() && progress.isPresent();
    }

    public boolean pending() {
        return outcome.isEmpty();
    }

    public boolean accepted() {
        return outcome.filter(o -> o instanceof ActionOutcome.Accepted).isPresent();
    }
}
