package io.watchfloor.app.cli;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.connectors.DurationText;
import java.io.PrintWriter;
import java.time.Duration;
import io.watchfloor.app.ui.DurationFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Common shape of {@code alerts} and {@code incidents}: show the cached state, read every source once
 * through the same engine as the wall, print, and exit 0 when every source has data to show (a source
 * that is down is served from the local cache, marked with its age, and named on stderr); exit 3 when
 * a source has no data at all.
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
            session.start();
            BoardState state = session.engine().awaitFirstRead(wait);
            Instant now = session.clock().instant();
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? toJson(state, now) : toTable(state, now));
            out.flush();
            return reportSources(state, now);
        }
    }

    /**
     * One line on stderr per source that did not answer. A source whose cached (or earlier) data is on
     * the board is served from it, marked with its age, and does not fail the command; a source with no
     * data at all makes it exit 3.
     */
    private int reportSources(BoardState state, Instant now) {
        PrintWriter err = spec.commandLine().getErr();
        boolean nothing = false;
        for (SourceHealth h : state.sources()) {
            if (h.consecutiveFailures() == 0 && h.lastSuccess().isPresent() && h.freshness(now).current()) {
                continue;
            }
            String what = "watchfloor: " + h.kind().configName() + " '" + h.id() + "' (" + h.endpoint() + "): "
                    + (h.consecutiveFailures() > 0 ? h.lastError().orElse("failed") : h.lastSuccess().isPresent()
                    ? "not read yet" : "no answer within " + waitText);
            if (h.lastSuccess().isPresent()) {
                err.println(what + "; showing its data from " + h.lastSuccess().get() + " ("
                        + DurationFormat.age(h.age(now).orElseThrow()) + " old, " + h.freshness(now).name().toLowerCase(Locale.ROOT) + ")");
            } else {
                err.println(what);
                nothing = true;
            }
        }
        err.flush();
        return nothing ? WatchfloorCommand.SOURCE_FAILED : WatchfloorCommand.OK;
    }

    abstract String toJson(BoardState state, Instant now);

    abstract String toTable(BoardState state, Instant now);
}
