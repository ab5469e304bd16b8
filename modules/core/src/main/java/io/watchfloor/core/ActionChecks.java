package io.watchfloor.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Validation shared by the action records. */
final class ActionChecks {
    private ActionChecks() {
    }

    static void common(String id, Operator operator, TargetRef target, Instant takenAt) {
        text(id, "action id");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(takenAt, "takenAt");
    }

    static void text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    static void positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
    }
}
