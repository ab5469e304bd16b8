package io.watchfloor.app.cli;

import io.watchfloor.core.ActionDescription;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import io.watchfloor.store.StoreException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watchfloor outbox}: what waits in the durable outbox of this data directory (queued, being
 * sent, waiting for a retry) and what was refused in the last day, with the upstream's reason. Reads
 * the local database only; needs no source. {@code --cancel ID} drops an action that is still queued.
 */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = "List operator actions still queued in the local outbox, and recently refused ones.")
final class OutboxCommand implements Callable<Integer> {
    private static final Duration REFUSED_SHOWN = Duration.ofDays(1);

    @Mixin
    SourceOptions sources;

    @Option(names = "--json", description = "Print JSON (see docs/cli.md) instead of a table.")
    boolean json;

    @Option(names = "--all", description = "Also list accepted and cancelled actions (the newest 200).")
    boolean all;

    @Option(names = "--cancel", paramLabel = "ACTION_ID", description = "Drop this queued action instead of listing.")
    String cancel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws StoreException {
        Instant now = Clock.systemUTC().instant();
        try (LocalDatabase db = LocalDatabase.open(sources.dataDir())) {
            if (cancel != null) {
                return cancel(db, now);
            }
            List<OutboxEntry> shown = shown(db, now);
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? json(shown, now) : table(shown, now));
            out.flush();
            return WatchfloorCommand.OK;
        }
    }

    private int cancel(LocalDatabase db, Instant now) throws StoreException {
        if (db.outbox().cancel(cancel, now)) {
            spec.commandLine().getOut().println("cancelled " + cancel + "; it will not be sent");
            spec.commandLine().getOut().flush();
            return WatchfloorCommand.OK;
        }
        String why = db.outbox().find(cancel)
                .map(e -> e.state().open() ? "it is being sent right now" : "it is already " + word(e.state()))
                .orElse("no such action in the outbox of " + db.dataDir());
        spec.commandLine().getErr().println("watchfloor: cannot cancel " + cancel + ": " + why);
        return WatchfloorCommand.BAD_CONFIG;
    }

    private List<OutboxEntry> shown(LocalDatabase db, Instant now) throws StoreException {
        if (all) {
            return db.outbox().recent(200);
        }
        List<OutboxEntry> out = new ArrayList<>(db.outbox().open());
        for (OutboxEntry e : db.outbox().recent(200)) {
            if (e.state() == OutboxState.REJECTED
                    && e.finishedAt().filter(t -> t.isAfter(now.minus(REFUSED_SHOWN))).isPresent()) {
                out.add(e);
            }
        }
        return out;
    }

    private static String table(List<OutboxEntry> entries, Instant now) {
        TextTable t = new TextTable("STATE", "ACTION", "OPERATOR", "QUEUED", "TRIES", "NEXT TRY", "LAST ANSWER", "ID");
        for (OutboxEntry e : entries) {
            t.row(word(e.state()) + (e.outcomeUnknown() && e.state().open() ? "?" : ""), ActionDescription.of(e.action()),
                    e.action().operator().name(), TextTable.age(e.enqueuedAt(), now), String.valueOf(e.attempts()),
                    e.state().open() ? TextTable.signed(Duration.between(now, e.nextAttemptAt())) : "-",
                    e.finalReply().or(e::lastError).orElse("-"), e.action().id());
        }
        long open = entries.stream().filter(e -> e.state().open()).count();
        return t.render() + "\n" + open + (open == 1 ? " action" : " actions") + " waiting to be sent"
                + (entries.stream().anyMatch(OutboxEntry::outcomeUnknown)
                ? " (? = may have reached the upstream; it is read back before sending again)" : "");
    }

    private static String json(List<OutboxEntry> entries, Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OutboxEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.action().id());
            m.put("state", word(e.state()));
            m.put("kind", e.action().kind().verb());
            m.put("summary", ActionDescription.of(e.action()));
            m.put("operator", e.action().operator().name());
            m.put("targetSource", e.action().target().source().value());
            m.put("targetId", e.action().target().id());
            m.put("target", e.action().target().display());
            m.put("takenAt", e.action().takenAt().toString());
            m.put("queuedAt", e.enqueuedAt().toString());
            m.put("attempts", e.attempts());
            m.put("nextAttemptAt", e.state().open() ? e.nextAttemptAt().toString() : null);
            m.put("lastError", e.lastError().orElse(null));
            m.put("outcomeUnknown", e.outcomeUnknown());
            m.put("finishedAt", e.finishedAt().map(Instant::toString).orElse(null));
            m.put("reply", e.finalReply().orElse(null));
            rows.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asOf", now.toString());
        root.put("waiting", entries.stream().filter(e -> e.state().open()).count());
        root.put("actions", rows);
        return BoardJson.write(root);
    }

    static String word(OutboxState s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
