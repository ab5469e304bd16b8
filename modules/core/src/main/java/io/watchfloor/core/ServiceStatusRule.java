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
 * Warning and info alerts do not change the status; they are counted on their own tiles. Only the worst
 * firing alert ({@link #WORST_FIRST}) matters, so the board keeps it per service as alerts change rather
 * than handing every alert to {@link #decide(List, List, List, boolean)}.
 */
public final class ServiceStatusRule {
    /**
     * The alert a service's status and reason come from first: the most severe, then the oldest; source and
     * fingerprint only make the order total, so that the reason does not depend on the order alerts arrived in.
     */
    public static final Comparator<Alert> WORST_FIRST = Comparator.comparing(Alert::severity)
            .thenComparing(Alert::startsAt)
            .thenComparing((Alert a) -> a.source().value())
            .thenComparing(Alert::fingerprint);
    private static final Comparator<Incident> WORST_INCIDENT_FIRST = Comparator.comparing(Incident::priority)
            .thenComparing(Incident::openedAt);

    private ServiceStatusRule() {
    }

    /** The status and its one-line reason. */
    public record Verdict(ServiceStatus status, String reason) {
    }

    /** The status of a service with these alerts (resolved ones are ignored), probes and incidents. */
    public static Verdict decide(List<Alert> firingAlerts, List<ProbeResult> probes, List<Incident> openIncidents,
                                 boolean monitoringCurrent) {
        return decide(firingAlerts.stream().filter(Alert::firing).min(WORST_FIRST), probes, openIncidents,
                monitoringCurrent);
    }

    /**
     * The status of a service whose worst firing alert ({@link #WORST_FIRST}) is {@code worstFiring}, empty
     * when none fires; the same verdict as {@link #decide(List, List, List, boolean)} over all of them.
     */
    public static Verdict decide(Optional<Alert> worstFiring, List<ProbeResult> probes, List<Incident> openIncidents,
                                 boolean monitoringCurrent) {
        Optional<ProbeResult> failingProbe = probes.stream().filter(p -> !p.up()).findFirst();
        if (failingProbe.isPresent()) {
            return new Verdict(ServiceStatus.DOWN, "probe failing (" + failingProbe.get().source() + ")");
        }
        Optional<Alert> worst = worstFiring.filter(Alert::firing);
        Optional<Incident> worstIncident = openIncidents.stream().filter(i -> i.state().open())
                .min(WORST_INCIDENT_FIRST);
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
