package io.watchfloor.engine.action;

import io.watchfloor.core.ActionKind;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.TargetRef;
import java.util.Optional;

/** Whether an action's target is on the board and in a state the action makes sense for. */
final class TargetCheck {
    private TargetCheck() {
    }

    /** Why the action cannot be taken on its target now, or empty when it can. */
    static Optional<String> problem(OperatorAction action, BoardState board) {
        TargetRef t = action.target();
        if (t.type() == TargetRef.Type.ALERT) {
            Optional<Alert> alert = board.alerts().stream().filter(a -> a.key().equals(t.key())).findFirst();
            if (alert.isEmpty()) {
                return Optional.of("alert " + t.display() + " (" + t.id() + ") is not on the board");
            }
            if (!alert.get().firing() && action.kind() != ActionKind.ANNOTATE) {
                return Optional.of("alert " + t.display() + " has resolved");
            }
            if (action.kind() == ActionKind.ACKNOWLEDGE && alert.get().acknowledgement().isPresent()) {
                return Optional.of("alert " + t.display() + " is already acknowledged by "
                        + alert.get().acknowledgement().get().by());
            }
            return Optional.empty();
        }
        Optional<Incident> incident = board.incidents().stream().filter(i -> i.key().equals(t.key())).findFirst();
        if (incident.isEmpty()) {
            return Optional.of("incident " + t.display() + " is not open on the board (resolved or unknown)");
        }
        if (action.kind() == ActionKind.SILENCE || action.kind() == ActionKind.CREATE_INCIDENT) {
            return Optional.of(action.kind().verb() + " applies to alerts, not incidents");
        }
        return Optional.empty();
    }
}
