package io.watchfloor.simulator.alertmanager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One silence as Alertmanager stores it. Immutable; updates replace it.
 *
 * @param id        uuid
 * @param matchers  at least one
 * @param startsAt  start (inclusive)
 * @param endsAt    end (exclusive); set to the expiry instant by DELETE
 * @param updatedAt last change
 * @param createdBy author
 * @param comment   comment ("ACK! ..." for console acknowledgements)
 */
record Silence(String id, List<LabelMatcher> matchers, Instant startsAt, Instant endsAt, Instant updatedAt,
               String createdBy, String comment) {
    Silence {
        Objects.requireNonNull(id, "id");
        matchers = List.copyOf(matchers);
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(comment, "comment");
    }

    /** State at {@code now}: pending before start, active until end, then expired. */
    String state(Instant now) {
        if (now.isBefore(startsAt)) {
            return "pending";
        }
        return now.isBefore(endsAt) ? "active" : "expired";
    }

    boolean activeAt(Instant now) {
        return state(now).equals("active");
    }

    /** True if every matcher matches the label set. */
    boolean mutes(Map<String, String> labels) {
        return matchers.stream().allMatch(m -> m.matches(labels));
    }

    boolean sameMatchers(List<LabelMatcher> other) {
        if (other.size() != matchers.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            if (!matchers.get(i).sameAs(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    Silence withTimes(Instant start, Instant end, Instant updated, String newComment) {
        return new Silence(id, matchers, start, end, updated, createdBy, newComment);
    }
}
