package io.watchfloor.store;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.Availability;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.LabelMatcher;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.ProbeResult;
import io.watchfloor.core.Role;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TargetRef;
import io.watchfloor.core.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rich domain values for the store tests: every optional both present and absent, nanosecond instants. */
final class Samples {
    static final Instant T0 = Instant.parse("2026-11-27T02:00:00.123456789Z");
    static final SourceId AM = SourceId.of("am");
    static final SourceId SNOW = SourceId.of("snow-prod");
    static final SourceId PROM = SourceId.of("prom");
    static final Operator PRIYA = new Operator("Priya Ñúñez", Role.LEAD);
    static final TargetRef INCIDENT = new TargetRef(SNOW, TargetRef.Type.INCIDENT, "a9e30c7d", "INC0010044");
    static final TargetRef ALERT = new TargetRef(AM, TargetRef.Type.ALERT, "3f2a9c1b7e", "CheckoutDown");

    private Samples() {
    }

    /** One action of every kind, with the given id prefix. */
    static List<OperatorAction> everyAction(String prefix) {
        return List.of(
                new OperatorAction.Acknowledge(prefix + "-ack", PRIYA, ALERT, T0, Duration.ofMinutes(30),
                        Optional.of("looking — \"quoted\" note\nsecond line")),
                new OperatorAction.Acknowledge(prefix + "-ack2", PRIYA, INCIDENT, T0, Duration.ofNanos(1),
                        Optional.empty()),
                new OperatorAction.Unacknowledge(prefix + "-unack", PRIYA, ALERT, T0.plusNanos(1)),
                new OperatorAction.Escalate(prefix + "-esc", PRIYA, INCIDENT, T0, "checkout down 10 min", 2,
                        Optional.of("Payments SRE"), Optional.of(Priority.P1)),
                new OperatorAction.Escalate(prefix + "-esc2", PRIYA, INCIDENT, T0, "again", 0,
                        Optional.empty(), Optional.empty()),
                new OperatorAction.Annotate(prefix + "-note", PRIYA, INCIDENT, T0, "rolled back deploy 🚀", true),
                new OperatorAction.Assign(prefix + "-assign", PRIYA, INCIDENT, T0, Optional.of("sam"), Optional.empty()),
                new OperatorAction.Assign(prefix + "-assign2", PRIYA, INCIDENT, T0, Optional.empty(),
                        Optional.of("Network")),
                new OperatorAction.Resolve(prefix + "-resolve", PRIYA, INCIDENT, T0, "Solved (Permanently)",
                        "replaced the disk"),
                new OperatorAction.Silence(prefix + "-silence", PRIYA, ALERT, T0, Duration.ofHours(2),
                        "maintenance window", List.of(LabelMatcher.exact("alertname", "CheckoutDown"),
                                new LabelMatcher("instance", "web-.*", true, false))),
                new OperatorAction.Silence(prefix + "-silence2", PRIYA, ALERT, T0, Duration.ofSeconds(90),
                        "all labels", List.of()),
                new OperatorAction.CreateIncident(prefix + "-create", PRIYA, ALERT, T0, SNOW, "Checkout is down",
                        Priority.P2));
    }

    /** A plain note action, for tests that need many. */
    static OperatorAction note(String id, Instant at) {
        return new OperatorAction.Annotate(id, PRIYA, INCIDENT, at, "note " + id, false);
    }

    static Alert firingAlert(String fingerprint) {
        return new Alert(AM, fingerprint, "CheckoutDown", Map.of("alertname", "CheckoutDown", "severity", "critical",
                "service", "checkout", "instance", "web-" + fingerprint + ":9100"), "Checkout returns 5xx",
                Severity.CRITICAL, "checkout", T0.minusSeconds(600), Optional.empty(), AlertState.FIRING,
                List.of("silence-1", "silence-2"), Optional.of(new Acknowledgement("priya", T0,
                Optional.of(T0.plus(Duration.ofMinutes(30))), "silence-1")));
    }

    static Alert resolvedAlert(String fingerprint) {
        return new Alert(AM, fingerprint, "DiskFull", Map.of(), "DiskFull", Severity.INFO, Alert.UNASSIGNED,
                T0.minusSeconds(3600), Optional.of(T0.minusNanos(7)), AlertState.RESOLVED, List.of(),
                Optional.empty());
    }

    static Incident incident(String id, Instant openedAt, Optional<Acknowledgement> ack, Optional<Instant> resolvedAt) {
        SlaClock response = new SlaClock("P1 response (15m)", SlaKind.RESPONSE, ClockOrigin.DESK, ClockState.MET,
                Duration.ofMinutes(15), openedAt, openedAt.plus(Duration.ofMinutes(15)), Duration.ofMinutes(4),
                T0);
        SlaClock resolution = new SlaClock("P1 resolution (4h)", SlaKind.RESOLUTION, ClockOrigin.COMPUTED,
                ClockState.RUNNING, Duration.ofHours(4), openedAt, openedAt.plus(Duration.ofHours(4)),
                Duration.ofMinutes(42).plusNanos(5), T0);
        return new Incident(SNOW, id, "INC" + id, "Checkout is down", "checkout", Priority.P1,
                resolvedAt.isPresent() ? IncidentState.RESOLVED : IncidentState.IN_PROGRESS, Optional.of("sam"),
                Optional.empty(), 1, openedAt, T0, resolvedAt, List.of("am/3f2a9c1b7e"), List.of(response, resolution),
                ack, List.of(new TimelineEntry(openedAt, "opened", Optional.empty(), "created from alert"),
                new TimelineEntry(openedAt.plusSeconds(60), "work note", Optional.of("priya"), "on it")));
    }

    static SourceEvent.AlertsObserved alerts(int count) {
        List<Alert> list = new java.util.ArrayList<>();
        for (int n = 0; n < count; n++) {
            list.add(n % 10 == 9 ? resolvedAlert("fp" + n) : firingAlert("fp" + n));
        }
        return new SourceEvent.AlertsObserved(AM, T0, list);
    }

    static SourceEvent.IncidentsObserved incidents() {
        return new SourceEvent.IncidentsObserved(SNOW, T0, List.of(
                incident("a1", T0.minusSeconds(900), Optional.of(new Acknowledgement("sam", T0.minusSeconds(600),
                        Optional.empty(), "journal-7")), Optional.empty()),
                incident("a2", T0.minusSeconds(90_000), Optional.empty(), Optional.of(T0.minusSeconds(80_000))),
                new Incident(SNOW, "a3", "INC3", "", Alert.UNASSIGNED, Priority.P5, IncidentState.NEW,
                        Optional.empty(), Optional.empty(), 0, T0, T0, Optional.empty(), List.of(), List.of())));
    }

    static SourceEvent.AvailabilityObserved availability() {
        return new SourceEvent.AvailabilityObserved(PROM, T0, List.of(
                new Availability(PROM, "checkout", Duration.ofDays(7), 0.99934512345678, Optional.of(Duration.ofDays(6))),
                new Availability(PROM, "search", Duration.ofHours(24), 1.0, Optional.empty()),
                new Availability(PROM, "login", Duration.ofHours(24), 0.0, Optional.empty())),
                List.of(new ProbeResult(PROM, "checkout", false), new ProbeResult(PROM, "search", true)));
    }
}
