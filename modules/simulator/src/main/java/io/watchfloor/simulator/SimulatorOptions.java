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
 * @param scale how big the simulated NOC is ({@link SimulatorScale#standard()} unless a benchmark asks for more)
 */
public record SimulatorOptions(long seed, double speed, int port, Clock clock, ScenarioMode mode,
                               SimulatorScale scale) {
    public SimulatorOptions {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be positive and finite, was " + speed);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(scale, "scale");
    }

    /** Options at the standard scale. */
    public SimulatorOptions(long seed, double speed, int port, Clock clock, ScenarioMode mode) {
        this(seed, speed, port, clock, mode, SimulatorScale.standard());
    }

    /** Seed 42, real-time speed, ephemeral port, the system UTC clock, LIVE, standard scale. */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions(42, 1.0, 0, Clock.systemUTC(), ScenarioMode.LIVE, SimulatorScale.standard());
    }

    public SimulatorOptions withSeed(long s) {
        return new SimulatorOptions(s, speed, port, clock, mode, scale);
    }

    public SimulatorOptions withSpeed(double s) {
        return new SimulatorOptions(seed, s, port, clock, mode, scale);
    }

    public SimulatorOptions withPort(int p) {
        return new SimulatorOptions(seed, speed, p, clock, mode, scale);
    }

    public SimulatorOptions withClock(Clock c) {
        return new SimulatorOptions(seed, speed, port, c, mode, scale);
    }

    public SimulatorOptions withMode(ScenarioMode m) {
        return new SimulatorOptions(seed, speed, port, clock, m, scale);
    }

    public SimulatorOptions withScale(SimulatorScale s) {
        return new SimulatorOptions(seed, speed, port, clock, mode, s);
    }
}
