package io.watchfloor.core;

import java.util.Objects;

/** An SLA clock together with the incident it belongs to, for the SLA-timer tile. */
public record UrgentClock(Incident incident, SlaClock clock) {
    public UrgentClock {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(clock, "clock");
    }
}
