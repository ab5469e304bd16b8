package io.watchfloor.app.cli;

import io.watchfloor.connectors.DurationText;
import io.watchfloor.core.ActionDescription;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.engine.action.ActionRequests;
import io.watchfloor.engine.action.ActionService;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Common shape of the action commands ({@code ack}, {@code escalate}, ...): read the board once, find
 * the target (in the cached state when its source is down), queue the action in the durable outbox
 * through the same engine path as the console, and report the answer to its first try. Exit 0 when
 * accepted or queued for a later try (upstream unreachable, slow, 5xx, 429); 4 when refused (by the
 * upstream, by the role and target rules, or because the outbox cannot be written).
 */
abstract class ActionCommand implements Callable<Integer> {
    static final int REJECTED = 4;

    @Mixin
    SourceOptions sources;

    @Parameters(index = "0", paramLabel = "TARGET",
            description = "Incident number (INC0010044) or alert fingerprint (or a 6+ character prefix); SOURCE/ID to disambiguate.")
    String target;

    @Option(names = "--wait", defaultValue = "20s", paramLabel = "DURATION",
            description = "How long to wait for the sources and for the upstream's answer. Default ${DEFAULT-VALUE}.")
    String waitText;

    @Spec
    CommandSpec spec;

    /** Builds the action for the resolved target. */
    abstract OperatorAction build(ActionRequests requests, ActionTarget target, BoardState board);

    @Override
    public Integer call() throws Exception {
        Duration wait = DurationText.parse(waitText);
        try (BoardSession session = BoardSession.open(sources)) {
            session.start();
            BoardState board = session.engine().awaitFirstRead(wait);
            ActionTarget resolved = ActionTarget.find(board, target);
            ActionService actions = session.actions();
            OperatorAction action = build(actions.requests(), resolved, board);
            ActionOutcome outcome;
            try {
                outcome = actions.submit(action).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                outcome = new ActionOutcome.Failed("no answer within " + waitText, true);
            }
            return report(action, outcome, session);
        }
    }

    /**
     * Accepted: stdout, exit 0. Refused: stderr, exit 4. Not completed yet (source unreachable, slow,
     * 5xx, 429): it stays in the durable outbox and is sent later by a running console or wall, or by
     * {@code watchfloor sync}; that is said on stdout and exits 0.
     */
    private int report(OperatorAction action, ActionOutcome outcome, BoardSession session) {
        String what = ActionDescription.of(action) + " as " + action.operator().name();
        PrintWriter out = spec.commandLine().getOut();
        if (outcome instanceof ActionOutcome.Accepted a) {
            out.println(what + ": " + outcome.summary() + a.reference().map(r -> " (" + r + ")").orElse(""));
            out.flush();
            return WatchfloorCommand.OK;
        }
        if (outcome instanceof ActionOutcome.Failed f) {
            out.println(what + ": queued (" + f.reason() + "). Action " + action.id() + " stays in the outbox in "
                    + session.dataDir() + " and is sent when " + action.target().source()
                    + " answers: by a running console or wall, or now with `watchfloor sync`.");
            out.flush();
            return WatchfloorCommand.OK;
        }
        spec.commandLine().getErr().println("watchfloor: " + what + ": " + outcome.summary());
        return REJECTED;
    }

    static Duration duration(String text, String option) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
