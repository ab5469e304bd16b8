package io.watchfloor.app.console;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.Incident;
import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.core.escalation.EscalationProposal;
import java.util.Optional;

/** The detail pane's escalation texts for an incident, from the board's due and upcoming escalations. Pure. */
final class EscalationText {
    private EscalationText() {
    }

    static Optional<Detail.Proposal> of(Incident i, Detail.DetailContext cx) {
        Optional<DueEscalation> due = cx.board().sla().due(i.key());
        if (due.isPresent()) {
            EscalationProposal p = due.get().proposal();
            if (due.get().performed()) {
                String id = due.get().autoActionId().orElseThrow();
                return Optional.of(new Detail.Proposal("sent", "Auto-escalated to " + p.to().who(), p.reason(),
                        "due since " + cx.time(p.dueAt()) + " \u00b7 sent by Watchfloor \u00b7 " + state(id, cx)));
            }
            return Optional.of(new Detail.Proposal("due", "Escalate to " + p.to().who(), p.reason(),
                    "due since " + cx.time(p.dueAt()) + " \u00b7 " + ConsoleCommand.ACCEPT_ESCALATION.keyHint()
                            + " escalates from " + p.from().name() + " to " + p.to().name() + " with this reason"));
        }
        return cx.board().sla().upcoming(i.key()).map(p -> new Detail.Proposal("upcoming",
                "Escalates at " + cx.time(p.dueAt()) + " to " + p.to().who(), p.reason(),
                "if nothing changes first (an acknowledgement, a resolution or an escalation by hand)"));
    }

    /** Where the engine's escalate action stands. */
    private static String state(String actionId, Detail.DetailContext cx) {
        Optional<ActionStatus> s = cx.board().actions().stream().filter(a -> a.action().id().equals(actionId))
                .findFirst();
        if (s.isEmpty() || s.get().pending()) {
            return s.map(x -> x.queued() ? "queued" : "waiting for the desk").orElse("waiting for the desk");
        }
        ActionOutcome o = s.get().outcome().orElseThrow();
        if (o instanceof ActionOutcome.Accepted) {
            return "done";
        }
        String why = o instanceof ActionOutcome.Rejected r ? r.reason() : ((ActionOutcome.Failed) o).reason();
        return "not done: " + why + " (" + ConsoleCommand.ACCEPT_ESCALATION.keyHint() + " tries again)";
    }
}
