package io.watchfloor.app.cli;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.LabelMatcher;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.engine.action.ActionRequests;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The action subcommands; each one is a thin mapping from options to an {@link OperatorAction}. */
final class ActionCommands {
    private ActionCommands() {
    }

    @Command(name = "ack", mixinStandardHelpOptions = true,
            description = "Acknowledge an alert (a silence marked as an acknowledgement) or an incident (assign to you, In Progress).")
    static final class Ack extends ActionCommand {
        @Option(names = "--note", description = "Optional note.")
        String note;

        @Option(names = "--duration", description = "How long an alert acknowledgement lasts (default: operator.ackDuration, 4h).")
        String duration;

        @Override
        OperatorAction build(ActionRequests r, ActionTarget t, BoardState board) {
            OperatorAction.Acknowledge a = r.acknowledge(t.ref(), Optional.ofNullable(note));
            if (duration == null) {
                return a;
            }
            return new OperatorAction.Acknowledge(a.id(), a.operator(), a.target(), a.takenAt(),
                    duration(duration, "--duration"), a.note());
        }
    }

    @Command(name = "unack", mixinStandardHelpOptions = true, description = "Take an acknowledgement back.")
    static final class Unack extends ActionCommand {
        @Override
        OperatorAction build(ActionRequests r, ActionTarget t, BoardState board) {
            return r.unacknowledge(t.ref());
        }
    }

    @Command(name = "escalate", mixinStandardHelpOptions = true,
            description = "Move an incident to the next tier of the escalation matrix (lead).")
    static final class Escalate extends ActionCommand {
        @Option(names = "--reason", required = true, description = "Why; written to the desk.")
        String reason;

        @Override
        OperatorAction build(ActionRequests r, ActionTarget t, BoardState board) {
            return r.escalate(t.incident().orElseThrow(() -> new IllegalArgumentException("only incidents escalate")), reason);
        }
    }

    @Command(name = "annotate", mixinStandardHelpOptions = true, description = "Add a note (internal work note by default).")
    static final class Annotate extends ActionCommand {
        @Option(names = "--note", required = true, description = "The note.")
        String note;

        @Option(names = "--customer-visible", description = "Write a customer-visible comment instead of a work note.")
        boolean customerVisible;

        @Override
        OperatorAction build(ActionRequests r, ActionTarget t, BoardState board) {
            return r.annotate(t.ref(), note, customerVisible);
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Assign to a person and/or a group.")
    static final class Assign extends ActionCommand {
        @Option(names = "--to", description = "The person (desk user name).")
        String to;

        @Option(names = "--group", description = "The assignment group.")
        String group;

        @Override
        OperatorAction build(ActionRequests r, ActionTarget t, BoardState board) {
            return r.assign(t.ref(), Optional.ofNullable(to), Optional.ofNullable(group));
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, description = "Resolve an incident (lead).")
    static final class Resolve extends ActionCommand {
        @Option(names = "--close-code", defaultValue = "Solution provided", description = "Default: ${DEFAULT-VALUE}.")
        String closeCode;

        @Option(names = "--note", required = true, description = "Close notes.")
        String note;

        @Override
        OperatorAction build(ActionRequests r, ActionTarget t, BoardState board) {
            return r.resolve(t.ref(), closeCode, note);
        }
    }

    @Command(name = "silence", mixinStandardHelpOptions = true, description = "Silence an alert for a while.")
    static final class Silence extends ActionCommand {
        @Option(names = "--duration", required = true, description = "How long, e.g. 2h.")
        String duration;

        @Option(names = "--comment", required = true, description = "Why.")
        String comment;

        @Option(names = "--matcher", paramLabel = "LABEL=VALUE",
                description = "Match on these labels only (repeatable; default: every label of the alert).")
        List<String> matchers = new ArrayList<>();

        @Override
        OperatorAction build(ActionRequests r, ActionTarget t, BoardState board) {
            List<LabelMatcher> parsed = new ArrayList<>();
            for (String m : matchers) {
                int eq = m.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--matcher '" + m + "': expected LABEL=VALUE");
                }
                parsed.add(LabelMatcher.exact(m.substring(0, eq), m.substring(eq + 1)));
            }
            return r.silence(t.alert().orElseThrow(() -> new IllegalArgumentException("only alerts are silenced")),
                    duration(duration, "--duration"), comment, parsed);
        }
    }

    @Command(name = "create-incident", mixinStandardHelpOptions = true, description = "Open a desk incident for an alert.")
    static final class CreateIncident extends ActionCommand {
        @Option(names = "--desk", description = "The desk source id (default: the only servicenow source).")
        String desk;

        @Option(names = "--title", description = "Short description (default: the alert's summary).")
        String title;

        @Option(names = "--priority", defaultValue = "P2", description = "P1..P5. Default ${DEFAULT-VALUE}.")
        String priority;

        @Override
        OperatorAction build(ActionRequests r, ActionTarget t, BoardState board) {
            var alert = t.alert().orElseThrow(() -> new IllegalArgumentException("incidents are created from alerts"));
            SourceId deskId = desk != null ? SourceId.of(desk) : board.sources().stream()
                    .filter(h -> h.kind() == SourceKind.SERVICENOW).map(h -> h.id())
                    .reduce((a, b) -> {
                        throw new IllegalArgumentException("several desks: choose one with --desk");
                    })
                    .orElseThrow(() -> new IllegalArgumentException("no desk source is configured"));
            Priority p;
            try {
                p = Priority.valueOf(priority.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--priority must be P1..P5, was '" + priority + "'");
            }
            return r.createIncident(alert, deskId, title != null ? title : alert.summary(), p);
        }
    }
}
