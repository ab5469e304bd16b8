package io.watchfloor.app.console;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.OperatorAction;
import java.util.stream.Collectors;

/** How the console words an operator action and its answer, in the timeline and the status line. Pure; any thread. */
final class ActionText {
    private ActionText() {
    }

    /** What the action does: {@code escalate to Shift lead (NOC Shift Leads): customer impact}. */
    static String describe(OperatorAction action, EscalationMatrix matrix) {
        if (action instanceof OperatorAction.Acknowledge a) {
            return "acknowledge" + a.note().map(n -> ": " + n).orElse("");
        }
        if (action instanceof OperatorAction.Unacknowledge) {
            return "unacknowledge";
        }
        if (action instanceof OperatorAction.Escalate e) {
            String tier = e.toTier() < matrix.tiers().size() ? matrix.tier(e.toTier()).name() : "tier " + e.toTier();
            return "escalate to " + tier + e.toGroup().map(g -> " (" + g + ")").orElse("")
                    + e.toPriority().map(p -> ", raise to " + p.name()).orElse("") + ": " + e.reason();
        }
        if (action instanceof OperatorAction.Annotate n) {
            return (n.customerVisible() ? "customer comment: " : "work note: ") + n.text();
        }
        if (action instanceof OperatorAction.Assign g) {
            return "assign to " + g.assignee().orElse("") + (g.assignee().isPresent() && g.group().isPresent()
                    ? " / " : "")
                    + g.group().orElse("");
        }
        if (action instanceof OperatorAction.Resolve r) {
            return "resolve (" + r.closeCode() + "): " + r.notes();
        }
        if (action instanceof OperatorAction.Silence s) {
            String matchers = s.matchers().isEmpty() ? "all labels"
                    : s.matchers().stream().map(Object::toString).collect(Collectors.joining(", "));
            return "silence for " + DurationFormat.age(s.duration()) + " (" + matchers + "): " + s.comment();
        }
        OperatorAction.CreateIncident c = (OperatorAction.CreateIncident) action;
        return "create " + c.priority().name() + " incident in " + c.desk().value() + ": " + c.title();
    }

    /** The answer part: {@code pending}, {@code accepted: silence 7f3a}, {@code rejected: 409 ...}. */
    static String outcome(ActionStatus status) {
        return status.outcome().map(ActionOutcome::summary).or(status::progress).orElse("pending");
    }

    /** One status-line sentence for an answered action: {@code Acknowledge CheckoutErrorRate: accepted: ...}. */
    static String report(OperatorAction action, ActionOutcome outcome) {
        String answer = outcome instanceof ActionOutcome.Failed f
                ? "queued: " + f.reason() + "; it stays in the outbox and is retried until "
                + action.target().source().value() + " answers"
                : outcome.summary();
        return capitalised(action.kind().verb()) + " " + action.target().display() + " \u2014 " + answer;
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
