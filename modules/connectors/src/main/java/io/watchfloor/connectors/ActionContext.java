package io.watchfloor.connectors;

import io.watchfloor.core.Alert;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Service;
import java.util.Objects;
import java.util.Optional;

/**
 * What the board knew when an action was taken: the target alert or incident as last read, and the
 * configured service it belongs to (for its display name).
 */
public record ActionContext(Optional<Alert> alert, Optional<Incident> incident, Optional<Service> service) {
    public ActionContext {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(service, "service");
    }
}
