package io.watchfloor.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the audit trail: who did what to which target, when, and how the upstream answered.
 *
 * @param outcome       {@code pending}, {@code accepted}, {@code rejected} or {@code failed}
 * @param upstreamReply the upstream's answer (or our refusal), one line; empty while pending
 */
public record AuditEntry(String actionId, String kind, String operator, String role, String targetSource,
                         String targetType, String targetId, String targetDisplay, Instant takenAt, String summary,
                         String outcome, Optional<String> upstreamReply, Optional<Instant> answeredAt) {
    public AuditEntry {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(upstreamReply, "upstreamReply");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
