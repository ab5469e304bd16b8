package io.watchfloor.simulator.prometheus;

import io.watchfloor.simulator.scenario.Outage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The probe samples of every service as a Prometheus TSDB would hold them, computed analytically: one
 * sample every 15 s on the epoch-aligned grid, value 0 inside an outage and 1 outside, kept for the
 * 15 days of retention: after {@code now - 15d}, up to {@code now}. Window sums are counted over merged outage intervals,
 * never by iterating samples. Immutable snapshot for one request.
 */
final class ProbeSamples {
    static final long STEP_MS = 15_000;
    static final Duration RETENTION = Duration.ofDays(15);
    static final Duration LOOKBACK = Duration.ofMinutes(5);

    /** Samples held in a window and how many of them are 0. */
    record Window(long count, long down) {
    }

    /** One sample. */
    record Sample(long atMillis, double value) {
    }

    private final long retentionStart;
    private final long now;
    private final Map<String, long[][]> downIntervals = new HashMap<>();

    ProbeSamples(List<Outage> outages, Instant now) {
        this.now = now.toEpochMilli();
        this.retentionStart = now.minus(RETENTION).toEpochMilli() + 1;
        Map<String, List<long[]>> byService = new HashMap<>();
        for (Outage o : outages) {
            long end = o.end().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
            byService.computeIfAbsent(o.service(), s -> new ArrayList<>()).add(new long[] {o.start().toEpochMilli(), end});
        }
        byService.forEach((service, list) -> downIntervals.put(service, merge(list)));
    }

    /** Samples of {@code service} at grid points in {@code (from, to]}. */
    Window window(String service, long fromExclusive, long toInclusive) {
        long lo = Math.max(fromExclusive + 1, retentionStart);
        long hi = Math.min(toInclusive, now) + 1;
        if (hi <= lo) {
            return new Window(0, 0);
        }
        long count = gridPoints(lo, hi);
        long down = 0;
        for (long[] interval : downIntervals.getOrDefault(service, new long[0][])) {
            long a = Math.max(interval[0], lo);
            long b = Math.min(interval[1], hi);
            if (b > a) {
                down += gridPoints(a, b);
            }
        }
        return new Window(count, down);
    }

    /** The newest sample at or before {@code t} within the 5-minute lookback, as an instant selector sees it. */
    Optional<Sample> latest(String service, long t) {
        long last = Math.floorDiv(Math.min(t, now), STEP_MS) * STEP_MS;
        if (last <= t - LOOKBACK.toMillis() || last < retentionStart) {
            return Optional.empty();
        }
        return Optional.of(new Sample(last, valueAt(service, last)));
    }

    /** Every sample in {@code (from, to]}, oldest first. */
    List<Sample> samples(String service, long fromExclusive, long toInclusive) {
        long lo = Math.max(fromExclusive + 1, retentionStart);
        long hi = Math.min(toInclusive, now);
        List<Sample> out = new ArrayList<>();
        for (long g = Math.floorDiv(lo + STEP_MS - 1, STEP_MS) * STEP_MS; g <= hi; g += STEP_MS) {
            out.add(new Sample(g, valueAt(service, g)));
        }
        return out;
    }

    double valueAt(String service, long t) {
        for (long[] interval : downIntervals.getOrDefault(service, new long[0][])) {
            if (interval[0] <= t && t < interval[1]) {
                return 0;
            }
        }
        return 1;
    }

    /** Grid points g (multiples of 15 s) with {@code a <= g < b}. */
    private static long gridPoints(long a, long b) {
        return Math.floorDiv(b + STEP_MS - 1, STEP_MS) - Math.floorDiv(a + STEP_MS - 1, STEP_MS);
    }

    private static long[][] merge(List<long[]> intervals) {
        intervals.sort(Comparator.comparingLong(i -> i[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] i : intervals) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && i[0] <= last[1]) {
                last[1] = Math.max(last[1], i[1]);
            } else {
                merged.add(new long[] {i[0], i[1]});
            }
        }
        return merged.toArray(new long[0][]);
    }
}
