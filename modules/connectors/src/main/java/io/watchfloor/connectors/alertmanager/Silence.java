package io.watchfloor.connectors.alertmanager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An Alertmanager silence as read back from the API. Immutable.
 *
 * @param id        the silence id (a UUID)
 * @param matchers  what it mutes; at least one
 * @param startsAt  when it starts muting
 * @param endsAt    when it stops muting
 * @param updatedAt the server's last change, when reported
 * @param createdBy who created it (karma puts the operator here)
 * @param comment   free text; acknowledgements start with a prefix such as {@code ACK!}
 * @param state     pending, active or expired
 */
public record Silence(String id, List<SilenceMatcher> matchers, Instant startsAt, Instant endsAt,
                      Optional<Instant> updatedAt, String createdBy, String comment, SilenceState state) {
    public Silence {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("silence id must not be blank");
        }
        matchers = List.copyOf(matchers);
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(state, "state");
    }

    /** Whether every matcher matches this label set, i.e. the silence mutes an alert with these labels while active. */
    public boolean mutes(Map<String, String> labels) {
        return matchers.stream().allMatch(m -> m.matches(labels));
    }

    /** An active silence whose comment starts with {@code ackPrefix}: the karma/kthxbye acknowledgement convention. */
    public boolean acknowledges(String ackPrefix) {
        return state == SilenceState.ACTIVE && comment.startsWith(ackPrefix);
    }
}
