package io.watchfloor.simulator.scenario;

import java.time.Instant;
import java.util.Optional;

/**
 * Lays out one cascade relative to its start instant, in (fractional) minutes, into a {@link PlanSink}.
 * Times are rounded to whole seconds so payloads stay readable.
 */
final class CascadeBuilder {
    /** The probe rule: fires after one minute of failed probes. */
    static final String PROBE_ALERT = "BlackboxProbeFailed";

    private final Instant start;
    private final PlanSink sink;
    private final boolean severe;

    /** {@code severe} cascades take a probe down and raise the incident's priority. */
    CascadeBuilder(Instant start, PlanSink sink, boolean severe) {
        this.start = start;
        this.sink = sink;
        this.severe = severe;
    }

    boolean severe() {
        return severe;
    }

    /** The instant {@code minutes} after the cascade starts. */
    Instant at(double minutes) {
        return start.plusSeconds(Math.round(minutes * 60));
    }

    /** An alert firing from {@code from} to {@code to} minutes; skipped if that span is empty. */
    CascadeBuilder alert(String service, String alertname, String severity, double from, double to,
                         String summary, String description, String expr) {
        Instant a = at(from);
        Instant b = at(to);
        if (b.isAfter(a)) {
            sink.alert(new AlertEpisode(service, alertname, severity, false, a, Optional.of(b), summary,
                    description, expr));
        }
        return this;
    }

    /** In a severe cascade, the probe fails from {@code from} to {@code to} minutes, with its critical alert. */
    CascadeBuilder probeDown(String service, double from, double to) {
        if (!severe) {
            return this;
        }
        Instant a = at(from);
        Instant b = at(to);
        sink.outage(Outage.between(service, a, b));
        probeAlert(sink, service, a, b);
        return this;
    }

    /** The alert the blackbox rule raises for an outage: from one minute in until 30 s after recovery. */
    static void probeAlert(PlanSink sink, String service, Instant down, Instant up) {
        Instant fires = down.plusSeconds(60);
        if (up.isAfter(fires)) {
            sink.alert(probeEpisode(service, fires, Optional.of(up.plusSeconds(30))));
        }
    }

    /** The blackbox probe alert of {@code service}. */
    static AlertEpisode probeEpisode(String service, Instant from, Optional<Instant> to) {
        return new AlertEpisode(service, PROBE_ALERT, "critical", true, from, to,
                "Health check of " + service + " failing",
                "probe_success has been 0 for more than 1 minute: the public health endpoint of " + service
                        + " does not answer.",
                "probe_success{job=\"blackbox\",service=\"" + service + "\"} == 0");
    }

    void incident(IncidentScript script) {
        sink.incident(script);
    }
}
