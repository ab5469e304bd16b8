package io.watchfloor.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Health of one source: when it last answered, when and why it last failed.
 *
 * @param id                  the source
 * @param kind                its type
 * @param endpoint            where it is read from, without credentials
 * @param pollInterval        how often it is read
 * @param lastSuccess         the last successful read
 * @param lastFailure         the last failed read
 * @param lastError           why it last failed, one line
 * @param consecutiveFailures failed reads since the last success
 * @param failingSince        when the current streak of failed reads began; empty while it reads fine
 */
public record SourceHealth(
        SourceId id,
        SourceKind kind,
        String endpoint,
        Duration pollInterval,
        Optional<Instant> lastSuccess,
        Optional<Instant> lastFailure,
        Optional<String> lastError,
        int consecutiveFailures,
        Optional<Instant> failingSince) {

    public SourceHealth {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive, was " + pollInterval);
        }
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastFailure, "lastFailure");
        Objects.requireNonNull(lastError, "lastError");
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutive failures must be >= 0");
        }
        Objects.requireNonNull(failingSince, "failingSince");
        if (consecutiveFailures == 0) {
            failingSince = Optional.empty();
        }
    }

    /** A health whose failure streak, if any, began at its last failure. */
    public SourceHealth(SourceId id, SourceKind kind, String endpoint, Duration pollInterval, Optional<Instant> lastSuccess,
                        Optional<Instant> lastFailure, Optional<String> lastError, int consecutiveFailures) {
        this(id, kind, endpoint, pollInterval, lastSuccess, lastFailure, lastError, consecutiveFailures,
                consecutiveFailures > 0 ? lastFailure : Optional.empty());
    }

    /** A source that has not been read yet. */
    public static SourceHealth pending(SourceId id, SourceKind kind, String endpoint, Duration pollInterval) {
        return new SourceHealth(id, kind, endpoint, pollInterval, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                Optional.empty());
    }

    public SourceHealth succeeded(Instant at) {
        return new SourceHealth(id, kind, endpoint, pollInterval, Optional.of(at), lastFailure, lastError, 0,
                Optional.empty());
    }

    public SourceHealth failed(Instant at, String reason) {
        return new SourceHealth(id, kind, endpoint, pollInterval, lastSuccess, Optional.of(at),
                Optional.of(reason), consecutiveFailures + 1, failingSince.or(() -> Optional.of(at)));
    }

    /** Age of the data at {@code now}; empty before the first success. */
    public Optional<Duration> age(Instant now) {
        return lastSuccess.map(s -> now.isBefore(s) ? Duration.ZERO : Duration.between(s, now));
    }

    /** The freshness rule: see {@link Freshness} for the thresholds. */
    public Freshness freshness(Instant now) {
        if (lastSuccess.isEmpty()) {
            return consecutiveFailures > 0 ? Freshness.OFFLINE : Freshness.PENDING;
        }
        Duration age = age(now).orElseThrow();
        if (age.compareTo(pollInterval.multipliedBy(5)) > 0) {
            return Freshness.STALE;
        }
        if (consecutiveFailures > 0 || age.compareTo(pollInterval.multipliedBy(2)) > 0) {
            return Freshness.DELAYED;
        }
        return Freshness.LIVE;
    }
}
