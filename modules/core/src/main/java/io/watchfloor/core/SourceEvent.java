package io.watchfloor.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a connector reports from one read of its source. Each observation is the complete current
 * set for its source (not a delta): what was there before and is missing now has gone upstream.
 */
public sealed interface SourceEvent {
    SourceId source();

    Instant observedAt();

    /** The complete set of alerts the source reports now. */
    record AlertsObserved(SourceId source, Instant observedAt, List<Alert> alerts) implements SourceEvent {
        public AlertsObserved {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(observedAt, "observedAt");
            alerts = List.copyOf(alerts);
        }
    }

    /** The complete set of open incidents the desk reports now, with their clocks. */
    record IncidentsObserved(SourceId source, Instant observedAt, List<Incident> incidents) implements SourceEvent {
        public IncidentsObserved {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(observedAt, "observedAt");
            incidents = List.copyOf(incidents);
        }
    }

    /** Availability per service and window, and the latest probe per service. */
    record AvailabilityObserved(SourceId source, Instant observedAt, List<Availability> availability,
                                List<ProbeResult> probes) implements SourceEvent {
        public AvailabilityObserved {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(observedAt, "observedAt");
            availability = List.copyOf(availability);
            probes = List.copyOf(probes);
        }
    }

    /** A read failed; the source's last known data stays, marked by its age. */
    record SourceFailed(SourceId source, Instant observedAt, String reason) implements SourceEvent {
        public SourceFailed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(observedAt, "observedAt");
            Alert.requireText(reason, "reason");
        }
    }
}
