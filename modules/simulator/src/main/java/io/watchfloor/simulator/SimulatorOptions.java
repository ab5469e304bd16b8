package io.watchfloor.simulator;

import java.time.Clock;
import java.util.Objects;

/**
 * How to start a {@link Simulator}. Immutable.
 *
 * @param seed  scenario seed: the same seed and clock give the same board
 * @param speed simulated seconds per clock second (positive)
 * @param port  TCP port on 127.0.0.1, 0 for an ephemeral one
 * @param clock the time source; simulated time is derived from it
 * @param mode  LIVE or SCRIPTED
 */
public record SimulatorOptions(long seed, double speed, int port, Clock clock, ScenarioMode mode) {
    public SimulatorOptions {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be positive and finite, was " + speed);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(mode, "mode");
    }

    /** Seed 42, real-time speed, ephemeral port, the system UTC clock, LIVE. */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions(42, 1.0, 0, Clock.systemUTC(), ScenarioMode.LIVE);
    }

    public SimulatorOptions withSeed(long s) {
        return new SimulatorOptions(s, speed, port, clock, mode);
    }

    public SimulatorOptions withSpeed(double s) {
        return new SimulatorOptions(seed, s, port, clock, mode);
    }

    public SimulatorOptions withPort(int p) {
        return new SimulatorOptions(seed, speed, p, clock, mode);
    }

    public SimulatorOptions withClock(Clock c) {
        return new SimulatorOptions(seed, speed, port, c, mode);
    }

    public SimulatorOptions withMode(ScenarioMode m) {
        return new SimulatorOptions(seed, speed, port, clock, m);
    }
}
