package io.watchfloor.core.sla;

import io.watchfloor.core.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of finish (acknowledgements, or resolutions) of incidents, one column per field: priority, when it
 * happened (epoch second and nanosecond) and how long after the opening (nanoseconds, a finish before the opening
 * counting as zero; capped at {@link Long#MAX_VALUE}, about 292 years). Confined to the thread of the
 * {@link ResponseSamples.Builder} that fills it (it grows as needed); read-only once built, then thread-safe.
 */
final class FinishColumns {
    private static final Priority[] PRIORITIES = Priority.values();
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private byte[] priority;
    private long[] second;
    private int[] nano;
    private long[] took;
    private int size;

    FinishColumns(int capacity) {
        int c = Math.max(capacity, 8);
        priority = new byte[c];
        second = new long[c];
        nano = new int[c];
        took = new long[c];
    }

    int size() {
        return size;
    }

    void add(Priority p, Instant openedAt, Instant at) {
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(at, "at");
        if (size == priority.length) {
            resize(size + (size >> 1));
        }
        priority[size] = (byte) p.ordinal();
        second[size] = at.getEpochSecond();
        nano[size] = at.getNano();
        took[size] = nanosBetween(openedAt, at);
        size++;
    }

    /** Count, mean, median and share within target, per priority with at least one finish in {@code window}. */
    Map<Priority, DurationStats> stats(MetricsWindow window, Map<Priority, Duration> targets) {
        int[] counts = new int[PRIORITIES.length];
        for (int i = 0; i < size; i++) {
            if (inWindow(i, window)) {
                counts[priority[i]]++;
            }
        }
        long[][] samples = new long[PRIORITIES.length][];
        for (int p = 0; p < samples.length; p++) {
            samples[p] = new long[counts[p]];
        }
        int[] filled = new int[PRIORITIES.length];
        for (int i = 0; i < size; i++) {
            if (inWindow(i, window)) {
                samples[priority[i]][filled[priority[i]]++] = took[i];
            }
        }
        Map<Priority, DurationStats> stats = new EnumMap<>(Priority.class);
        for (Priority p : PRIORITIES) {
            if (counts[p.ordinal()] > 0) {
                stats.put(p, statsOf(samples[p.ordinal()], Optional.ofNullable(targets.get(p))));
            }
        }
        return stats;
    }

    /** The statistics of {@code nanos} (at least one; sorted in place). */
    private static DurationStats statsOf(long[] nanos, Optional<Duration> target) {
        Arrays.sort(nanos);
        int n = nanos.length;
        long seconds = 0;
        long remainder = 0;
        for (long d : nanos) {
            seconds += d / NANOS_PER_SECOND;
            remainder += d % NANOS_PER_SECOND;
        }
        Duration mean = Duration.ofSeconds(seconds, remainder).dividedBy(n);
        Duration median = n % 2 == 1 ? Duration.ofNanos(nanos[n / 2])
                : Duration.ofNanos(nanos[n / 2 - 1]).plus(Duration.ofNanos(nanos[n / 2])).dividedBy(2);
        Optional<Double> share = target.map(t -> atMost(nanos, t) / (double) n);
        return new DurationStats(n, mean, median, target, share);
    }

    private boolean inWindow(int i, MetricsWindow window) {
        return compare(i, window.from()) >= 0 && compare(i, window.to()) < 0;
    }

    private int compare(int i, Instant other) {
        int bySecond = Long.compare(second[i], other.getEpochSecond());
        return bySecond != 0 ? bySecond : Integer.compare(nano[i], other.getNano());
    }

    /** How many of the sorted {@code nanos} are at or under {@code target}. */
    private static int atMost(long[] nanos, Duration target) {
        if (target.isNegative()) {
            return 0;
        }
        long limit = nanosOf(target.getSeconds(), target.getNano());
        int count = 0;
        while (count < nanos.length && nanos[count] <= limit) {
            count++;
        }
        return count;
    }

    /** The nanoseconds from {@code from} to {@code to}; zero when {@code to} is not after it. */
    private static long nanosBetween(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        long nanos = (long) to.getNano() - from.getNano();
        if (seconds < 0 || seconds == 0 && nanos <= 0) {
            return 0;
        }
        if (nanos < 0) {
            seconds--;
            nanos += NANOS_PER_SECOND;
        }
        return nanosOf(seconds, nanos);
    }

    /** {@code seconds} and {@code nanos} (0..999,999,999) in nanoseconds, capped at {@link Long#MAX_VALUE}. */
    private static long nanosOf(long seconds, long nanos) {
        if (seconds >= Long.MAX_VALUE / NANOS_PER_SECOND) {
            return Long.MAX_VALUE;
        }
        return seconds * NANOS_PER_SECOND + nanos;
    }

    private void resize(int length) {
        priority = Arrays.copyOf(priority, length);
        second = Arrays.copyOf(second, length);
        nano = Arrays.copyOf(nano, length);
        took = Arrays.copyOf(took, length);
    }
}
