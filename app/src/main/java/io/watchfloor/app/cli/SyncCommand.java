package io.watchfloor.app.cli;

import io.watchfloor.connectors.DurationText;
import io.watchfloor.core.ActionDescription;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watchfloor sync}: sends every action still queued in the outbox now, whatever its backoff,
 * through the configured sources, and says how each one went. Exit 0 when nothing is left waiting,
 * 4 when the upstream refused one, 5 when some are still waiting (their source is still unreachable).
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Send the actions queued in the local outbox now and report how each went.")
final class SyncCommand implements Callable<Integer> {
    static final int STILL_QUEUED = 5;

    @Mixin
    SourceOptions sources;

    @Option(names = "--wait", defaultValue = "30s", paramLabel = "DURATION",
            description = "How long to wait for the sources and for the answers. Default ${DEFAULT-VALUE}.")
    String waitText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Duration wait = DurationText.parse(waitText);
        try (BoardSession session = BoardSession.open(sources)) {
            session.start();
            session.engine().awaitFirstRead(wait);
            List<OutboxEntry> after = session.dispatcher().syncNow(wait);
            return report(after);
        }
    }

    private int report(List<OutboxEntry> entries) {
        PrintWriter out = spec.commandLine().getOut();
        if (entries.isEmpty()) {
            out.println("outbox is empty: nothing to send");
            out.flush();
            return WatchfloorCommand.OK;
        }
        TextTable t = new TextTable("RESULT", "ACTION", "TRIES", "ANSWER", "ID");
        boolean refused = false;
        boolean waiting = false;
        for (OutboxEntry e : entries) {
            refused |= e.state() == OutboxState.REJECTED;
            waiting |= e.state().open();
            t.row(e.state().open() ? "still queued" : OutboxCommand.word(e.state()), ActionDescription.of(e.action()),
                    String.valueOf(e.attempts()), e.finalReply().or(e::lastError).orElse("-"), e.action().id());
        }
        out.println(t.render());
        out.flush();
        return refused ? ActionCommand.REJECTED : waiting ? STILL_QUEUED : WatchfloorCommand.OK;
    }
}
