package io.watchfloor.engine.resilience;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.PolledSource;
import io.watchfloor.engine.action.ActionRequests;
import io.watchfloor.engine.outbox.Backoff;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.store.LocalDatabase;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * The console of {@link OutboxCrashTest}, run in a JVM of its own so that it can be killed with SIGKILL:
 * an engine reading the simulator's Alertmanager ({@code am}) and ServiceNow ({@code snow}), the local
 * database in a data directory, and the outbox dispatcher.
 *
 * <p>{@code OutboxCrashChild <simulator url> <data dir> queue <n>} queues {@code n} actions (acks and
 * silences of the firing alerts, acks and work notes of the open incidents) and prints
 * {@code queued <id> <kind>} once each is durable; {@code ... resume} queues nothing. Either way it prints
 * {@code started} when its dispatcher runs, sends until the outbox is empty, prints {@code done} and exits
 * 0. The connectors wait {@value #CONFIRM_DELAY_MS} ms after each answer before the dispatcher may record
 * it, so that a kill right after a write lands between the send and its confirmation.
 */
public final class OutboxCrashChild {
    static final int CONFIRM_DELAY_MS = 100;
    static final Operator OPERATOR = new Operator("Watchfloor Operator", Role.LEAD);
    private static final Duration POLL = Duration.ofMillis(200);

    private OutboxCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String url = args[0];
        Path dataDir = Path.of(args[1]);
        int toQueue = args[2].equals("queue") ? Integer.parseInt(args[3]) : 0;
        Clock clock = Clock.systemUTC();
        OkHttpClient http = Connectors.sharedClient();
        Engine engine = new Engine(List.of(source("am", SourceKind.ALERTMANAGER, url, http, clock),
                source("snow", SourceKind.SERVICENOW, url, http, clock)), List.of(), clock, Duration.ofMillis(100));
        LocalDatabase db = LocalDatabase.open(dataDir);
        engine.restore(db.cache().loadAll());
        engine.persistTo(db.cache(), db.history(), POLL);
        engine.start();
        OutboxDispatcher dispatcher = new OutboxDispatcher(db.outbox(), slowToConfirm(engine.actionConnectors()), engine,
                db.audit(), clock, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), new Random()), 2,
                Duration.ofMillis(20));
        dispatcher.start();
        out.println("started");
        if (toQueue > 0) {
            BoardState board = engine.awaitFirstRead(Duration.ofSeconds(30));
            ActionRequests requests = new ActionRequests(OPERATOR, clock, EscalationMatrix.DEFAULT, Duration.ofHours(2));
            for (OperatorAction a : actions(board, requests, toQueue)) {
                dispatcher.enqueue(a, () -> engine.actionTaken(a));
                out.println("queued " + a.id() + " " + a.kind().verb());
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (db.outbox().openCount() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        int left = db.outbox().openCount();
        out.println(left == 0 ? "done" : "stuck with " + left + " open");
        dispatcher.close();
        engine.close();
        db.close();
        System.exit(left == 0 ? 0 : 3);
    }

    private static PolledSource source(String id, SourceKind kind, String url, OkHttpClient http, Clock clock) {
        SourceConfig cfg = SourceConfig.simple(SourceId.of(id), kind, url, POLL);
        return new PolledSource(Connectors.create(cfg, http, clock, name -> Optional.empty()), POLL);
    }

    /** {@code n} actions over what the board shows, in a fixed order: each alert and incident is acted on. */
    static List<OperatorAction> actions(BoardState board, ActionRequests requests, int n) {
        List<Alert> alerts = board.alerts().stream().filter(Alert::firing).toList();
        List<Incident> incidents = board.incidents();
        if (alerts.isEmpty() || incidents.isEmpty()) {
            throw new IllegalStateException("the simulator shows " + alerts.size() + " alerts and " + incidents.size()
                    + " incidents: start outages first");
        }
        List<OperatorAction> acks = new ArrayList<>();
        alerts.forEach(a -> acks.add(requests.acknowledge(TargetRef.of(a), Optional.of("crash test"))));
        incidents.forEach(i -> acks.add(requests.acknowledge(TargetRef.of(i), Optional.empty())));
        List<OperatorAction> silences = new ArrayList<>();
        alerts.forEach(a -> silences.add(requests.silence(a, Duration.ofHours(1), "crash test maintenance", List.of())));
        List<OperatorAction> notes = new ArrayList<>();
        for (int k = 0; acks.size() + silences.size() + notes.size() < n; k++) {
            Incident i = incidents.get(k % incidents.size());
            notes.add(requests.annotate(TargetRef.of(i), "crash test note " + k, false));
        }
        // Interleaved, so that whatever the first kill cuts off, what was queued before it holds every kind.
        List<OperatorAction> out = new ArrayList<>();
        for (int k = 0; out.size() < n; k++) {
            for (List<OperatorAction> kind : List.of(acks, silences, notes)) {
                if (k < kind.size() && out.size() < n) {
                    out.add(kind.get(k));
                }
            }
        }
        return out;
    }

    /** The connectors, each holding its answer back a little before the dispatcher records it. */
    private static Map<SourceId, ActionConnector> slowToConfirm(Map<SourceId, ActionConnector> connectors) {
        Map<SourceId, ActionConnector> out = new HashMap<>();
        connectors.forEach((id, c) -> out.put(id, new ActionConnector() {
            @Override
            public boolean supports(ActionKind kind, TargetRef.Type type) {
                return c.supports(kind, type);
            }

            @Override
            public ActionOutcome perform(OperatorAction action, ActionContext context) {
                ActionOutcome outcome = c.perform(action, context);
                try {
                    TimeUnit.MILLISECONDS.sleep(CONFIRM_DELAY_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return outcome;
            }
        }));
        return out;
    }
}
