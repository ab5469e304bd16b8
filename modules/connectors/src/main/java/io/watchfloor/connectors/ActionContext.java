package io.watchfloor.connectors;

import io.watchfloor.core.Alert;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Service;
import java.util.Objects;
import java.util.Optional;

/**
 * What the board knew when an action was taken: the target alert or incident as last read, and the
 * configured service it belongs to (for its display name); and whether an earlier try of the action may
 * have reached the upstream.
 *
 * @param earlierTry an earlier try of this action may have reached the upstream (a retry, a send whose
 *                   sender died or timed out): the connector must look for the action's marker upstream
 *                   before writing. False only when the caller knows this is the action's first try (the
 *                   outbox's durable claim says so, ADR 0009); then a connector may skip a read whose only
 *                   purpose is finding the marker. When in doubt, true.
 */
public record ActionContext(Optional<Alert> alert, Optional<Incident> incident, Optional<Service> service,
                            boolean earlierTry) {
    public ActionContext {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(service, "service");
    }

    /** A context in which an earlier try may have reached the upstream (the safe assumption). */
    public ActionContext(Optional<Alert> alert, Optional<Incident> incident, Optional<Service> service) {
        this(alert, incident, service, true);
    }

    /** The same context for the action's first try: no earlier try can have reached the upstream. */
    public ActionContext firstTry() {
        return new ActionContext(alert, incident, service, false);
    }
}
