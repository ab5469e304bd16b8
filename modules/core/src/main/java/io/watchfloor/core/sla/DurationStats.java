package io.watchfloor.core.sla;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Count, mean and median of a set of durations (MTTA or MTTR of one priority in one window), and how
 * many kept the target. Only exists for at least one sample: an empty window has no statistics
 * rather than zeros.
 *
 * @param count            number of samples, at least 1
 * @param mean             arithmetic mean
 * @param median           middle value (mean of the two middle values for an even count)
 * @param target           the target the samples were measured against, if one is configured
 * @param shareWithinTarget fraction 0..1 of samples at or under the target, when there is one
 */
public record DurationStats(int count, Duration mean, Duration median, Optional<Duration> target,
                            Optional<Double> shareWithinTarget) {
    public DurationStats {
        if (count < 1) {
            throw new IllegalArgumentException("statistics need at least one sample, had " + count);
        }
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(shareWithinTarget, "shareWithinTarget");
        if (target.isPresent() != shareWithinTarget.isPresent()) {
            throw new IllegalArgumentException("a share within target needs a target and vice versa");
        }
    }
}
