package io.watchfloor.app.cli;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.connectors.DurationText;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Common shape of {@code alerts} and {@code incidents}: read every source once through the same
 * engine as the wall, print, and exit 0 only when every source answered (otherwise 3, with one line
 * per failed source on stderr).
 */
abstract class ReadCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Option(names = "--json", description = "Print JSON (see docs/cli.md) instead of a table.")
    boolean json;

    @Option(names = "--wait", defaultValue = "20s", paramLabel = "DURATION",
            description = "How long to wait for every source to answer. Default ${DEFAULT-VALUE}.")
    String waitText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Duration wait = DurationText.parse(waitText);
        try (BoardSession session = BoardSession.open(sources)) {
            session.engine().start();
            BoardState state = session.engine().awaitFirstRead(wait);
            Instant now = session.clock().instant();
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? toJson(state, now) : toTable(state, now));
            out.flush();
            List<SourceHealth> failed = state.sources().stream()
                    .filter(h -> h.consecutiveFailures() > 0 || h.lastSuccess().isEmpty()).toList();
            for (SourceHealth h : failed) {
                spec.commandLine().getErr().println("watchfloor: " + h.kind().configName() + " '" + h.id() + "' ("
                        + h.endpoint() + "): " + h.lastError().orElse("no answer within " + waitText));
            }
            return failed.isEmpty() ? WatchfloorCommand.OK : WatchfloorCommand.SOURCE_FAILED;
        }
    }

    abstract String toJson(BoardState state, Instant now);

    abstract String toTable(BoardState state, Instant now);
}
