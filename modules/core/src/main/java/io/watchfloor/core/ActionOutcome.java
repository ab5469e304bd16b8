package io.watchfloor.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How an upstream answered an action. Refusals are values, not exceptions. */
public sealed interface ActionOutcome {
    /** One line for people. */
    String summary();

    /** The upstream applied it. {@code reference} is what it created (a silence id, an incident number). */
    record Accepted(String detail, Optional<String> reference) implements ActionOutcome {
        public Accepted {
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public String summary() {
            return "accepted: " + detail;
        }
    }

    /**
     * Definitely not applied: refused by the upstream (409, 403, validation) or by our rules (role,
     * target state). {@code status} is the HTTP status when the upstream refused.
     */
    record Rejected(String reason, Optional<Integer> status) implements ActionOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String summary() {
            return "rejected: " + reason;
        }
    }

    /**
     * Could not be completed now (upstream unreachable, timeout, 5xx, 429). When {@code outcomeUnknown},
     * the request may have been applied (sent, but no answer came back). {@code retryAfter} is how long
     * the upstream asked us to wait (429/503 {@code Retry-After}), when it said.
     */
    record Failed(String reason, boolean outcomeUnknown, Optional<Duration> retryAfter) implements ActionOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** A failure without a requested wait. */
        public Failed(String reason, boolean outcomeUnknown) {
            this(reason, outcomeUnknown, Optional.empty());
        }

        @Override
        public String summary() {
            return "failed: " + reason;
        }
    }
}
