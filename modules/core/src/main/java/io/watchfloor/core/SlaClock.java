package io.watchfloor.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One SLA clock of an incident, as measured at {@code measuredAt}, that the wall can keep counting
 * down between polls without a network call ({@link #remainingAt}, {@link #stateAt}).
 *
 * <p>A {@link ClockState#RUNNING} clock counts down to {@code breachAt}; once that instant passes it
 * reads as {@link ClockState#BREACHED}. A paused or settled clock is frozen at what was measured.
 *
 * @param name       the policy's name ("P1 resolution (4h)")
 * @param kind       response or resolution
 * @param origin     the desk's own clock or one Watchfloor computed
 * @param state      the state at {@code measuredAt}
 * @param target     the allowed duration
 * @param startedAt  when the clock started
 * @param breachAt   when it breaches (or breached) if it keeps running; moves with pauses
 * @param elapsed    counted time at {@code measuredAt} (business time where the policy says so)
 * @param measuredAt when these figures were read or computed
 */
public record SlaClock(
        String name,
        SlaKind kind,
        ClockOrigin origin,
        ClockState state,
        Duration target,
        Instant startedAt,
        Instant breachAt,
        Duration elapsed,
        Instant measuredAt) {

    public SlaClock {
        Alert.requireText(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(target, "target");
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("SLA target must be positive, was " + target);
        }
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(breachAt, "breachAt");
        Objects.requireNonNull(elapsed, "elapsed");
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("SLA elapsed must not be negative, was " + elapsed);
        }
        Objects.requireNonNull(measuredAt, "measuredAt");
    }

    /** Time left at {@code now}; negative once breached. */
    public Duration remainingAt(Instant now) {
        if (state == ClockState.RUNNING) {
            return Duration.between(now, breachAt);
        }
        return target.minus(elapsed);
    }

    /** Counted time at {@code now}. */
    public Duration elapsedAt(Instant now) {
        if (state == ClockState.RUNNING && now.isAfter(measuredAt)) {
            return elapsed.plus(Duration.between(measuredAt, now));
        }
        return elapsed;
    }

    /** Elapsed share of the target in percent at {@code now}; above 100 after a breach. */
    public double percentAt(Instant now) {
        return 100.0 * elapsedAt(now).toMillis() / target.toMillis();
    }

    /** The state at {@code now}: a running clock past its breach instant reads as breached. */
    public ClockState stateAt(Instant now) {
        if (state == ClockState.RUNNING && !now.isBefore(breachAt)) {
            return ClockState.BREACHED;
        }
        return state;
    }

    /** Running (also past its breach instant, still counting) or paused: what an SLA-timer tile lists. */
    public boolean live() {
        return state.live();
    }
}
