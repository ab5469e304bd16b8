package io.watchfloor.store;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.OperatorAction;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A second process for the multi-process tests, started by {@link ChildJvm}. Its standard output is
 * the protocol: one line per fact the parent waits for. Modes:
 * <ul>
 *   <li>{@code append DIR N}: appends N notes, printing each id once append has returned;</li>
 *   <li>{@code serve DIR}: opens the database (serving it to others), prints {@code ready}, holds it
 *       until standard input closes;</li>
 *   <li>{@code claim DIR OWNER N}: prints {@code ready}, waits for a line on standard input, then tries to
 *       claim {@code c-0 .. c-(N-1)}, printing {@code claimed ID} for each it won and {@code done} at the end;</li>
 *   <li>{@code batches DIR N}: N rounds of ten notes: appends them, claims them with one {@code claimAll}
 *       (printing {@code claimed ID} each once it returned), answers them with one {@code finishAll}
 *       ({@code finished ID}) and audits them with one {@code recordAll} ({@code audited ID}).</li>
 * </ul>
 */
public final class StoreChild {
    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (LocalDatabase db = LocalDatabase.open(Path.of(args[1]))) {
            switch (args[0]) {
                case "append" -> append(db, Integer.parseInt(args[2]), out);
                case "serve" -> {
                    out.println("ready");
                    in.readLine();
                }
                case "claim" -> claim(db, args[2], Integer.parseInt(args[3]), out, in);
                case "batches" -> batches(db, Integer.parseInt(args[2]), out);
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    private static void append(LocalDatabase db, int count, PrintStream out) throws StoreException {
        Instant t = Instant.parse("2026-11-27T03:00:00Z");
        String run = Long.toString(ProcessHandle.current().pid());
        for (int n = 0; n < count; n++) {
            String id = "p" + run + "-" + n;
            db.outbox().append(Samples.note(id, t), t.plusMillis(n));
            out.println(id);
        }
    }

    private static void claim(LocalDatabase db, String owner, int count, PrintStream out, BufferedReader in)
            throws Exception {
        Instant now = Instant.parse("2026-11-27T04:00:00Z");
        out.println("ready");
        in.readLine();
        for (int n = 0; n < count; n++) {
            if (db.outbox().claim("c-" + n, owner, now, now.plus(Duration.ofMinutes(5)))) {
                out.println("claimed c-" + n);
            }
        }
        out.println("done");
    }

    private static void batches(LocalDatabase db, int rounds, PrintStream out) throws StoreException {
        Instant t = Instant.parse("2026-11-27T03:00:00Z");
        String run = Long.toString(ProcessHandle.current().pid());
        for (int r = 0; r < rounds; r++) {
            List<String> ids = new ArrayList<>();
            List<OutboxAnswer> answers = new ArrayList<>();
            List<ActionStatus> rows = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                String id = "b" + run + "-" + r + "-" + n;
                OperatorAction note = Samples.note(id, t);
                db.outbox().append(note, t);
                ids.add(id);
                ActionOutcome ok = new ActionOutcome.Accepted("work note added", Optional.empty());
                answers.add(new OutboxAnswer(id, ok, t));
                rows.add(new ActionStatus(note, Optional.of(ok), t));
            }
            db.outbox().claimAll(ids, "child-" + run, t, t.plus(Duration.ofMinutes(5))).forEach(id -> out.println("claimed " + id));
            db.outbox().finishAll(answers);
            ids.forEach(id -> out.println("finished " + id));
            db.audit().recordAll(rows);
            ids.forEach(id -> out.println("audited " + id));
        }
    }
}
