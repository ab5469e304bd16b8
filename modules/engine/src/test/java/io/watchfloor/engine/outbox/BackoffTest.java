package io.watchfloor.engine.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration FIRST = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(5);

    private static Backoff seeded(long seed) {
        return new Backoff(FIRST, MAX, new Random(seed));
    }

    @Test
    void eachWaitLiesBetweenHalfAndAllOfADoublingCeilingCappedAtTheMaximum() {
        Backoff backoff = seeded(7);
        for (int attempt = 1; attempt <= 14; attempt++) {
            long ceiling = Math.min(MAX.toMillis(), FIRST.toMillis() << (attempt - 1));
            for (int n = 0; n < 200; n++) {
                Duration wait = backoff.next(attempt, Optional.empty());
                assertThat(wait.toMillis()).as("attempt %d", attempt).isBetween(ceiling / 2, ceiling - 1);
            }
        }
    }

    @Test
    void theCeilingDoublesUntilTheCapAndThenStays() {
        Backoff alwaysTop = new Backoff(FIRST, MAX, new AlmostOne());
        assertThat(alwaysTop.next(1, Optional.empty())).isEqualTo(Duration.ofMillis(1999));
        assertThat(alwaysTop.next(2, Optional.empty())).isEqualTo(Duration.ofMillis(3999));
        assertThat(alwaysTop.next(3, Optional.empty())).isEqualTo(Duration.ofMillis(7999));
        assertThat(alwaysTop.next(8, Optional.empty())).isEqualTo(Duration.ofMillis(255_999));
        assertThat(alwaysTop.next(9, Optional.empty())).isEqualTo(Duration.ofMillis(299_999));
        assertThat(alwaysTop.next(Integer.MAX_VALUE, Optional.empty())).as("no overflow").isEqualTo(Duration.ofMillis(299_999));
        assertThat(alwaysTop.next(0, Optional.empty())).as("before any failure: the first ceiling")
                .isEqualTo(Duration.ofMillis(1999));
    }

    @Test
    void jitterSpreadsConsolesThatFailedTogetherAndASeedRepeatsIt() {
        Set<Long> distinct = new HashSet<>();
        long min = Long.MAX_VALUE;
        long max = 0;
        Backoff backoff = seeded(42);
        for (int n = 0; n < 1000; n++) {
            long ms = backoff.next(1, Optional.empty()).toMillis();
            distinct.add(ms);
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        assertThat(distinct).hasSizeGreaterThan(500);
        assertThat(min).isLessThan(1100);
        assertThat(max).isGreaterThan(1900);
        assertThat(seeded(42).next(3, Optional.empty())).isEqualTo(seeded(42).next(3, Optional.empty()));
    }

    @Test
    void retryAfterWinsWhenItIsLongerAndNeverShortensTheBackoff() {
        Backoff backoff = seeded(7);
        assertThat(backoff.next(1, Optional.of(Duration.ofSeconds(120)))).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.next(9, Optional.of(Duration.ofSeconds(30)))).isGreaterThanOrEqualTo(Duration.ofSeconds(150));
        assertThat(backoff.next(1, Optional.of(Duration.ofMillis(10)))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aTinyFirstWaitIsStillAtLeastOneMillisecond() {
        Backoff backoff = new Backoff(Duration.ofMillis(1), Duration.ofMillis(1), new Random(1));
        assertThat(backoff.next(1, Optional.empty())).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void boundsMustBePositiveAndOrdered() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, MAX, new Random())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(-1), MAX, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(MAX, FIRST, new Random())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 < first <= max");
        assertThat(Backoff.standard().first()).isEqualTo(FIRST);
        assertThat(Backoff.standard().max()).isEqualTo(MAX);
    }

    /** A random source at the top of its range, to read the ceilings off. */
    private static final class AlmostOne extends Random {
        private static final long serialVersionUID = 1L;

        @Override
        public double nextDouble() {
            return Math.nextDown(1.0);
        }
    }
}
