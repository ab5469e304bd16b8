package io.watchfloor.simulator.scenario;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert firing on one service for a while: what a Prometheus rule would send to Alertmanager.
 *
 * @param service     the service name
 * @param alertname   the rule name
 * @param severity    the severity label (critical, major, minor, warning, info)
 * @param fromProbe   true for blackbox probe alerts ({@code job="blackbox"}), false for service metrics
 * @param start       when it starts firing
 * @param end         when it resolves; empty while an injected alert is open-ended
 * @param summary     the summary annotation
 * @param description the description annotation
 * @param expr        the PromQL of the rule (for {@code generatorURL})
 * @param instance    the {@code instance} label when it is not the service's probe or scrape target (the pod
 *                    of a population alert); empty for the service's own target
 */
public record AlertEpisode(String service, String alertname, String severity, boolean fromProbe, Instant start,
                           Optional<Instant> end, String summary, String description, String expr,
                           Optional<String> instance) {
    /** An episode about the service's own probe or scrape target. */
    public AlertEpisode(String service, String alertname, String severity, boolean fromProbe, Instant start,
                        Optional<Instant> end, String summary, String description, String expr) {
        this(service, alertname, severity, fromProbe, start, end, summary, description, expr, Optional.empty());
    }

    public AlertEpisode {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(alertname, "alertname");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(instance, "instance");
        if (end.isPresent() && !end.get().isAfter(start)) {
            throw new IllegalArgumentException("alert episode must end after it starts: " + alertname);
        }
    }

    /** Firing at {@code t}: started and not yet resolved. */
    public boolean firingAt(Instant t) {
        return !start.isAfter(t) && end.map(t::isBefore).orElse(true);
    }

    /** The same episode, resolved at {@code at}. */
    public AlertEpisode endedAt(Instant at) {
        return new AlertEpisode(service, alertname, severity, fromProbe, start, Optional.of(at), summary,
                description, expr, instance);
    }
}
