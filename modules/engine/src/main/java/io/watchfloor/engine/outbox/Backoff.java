package io.watchfloor.engine.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed action again: exponential backoff with jitter, never sooner than the upstream
 * asked ({@code Retry-After}). The n-th retry waits a random time between half and all of
 * {@code min(max, first * 2^(n-1))}, so that consoles that lost the same desk at the same moment do
 * not all come back in the same second. Immutable apart from the random source; thread-safe if it is.
 *
 * @param first  the ceiling of the first wait
 * @param max    the ceiling of any wait
 * @param random the jitter source (seeded in tests)
 */
public record Backoff(Duration first, Duration max, RandomGenerator random) {
    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(random, "random");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max, was " + first + ", " + max);
        }
    }

    /** 2 s, doubling, at most 5 minutes. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), RandomGenerator.getDefault());
    }

    /**
     * The wait before the next try.
     *
     * @param attempts   tries made so far (1 after the first failure)
     * @param retryAfter what the upstream asked for, if it did
     */
    public Duration next(int attempts, Optional<Duration> retryAfter) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        long ceiling = Math.min(max.toMillis(), first.toMillis() << Math.min(doublings, 20));
        long wait = ceiling / 2 + (long) (random.nextDouble() * (ceiling - ceiling / 2));
        Duration jittered = Duration.ofMillis(Math.max(1, wait));
        return retryAfter.filter(r -> r.compareTo(jittered) > 0).orElse(jittered);
    }
}
