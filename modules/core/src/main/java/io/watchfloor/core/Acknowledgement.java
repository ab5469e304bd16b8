package io.watchfloor.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who acknowledged something, since when, and the upstream object that records it
 * (an Alertmanager silence id, a desk journal entry).
 *
 * @param by        the operator or system user as the upstream reports it
 * @param since     when the acknowledgement started
 * @param until     when it lapses, for acknowledgements that expire (silences)
 * @param reference the upstream id of what carries the acknowledgement
 */
public record Acknowledgement(String by, Instant since, Optional<Instant> until, String reference) {
    public Acknowledgement {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reference, "reference");
    }
}
