package io.watchfloor.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service as the board shows it: its status, why, and its measured availability.
 *
 * @param service       the configured (or discovered) service
 * @param status        derived by {@link ServiceStatusRule}
 * @param reason        one line saying why it has that status ("critical: CheckoutErrorRate")
 * @param availability  one entry per window the metrics sources report
 * @param firingAlerts  firing alerts on the service
 */
public record ServiceView(Service service, ServiceStatus status, String reason, List<Availability> availability,
                          int firingAlerts) {
    public ServiceView {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        availability = List.copyOf(availability);
        if (firingAlerts < 0) {
            throw new IllegalArgumentException("firing alerts must be >= 0");
        }
    }

    /** The availability over exactly this window, if a source reports it. */
    public Optional<Availability> availability(Duration window) {
        return availability.stream().filter(a -> a.window().equals(window)).findFirst();
    }

    /** Whether availability over this window is below the service's SLO. */
    public boolean belowSlo(Duration window) {
        return availability(window).map(a -> a.ratio() < service.sloTarget()).orElse(false);
    }
}
