package io.watchfloor.app.console;

import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.TargetRef;
import io.watchfloor.core.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Boards for the console's tests and screenshot, built on {@link BoardFixtures}. */
final class ConsoleFixtures {
    static final Instant NOW = BoardFixtures.NOW;

    private ConsoleFixtures() {
    }

    /** A firing alert from Alertmanager that started {@code ago} before {@link #NOW}. */
    static Alert alert(String fingerprint, String name, Severity severity, String service, Duration ago,
                       Optional<Acknowledgement> ack) {
        return new Alert(BoardBuilder.AM, fingerprint, name, Map.of("alertname", name, "severity", severity.label(),
                "service", service, "instance", service + "-0:9100", "team", "noc"), name + " on " + service, severity,
                service, NOW.minus(ago), Optional.empty(), AlertState.FIRING, ack.map(a -> List.of(a.reference()))
                .orElse(List.of()), ack);
    }

    /** A board with {@code alerts}, {@code incidents} and the usual three sources, at {@code version}. */
    static BoardState board(long version, List<Alert> alerts, List<Incident> incidents, List<ActionStatus> actions) {
        BoardState base = BoardFixtures.realistic(NOW);
        return new BoardState(version, NOW, base.services(), alerts, incidents, base.sources(), actions);
    }

    /**
     * The realistic night-shift board, made richer for the console: a new unacknowledged P1, an incident with a
     * desk timeline and linked alerts, an acknowledgement of ours pending and an escalation refused upstream.
     */
    static BoardState nightShift() {
        BoardState base = BoardFixtures.realistic(NOW);
        List<Incident> incidents = new ArrayList<>();
        for (Incident i : base.incidents()) {
            if (i.number().equals("INC0012071")) {
                incidents.add(checkoutIncident(i, base.alerts()));
            } else {
                incidents.add(i);
            }
        }
        incidents.add(new Incident(BoardBuilder.SNOW, "sys-INC0012083", "INC0012083",
                "Identity SSO login failures for EU customers", "identity-sso", Priority.P1, IncidentState.NEW,
                Optional.empty(), Optional.of("Service Desk"), 0, NOW.minusSeconds(95), NOW.minusSeconds(95),
                Optional.empty(), List.of(), List.of(BoardFixtures.running("P1 response (15m)", SlaKind.RESPONSE,
                ClockOrigin.DESK, Duration.ofMinutes(15), Duration.ofSeconds(95), NOW))));
        List<Alert> alerts = new ArrayList<>(base.alerts());
        alerts.add(0, alert("fp-sso-1", "SsoLoginErrorRate", Severity.CRITICAL, "identity-sso", Duration.ofSeconds(70),
                Optional.empty()));
        Operator me = new Operator("m.jansen", Role.LEAD);
        Alert search = alerts.stream().filter(a -> a.name().equals("MajorCondition0")).findFirst().orElseThrow();
        Incident notifications = incidents.stream().filter(i
                -> i.number().equals("INC0012077")).findFirst().orElseThrow();
        List<ActionStatus> actions = List.of(
                new ActionStatus(new OperatorAction.Acknowledge("a-1", me, TargetRef.of(search), NOW.minusSeconds(2),
                        Duration.ofHours(2), Optional.empty()), Optional.empty(), NOW.minusSeconds(2)),
                new ActionStatus(new OperatorAction.Escalate("a-2", me, TargetRef.of(notifications),
                        NOW.minusSeconds(40),
                        "Vendor push backlog keeps growing", 1, Optional.of("NOC Tier 2"), Optional.empty()),
                        Optional.of(new ActionOutcome.Rejected("403 Data policy: assignment group requires a work note",
                                Optional.of(403))), NOW.minusSeconds(38)));
        return new BoardState(43, NOW, base.services(), alerts, incidents, base.sources(), actions);
    }

    private static Incident checkoutIncident(Incident i, List<Alert> alerts) {
        List<String> linked = alerts.stream().filter(a -> a.service().equals("checkout")).map(Alert::key).toList();
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry(NOW.minusSeconds(3600), "opened", Optional.of("alert-bridge"),
                        "Checkout returns HTTP 502 for all card payments"),
                new TimelineEntry(NOW.minusSeconds(3420), "assigned", Optional.of("j.devries"),
                        "Assigned to j.devries (NOC L1)"),
                new TimelineEntry(NOW.minusSeconds(3400), "state", Optional.of("j.devries"), "New \u2192 In Progress"),
                new TimelineEntry(NOW.minusSeconds(2900), "work note", Optional.of("j.devries"),
                        "PSP returns 502 on /authorize since 02:14. Failover to secondary PSP started."),
                new TimelineEntry(NOW.minusSeconds(1500), "comment", Optional.of("j.devries"),
                        "We are aware of failing card payments and are working on a fix."),
                new TimelineEntry(NOW.minusSeconds(600), "work note", Optional.of("p.okafor"),
                        "Secondary PSP also degraded; vendor bridge call opened."));
        return new Incident(i.source(), i.id(), i.number(), i.title(), i.service(), i.priority(), i.state(),
                i.assignee(), Optional.of("NOC Tier 2"), 1, i.openedAt(), i.updatedAt(), i.resolvedAt(), linked,
                i.clocks(), Optional.of(new Acknowledgement("j.devries", NOW.minusSeconds(3400), Optional.empty(),
                "journal-1")), timeline);
    }
}
