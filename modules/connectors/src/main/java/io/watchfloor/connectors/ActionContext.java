package io.watchfloor.connectors;

import io.watchfloor.core.Alert;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Service;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the board knew when an action was taken: the target alert or incident as last read, and the
 * configured service it belongs to (for its display name); when the board last read the target's source; and
 * whether an earlier try of the action may have reached the upstream.
 *
 * @param earlierTry an earlier try of this action may have reached the upstream (a retry, a send whose
 *                   sender died or timed out): the connector must look for the action's marker upstream
 *                   before writing. False only when the caller knows this is the action's first try (the
 *                   outbox's durable claim says so, ADR 0009); then a connector may skip a read whose only
 *                   purpose is finding the marker. When in doubt, true.
 * @param readAt     when the target's source was last read successfully for the board that {@code alert} and
 *                   {@code incident} come from; empty when unknown. A connector may judge a first try on that
 *                   read instead of reading the target again while it is recent enough (ADR 0013).
 */
public record ActionContext(Optional<Alert> alert, Optional<Incident> incident, Optional<Service> service,
                            boolean earlierTry, Optional<Instant> readAt) {
    public ActionContext {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(readAt, "readAt");
    }

    /** A context in which an earlier try may have reached the upstream (the safe assumption), read at an unknown time. */
    public ActionContext(Optional<Alert> alert, Optional<Incident> incident, Optional<Service> service) {
        this(alert, incident, service, true, Optional.empty());
    }

    /** A context whose board read time is unknown. */
    public ActionContext(Optional<Alert> alert, Optional<Incident> incident, Optional<Service> service,
                         boolean earlierTry) {
        this(alert, incident, service, earlierTry, Optional.empty());
    }

    /** The same context for the action's first try: no earlier try can have reached the upstream. */
    public ActionContext firstTry() {
        return new ActionContext(alert, incident, service, false, readAt);
    }

    /** The same context, its target as read from the source at {@code at}. */
    public ActionContext withReadAt(Instant at) {
        return new ActionContext(alert, incident, service, earlierTry, Optional.of(at));
    }
}
