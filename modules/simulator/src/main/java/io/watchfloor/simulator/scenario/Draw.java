package io.watchfloor.simulator.scenario;

import java.util.List;
import java.util.SplittableRandom;

/** Random draws used by the generators; all take the caller's seeded generator (never global state). */
final class Draw {
    private Draw() {
    }

    /** Uniform in [lo, hi). */
    static double between(SplittableRandom r, double lo, double hi) {
        return lo + r.nextDouble() * (hi - lo);
    }

    /** Exponentially distributed with the given mean (the gap of a Poisson process). */
    static double exponential(SplittableRandom r, double mean) {
        return -Math.log(1.0 - r.nextDouble()) * mean;
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static boolean chance(SplittableRandom r, double probability) {
        return r.nextDouble() < probability;
    }
}
