package io.watchfloor.simulator.scenario;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A period during which a service's probe fails ({@code probe_success} and {@code up} read 0).
 *
 * @param service the service name
 * @param start   first failing instant (inclusive)
 * @param end     first healthy instant again (exclusive); empty while an injected outage is open
 */
public record Outage(String service, Instant start, Optional<Instant> end) {
    public Outage {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isPresent() && !end.get().isAfter(start)) {
            throw new IllegalArgumentException("outage must end after it starts: " + service);
        }
    }

    public static Outage between(String service, Instant start, Instant end) {
        return new Outage(service, start, Optional.of(end));
    }

    /** The same outage, ended at {@code at}. */
    public Outage endedAt(Instant at) {
        return new Outage(service, start, Optional.of(at));
    }
}
