package io.watchfloor.store;

/**
 * Where an outbox entry is in its life: {@code QUEUED -> SENDING -> (RETRYING -> SENDING)* ->
 * ACCEPTED | REJECTED}, or {@code CANCELLED} by an operator before it was sent.
 */
public enum OutboxState {
    /** Appended, never tried yet. */
    QUEUED,
    /** Claimed by one dispatcher, which holds a lease on it until it reports back. */
    SENDING,
    /** Tried and failed for a reason that may pass; tried again at its next attempt instant. */
    RETRYING,
    /** The upstream applied it. */
    ACCEPTED,
    /** Definitely not applied: refused by the upstream or by our rules. */
    REJECTED,
    /** Withdrawn by an operator before it was sent. */
    CANCELLED;

    /** Still has to reach its upstream: queued, sending or retrying. */
    public boolean open() {
        return this == QUEUED || this == SENDING || this == RETRYING;
    }
}
