package io.watchfloor.core;

import java.util.Objects;

/**
 * The latest synthetic probe of a service ({@code probe_success} or {@code up}).
 *
 * @param source  the metrics source
 * @param service the service probed
 * @param up      whether the latest probe succeeded
 */
public record ProbeResult(SourceId source, String service, boolean up) {
    public ProbeResult {
        Objects.requireNonNull(source, "source");
        Alert.requireText(service, "service");
    }
}
