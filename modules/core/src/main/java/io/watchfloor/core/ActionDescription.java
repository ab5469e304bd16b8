package io.watchfloor.core;

import java.time.Duration;

/** One line that says what an action does, for the audit trail, the CLI and the console timeline. */
public final class ActionDescription {
    private ActionDescription() {
    }

    public static String of(OperatorAction action) {
        String target = action.target().display().isBlank() ? action.target().id() : action.target().display();
        if (action instanceof OperatorAction.Acknowledge a) {
            return "acknowledge " + target + (a.target().type() == TargetRef.Type.ALERT ? " for " + human(a.duration()) : "")
                    + a.note().map(n -> ": " + n).orElse("");
        } else if (action instanceof OperatorAction.Unacknowledge) {
            return "unacknowledge " + target;
        } else if (action instanceof OperatorAction.Escalate e) {
            return "escalate " + target + " to tier " + (e.toTier() + 1) + e.toGroup().map(g -> " (" + g + ")").orElse("")
                    + e.toPriority().map(p -> " as " + p).orElse("") + ": " + e.reason();
        } else if (action instanceof OperatorAction.Annotate n) {
            return (n.customerVisible() ? "comment on " : "note on ") + target + ": " + n.text();
        } else if (action instanceof OperatorAction.Assign a) {
            return "assign " + target + " to " + a.assignee().orElse("") + (a.assignee().isPresent() && a.group().isPresent() ? " / " : "")
                    + a.group().orElse("");
        } else if (action instanceof OperatorAction.Resolve r) {
            return "resolve " + target + " (" + r.closeCode() + "): " + r.notes();
        } else if (action instanceof OperatorAction.Silence s) {
            return "silence " + target + " for " + human(s.duration()) + ": " + s.comment();
        } else if (action instanceof OperatorAction.CreateIncident c) {
            return "create " + c.priority() + " incident in " + c.desk() + " for " + target + ": " + c.title();
        }
        throw new IllegalStateException("unhandled action " + action.getClass());
    }

    static String human(Duration d) {
        long m = d.toMinutes();
        if (m % 1440 == 0 && m > 0) {
            return m / 1440 + "d";
        }
        if (m % 60 == 0 && m > 0) {
            return m / 60 + "h";
        }
        return m > 0 ? m + "m" : d.toSeconds() + "s";
    }
}
