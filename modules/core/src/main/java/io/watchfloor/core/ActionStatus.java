package io.watchfloor.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An action as the board shows it: pending until the upstream answers, then its outcome.
 *
 * @param action    the action
 * @param outcome   empty while pending
 * @param updatedAt when it was taken or answered
 */
public record ActionStatus(OperatorAction action, Optional<ActionOutcome> outcome, Instant updatedAt) {
    public ActionStatus {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean pending() {
        return outcome.isEmpty();
    }

    public boolean accepted() {
        return outcome.filter(o -> o instanceof ActionOutcome.Accepted).isPresent();
    }
}
