package io.watchfloor.app.wall;

import io.watchfloor.core.ServiceStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One service that is down or degraded on the downtime-cost tile, as of one tick. Immutable; any thread.
 *
 * @param service      the service's unique name
 * @param displayName  what the wall shows
 * @param status       DOWN or DEGRADED
 * @param perMinute    what a minute costs now: the configured cost, times the degraded share when degraded
 * @param currency     ISO 4217 code
 * @param outageStart  when the wall first saw this outage
 * @param outage       how long the outage has lasted at the tick
 * @param outageCost   what the outage has cost so far
 * @param todayCost    what the service's outages cost today (since the wall started watching, if later)
 */
public record CostRow(String service, String displayName, ServiceStatus status, BigDecimal perMinute,
                      String currency, Instant outageStart, Duration outage, BigDecimal outageCost,
                      BigDecimal todayCost) {
    public CostRow {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(perMinute, "perMinute");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(outageStart, "outageStart");
        Objects.requireNonNull(outage, "outage");
        Objects.requireNonNull(outageCost, "outageCost");
        Objects.requireNonNull(todayCost, "todayCost");
    }

    /** Whether a cost per minute is configured for the service. */
    public boolean costed() {
        return perMinute.signum() > 0;
    }
}
