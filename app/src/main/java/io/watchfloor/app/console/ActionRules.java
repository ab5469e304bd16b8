package io.watchfloor.app.console;

import io.watchfloor.core.ActionKind;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which commands the operator can run on the selected rows, and why not. Mirrors what the engine enforces (role
 * per {@link ActionKind#leastRole()}, what each kind applies to) so that a button is greyed out with the reason
 * before the engine would answer Rejected; the engine stays the authority. For several selected rows a command
 * acts on those it applies to and skips the rest (bulk acknowledge skips the already acknowledged ones). Pure;
 * any thread.
 */
final class ActionRules {
    private final Role role;
    private final EscalationMatrix matrix;

    ActionRules(Role role, EscalationMatrix matrix) {
        this.role = Objects.requireNonNull(role, "role");
        this.matrix = Objects.requireNonNull(matrix, "matrix");
    }

    Role role() {
        return role;
    }

    EscalationMatrix matrix() {
        return matrix;
    }

    /** The state of {@code command} for {@code selection} on {@code board}. */
    CommandState check(ConsoleCommand command, List<ConsoleRow> selection, BoardState board, ActionLedger ledger) {
        Optional<ActionKind> kind = command.kind();
        if (kind.isEmpty()) {
            return CommandState.enabled(selection);
        }
        ActionKind k = kind.get();
        if (!role.permits(k)) {
            return CommandState.disabled(role == Role.VIEWER
                    ? "read only: the viewer role takes no actions"
                    : "needs the " + k.leastRole().word() + " role; you are " + role.word());
        }
        if (selection.isEmpty()) {
            return CommandState.disabled("select a row first");
        }
        if (k == ActionKind.CREATE_INCIDENT) {
            if (selection.size() > 1) {
                return CommandState.disabled("one alert at a time");
            }
            if (desk(board).isEmpty()) {
                return CommandState.disabled("no ServiceNow desk among the sources");
            }
        }
        List<ConsoleRow> targets = new ArrayList<>();
        String firstRefusal = "";
        for (ConsoleRow row : selection) {
            Optional<String> refusal = ledger.pending(row.key(), k, board)
                    ? Optional.of(RowMarker.verb(k) + " already pending")
                    : command == ConsoleCommand.ACCEPT_ESCALATION ? acceptRefusal(row, board)
                    : refusal(k, row, board);
            if (refusal.isEmpty()) {
                targets.add(row);
            } else if (firstRefusal.isEmpty()) {
                firstRefusal = refusal.get();
            }
        }
        if (targets.isEmpty()) {
            return CommandState.disabled(selection.size() == 1 ? firstRefusal
                    : "none of the " + selection.size() + " selected rows: " + firstRefusal);
        }
        return CommandState.enabled(targets);
    }

    /** Why the escalation proposed for the row cannot be accepted, if it cannot. */
    private static Optional<String> acceptRefusal(ConsoleRow row, BoardState board) {
        if (row.incident().isEmpty()) {
            return Optional.of("escalations apply to incidents, not alerts");
        }
        Incident i = row.incident().get();
        return board.sla().due(i.key()).isPresent() ? Optional.empty()
                : Optional.of("no escalation proposed for " + i.number() + board.sla().upcoming(i.key())
                        .map(p -> " (next: " + p.to().name() + " if nothing changes)").orElse(""));
    }

    /** The desk new incidents are opened in: the first ServiceNow source on the board. */
    static Optional<SourceId> desk(BoardState board) {
        return board.sources().stream().filter(s -> s.kind() == SourceKind.SERVICENOW).map(s -> s.id()).findFirst();
    }

    /** Why {@code kind} does not apply to the row, if it does not. */
    private Optional<String> refusal(ActionKind kind, ConsoleRow row, BoardState board) {
        if (row.alert().isPresent()) {
            return alertRefusal(kind, row.alert().get(), board);
        }
        return incidentRefusal(kind, row.incident().orElseThrow());
    }

    private static Optional<String> alertRefusal(ActionKind kind, Alert a, BoardState board) {
        switch (kind) {
            case ACKNOWLEDGE:
                if (!a.firing()) {
                    return Optional.of("the alert is resolved");
                }
                return a.acknowledgement().map(k -> "already acknowledged by " + k.by());
            case UNACKNOWLEDGE:
                return a.acknowledgement().isPresent() ? Optional.empty()
                        : Optional.of("the alert is not acknowledged");
            case SILENCE:
                return a.firing() ? Optional.empty() : Optional.of("the alert is resolved");
            case CREATE_INCIDENT:
                return board.incidents().stream().filter(i -> i.linkedAlerts().contains(a.key())).findFirst()
                        .map(i -> "already linked to " + i.number());
            case ANNOTATE:
                return Optional.of("Alertmanager alerts take no notes: open an incident for it (I)");
            default:
                return Optional.of(kind.verb() + " applies to incidents, not alerts");
        }
    }

    private Optional<String> incidentRefusal(ActionKind kind, Incident i) {
        boolean open = i.state().open();
        switch (kind) {
            case ACKNOWLEDGE:
                if (!open) {
                    return Optional.of(i.number() + " is " + RowValues.stateName(i.state()).toLowerCase(Locale.ROOT));
                }
                return RowValues.acknowledged(i)
                        ? Optional.of("already acknowledged by " + i.acknowledgement().map(k -> k.by())
                                .orElse(i.assignee().orElse("someone")))
                        : Optional.empty();
            case UNACKNOWLEDGE:
                return i.assignee().isPresent() && open ? Optional.empty() : Optional.of(i.number()
                        + " is not assigned");
            case ANNOTATE:
                return Optional.empty();
            case ESCALATE:
                if (!open) {
                    return Optional.of(i.number() + " is " + RowValues.stateName(i.state()).toLowerCase(Locale.ROOT));
                }
                return matrix.next(i).isPresent() ? Optional.empty()
                        : Optional.of("already at the top tier (" + matrix.tier(matrix.tierOf(i)).name() + ")");
            case ASSIGN:
            case RESOLVE:
                return open ? Optional.empty()
                        : Optional.of(i.number() + " is " + RowValues.stateName(i.state()).toLowerCase(Locale.ROOT));
            default:
                return Optional.of(kind.verb() + " applies to alerts, not incidents");
        }
    }
}
