package io.watchfloor.simulator.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Simulated time: {@code now = t0 + (clock elapsed since start) x speed}, in whole milliseconds.
 *
 * <p>{@code t0} is the clock's instant when the simulator started (truncated to millis). Readings never
 * go backwards even if the underlying clock does. Thread-safe.
 */
public final class SimTime {
    private final Clock clock;
    private final double speed;
    private final Instant realStart;
    private final Instant start;
    private Instant last;

    /** Starts simulated time now; {@code speed} must be positive. */
    public SimTime(Clock clock, double speed) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be positive and finite, was " + speed);
        }
        this.speed = speed;
        this.realStart = clock.instant();
        this.start = realStart.truncatedTo(ChronoUnit.MILLIS);
        this.last = start;
    }

    /** The simulated start instant t0. */
    public Instant start() {
        return start;
    }

    /** The current simulated instant (millisecond precision, monotonic). */
    public synchronized Instant now() {
        Duration elapsed = Duration.between(realStart, clock.instant());
        long scaledMillis = (long) Math.floor(elapsed.toNanos() * speed / 1_000_000.0);
        Instant candidate = start.plusMillis(scaledMillis);
        if (candidate.isAfter(last)) {
            last = candidate;
        }
        return last;
    }
}
