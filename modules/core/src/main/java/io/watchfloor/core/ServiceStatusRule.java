package io.watchfloor.core;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides a service's status from what the sources say about it.
 *
 * <ul>
 *   <li>DOWN: a failing probe, a firing critical alert (acknowledged or not: an acknowledgement does
 *       not bring a service back), or an open P1 incident.</li>
 *   <li>DEGRADED: a firing major or minor alert, or an open P2 incident.</li>
 *   <li>UNKNOWN: none of the above, and no monitoring source is current, so "up" cannot be claimed.</li>
 *   <li>UP: otherwise.</li>
 * </ul>
 * Warning and info alerts do not change the status; they are counted on their own tiles.
 */
public final class ServiceStatusRule {
    private ServiceStatusRule() {
    }

    /** The status and its one-line reason. */
    public record Verdict(ServiceStatus status, String reason) {
    }

    public static Verdict decide(List<Alert> firingAlerts, List<ProbeResult> probes, List<Incident> openIncidents,
                                 boolean monitoringCurrent) {
        Optional<ProbeResult> failingProbe = probes.stream().filter(p -> !p.up()).findFirst();
        if (failingProbe.isPresent()) {
            return new Verdict(ServiceStatus.DOWN, "probe failing (" + failingProbe.get().source() + ")");
        }
        Optional<Alert> worst = firingAlerts.stream().filter(Alert::firing)
                .min(Comparator.comparing(Alert::severity).thenComparing(Alert::startsAt));
        Optional<Incident> worstIncident = openIncidents.stream().filter(i -> i.state().open())
                .min(Comparator.comparing(Incident::priority).thenComparing(Incident::openedAt));
        if (worst.isPresent() && worst.get().severity() == Severity.CRITICAL) {
            return new Verdict(ServiceStatus.DOWN, "critical: " + worst.get().name());
        }
        if (worstIncident.isPresent() && worstIncident.get().priority() == Priority.P1) {
            return new Verdict(ServiceStatus.DOWN, "P1 " + worstIncident.get().number());
        }
        if (worst.isPresent() && worst.get().severity().atLeast(Severity.MINOR)) {
            return new Verdict(ServiceStatus.DEGRADED, worst.get().severity().label() + ": " + worst.get().name());
        }
        if (worstIncident.isPresent() && worstIncident.get().priority() == Priority.P2) {
            return new Verdict(ServiceStatus.DEGRADED, "P2 " + worstIncident.get().number());
        }
        if (!monitoringCurrent) {
            return new Verdict(ServiceStatus.UNKNOWN, "no current monitoring data");
        }
        return new Verdict(ServiceStatus.UP, "ok");
    }
}
