package io.watchfloor.engine.outbox;

import io.watchfloor.connectors.ActionContext;
import io.watchfloor.core.ActionKind;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Service;
import io.watchfloor.core.ServiceView;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.TargetRef;
import java.time.Instant;
import java.util.Optional;

/**
 * What changed upstream between taking an action and sending it that makes sending it wrong: the
 * incident was resolved or closed, the alert resolved or was acknowledged by someone
 * else, the incident was already escalated that far. Judged only on a board whose owning source was
 * read successfully after the action was taken; otherwise the connector's own read-back decides.
 * Stateless.
 */
final class Conflicts {
    private Conflicts() {
    }

    /** Why the action must not be sent any more, or empty; looks the target up in {@code targets}. */
    static Optional<String> since(OperatorAction action, BoardState board, BoardTargets targets) {
        TargetRef t = action.target();
        boolean readSince = board.sources().stream()
                .filter(h -> h.id().equals(t.source()))
                .anyMatch(h -> h.consecutiveFailures() == 0
                        && h.lastSuccess().filter(s -> s.isAfter(action.takenAt())).isPresent());
        if (!readSince || action.kind() == ActionKind.ANNOTATE) {
            return Optional.empty();
        }
        if (t.type() == TargetRef.Type.ALERT) {
            Optional<Alert> alert = targets.firingAlert(board, t.key());
            if (alert.isEmpty()) {
                return Optional.of("alert " + t.display() + " resolved upstream meanwhile");
            }
            return alert.get().acknowledgement()
                    .filter(a -> action.kind() == ActionKind.ACKNOWLEDGE && !a.by().equals(action.operator().name()))
                    .map(a -> "alert " + t.display() + " was acknowledged by " + a.by() + " meanwhile");
        }
        Optional<Incident> incident = targets.incident(board, t.key());
        if (incident.isEmpty() || !incident.get().state().open()) {
            return Optional.of("incident " + t.display() + " was resolved or closed upstream meanwhile");
        }
        // Taken by someone else meanwhile: the desk connector reads the incident back and refuses with
        // the desk's own words (it knows login and display names; the board has display names only).
        Incident i = incident.get();
        if (action instanceof OperatorAction.Escalate e && i.escalationTier() >= e.toTier()) {
            return Optional.of("incident " + t.display() + " is already at tier " + i.escalationTier());
        }
        return Optional.empty();
    }

    /**
     * What the board knows of the target now, for the connector, with when the board last read the target's
     * source ({@link ActionContext#readAt()}, ADR 0013); looks the target up in {@code targets}.
     */
    static ActionContext context(TargetRef target, BoardState board, BoardTargets targets) {
        Optional<Alert> alert = targets.alert(board, target.key());
        Optional<Incident> incident = targets.incident(board, target.key());
        Optional<String> serviceName = alert.map(Alert::service).or(() -> incident.map(Incident::service));
        Optional<Service> service = serviceName.flatMap(board::service).map(ServiceView::service);
        Optional<Instant> readAt = board.health(target.source()).flatMap(SourceHealth::lastSuccess);
        return new ActionContext(alert, incident, service, true, readAt);
    }
}
