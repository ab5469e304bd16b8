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
 * the target, send the action through the same engine path as the console, and report the upstream's
 * answer. Exit 0 only when the upstream accepted it; 4 when refused (by the upstream or by the role
 * and target rules), 5 when it could not be completed (upstream unreachable, timeout).
 */
abstract class ActionCommand implements Callable<Integer> {
    static final int REJECTED = 4;
    static final int FAILED = 5;

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
            session.engine().start();
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
            return report(action, outcome);
        }
    }

    private int report(OperatorAction action, ActionOutcome outcome) {
        String what = ActionDescription.of(action) + " as " + action.operator().name();
        if (outcome instanceof ActionOutcome.Accepted a) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(what + ": " + outcome.summary() + a.reference().map(r -> " (" + r + ")").orElse(""));
            out.flush();
            return WatchfloorCommand.OK;
        }
        spec.commandLine().getErr().println("watchfloor: " + what + ": " + outcome.summary());
        return outcome instanceof ActionOutcome.Rejected ? REJECTED : FAILED;
    }

    static Duration duration(String text, String option) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
