package io.watchfloor.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builders for core records in tests. */
final class Fixtures {
    static final SourceId AM = SourceId.of("am");
    static final SourceId PROM = SourceId.of("prom");
    static final SourceId SNOW = SourceId.of("snow");
    static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");

    private Fixtures() {
    }

    static Alert alert(String fingerprint, String name, Severity severity, String service) {
        return new Alert(AM, fingerprint, name, Map.of("alertname", name, "service", service), name + " firing",
                severity, service, T0.minusSeconds(60), Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());
    }

    static Incident incident(String number, Priority priority, String service, List<SlaClock> clocks) {
        return new Incident(SNOW, "id-" + number, number, "Outage of " + service, service, priority,
                IncidentState.NEW, Optional.empty(), Optional.of("Service Desk"), 0, T0.minusSeconds(600), T0,
                Optional.empty(), List.of(), clocks);
    }

    static SlaClock running(String name, Duration target, Duration elapsed) {
        Instant started = T0.minus(elapsed);
        return new SlaClock(name, SlaKind.RESOLUTION, ClockOrigin.DESK, ClockState.RUNNING, target, started,
                started.plus(target), elapsed, T0);
    }

    static SourceHealth health(SourceId id, SourceKind kind) {
        return SourceHealth.pending(id, kind, "http://127.0.0.1/" + id, Duration.ofSeconds(2));
    }
}
