package io.watchfloor.app.wall;

import io.watchfloor.core.Criticality;
import io.watchfloor.core.ServiceStatus;
import java.util.Objects;

/**
 * One service cell of the status grid, as the view model derives it from a
 * {@link io.watchfloor.core.ServiceView}. Immutable; any thread.
 *
 * @param name         the service's unique name
 * @param displayName  what the wall shows
 * @param status       the status the engine derived
 * @param reason       one line saying why ("critical: CheckoutErrorRate"); "ok" when up
 * @param region       region or site
 * @param criticality  business tier
 * @param firingAlerts firing alerts on the service
 */
public record ServiceCell(String name, String displayName, ServiceStatus status, String reason, String region,
                          Criticality criticality, int firingAlerts) {
    public ServiceCell {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(criticality, "criticality");
    }

    /** The status as the word the cell prints next to its icon: DOWN, DEGRADED, UNKNOWN, UP. */
    public String statusText() {
        return status.name();
    }
}
