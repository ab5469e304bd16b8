package io.watchfloor.engine;

import io.watchfloor.connectors.SourceConnector;
import java.time.Duration;
import java.util.Objects;

/**
 * A connector and how often the engine reads it.
 *
 * @param connector    the source's connector
 * @param pollInterval the delay between the end of one read and the start of the next
 */
public record PolledSource(SourceConnector connector, Duration pollInterval) {
    public PolledSource {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive");
        }
    }
}
