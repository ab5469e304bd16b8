package io.watchfloor.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Measured availability of a service over a window.
 *
 * @param source  the metrics source
 * @param service the service
 * @param window  the window asked for (24 h, 7 d)
 * @param ratio   share of successful probes in the window, 0..1
 * @param covered how much of the window the source actually holds data for, when it can tell;
 *                shorter than {@code window} when retention or a new target leaves a gap
 */
public record Availability(SourceId source, String service, Duration window, double ratio, Optional<Duration> covered) {
    public Availability {
        Objects.requireNonNull(source, "source");
        Alert.requireText(service, "service");
        Objects.requireNonNull(window, "window");
        if (Double.isNaN(ratio) || ratio < 0 || ratio > 1) {
            throw new IllegalArgumentException("availability ratio must be within 0..1, was " + ratio);
        }
        Objects.requireNonNull(covered, "covered");
    }

    /** True when the source holds data for less than 95 % of the window. */
    public boolean partial() {
        return covered.map(c -> c.toMillis() < window.toMillis() * 0.95).orElse(false);
    }
}
