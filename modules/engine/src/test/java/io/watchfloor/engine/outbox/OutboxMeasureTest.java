package io.watchfloor.engine.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.PolledSource;
import io.watchfloor.engine.ScriptedConnector;
import io.watchfloor.engine.action.ActionRequests;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.simulator.SimulatorScale;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.OutboxStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Figures for issue 4's closing note, not a check: outbox append latency (bare store vs. the operator's
 * path through the dispatcher) and the replay rate of 10,000 queued actions against the simulator.
 * Skipped unless {@code -Dwf.measure=true}:
 * {@code mvn -B -o -q -pl modules/engine test -Dtest=OutboxMeasureTest -Dwf.measure=true -Dwf.log=INFO}
 * ({@code -Dwf.replay=N} changes the replay size). Results are logged at INFO.
 */
@EnabledIfSystemProperty(named = "wf.measure", matches = "true")
class OutboxMeasureTest {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxMeasureTest.class);
    private static final Operator OP = new Operator("Watchfloor Operator", Role.LEAD);
    private final Clock clock = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void appendLatencyBareAndThroughTheDispatcher() throws Exception {
        ScriptedConnector am = new ScriptedConnector("am").then(id -> List.of(new SourceEvent.AlertsObserved(id, clock.instant(),
                List.of(OutboxDispatcherTest.alert(id, "a1")))));
        try (LocalDatabase bare = LocalDatabase.open(dir.resolve("bare"));
             LocalDatabase db = LocalDatabase.open(dir.resolve("path"));
             Engine engine = new Engine(List.of(new PolledSource(am, Duration.ofSeconds(30))), List.of(), clock,
                     Duration.ofSeconds(1))) {
            engine.start();
            engine.awaitFirstRead(Duration.ofSeconds(10));
            ActionRequests requests = new ActionRequests(OP, clock, EscalationMatrix.DEFAULT, Duration.ofHours(1));
            OutboxStore store = bare.outbox();
            report("bare OutboxStore.append", time(1000, 5000, () -> store.append(requests.annotate(anyTarget(), "x", false),
                    clock.instant())));
            try (OutboxDispatcher idle = new OutboxDispatcher(db.outbox(), Map.of(), engine, db.audit(), clock,
                    Backoff.standard(), 4, Duration.ofMillis(500))) {
                idle.start();
                report("dispatcher.enqueue (append + audit + board, nothing sending)", time(1000, 5000,
                        () -> enqueue(idle, db, engine, requests)));
            }
            try (OutboxDispatcher d = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine, db.audit(), clock,
                    Backoff.standard(), 4, Duration.ofMillis(500))) {
                d.start();
                report("dispatcher.enqueue (append + audit + board, sends running)", time(1000, 5000,
                        () -> enqueue(d, db, engine, requests)));
            }
        }
    }

    @Test
    void replayWithAnUpstreamThatAnswersAtOnce() throws Exception {
        int n = Integer.getInteger("wf.replay", 10_000);
        ScriptedConnector am = new ScriptedConnector("am").then(id -> List.of(new SourceEvent.AlertsObserved(id, clock.instant(),
                List.of(OutboxDispatcherTest.alert(id, "a1")))));
        try (LocalDatabase db = LocalDatabase.open(dir.resolve("instant"));
             Engine engine = new Engine(List.of(new PolledSource(am, Duration.ofSeconds(30))), List.of(), clock,
                     Duration.ofSeconds(1))) {
            engine.start();
            engine.awaitFirstRead(Duration.ofSeconds(10));
            ActionRequests requests = new ActionRequests(OP, clock, EscalationMatrix.DEFAULT, Duration.ofHours(1));
            Instant earlier = clock.instant().minusSeconds(60);
            for (int i = 0; i < n; i++) {
                db.outbox().append(requests.annotate(anyTarget(), "x", false), earlier);
            }
            replay(db, engine, n, "an upstream that answers at once");
        }
    }

    private void replay(LocalDatabase db, Engine engine, int n, String against) throws Exception {
        long start = System.nanoTime();
        try (OutboxDispatcher d = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine, db.audit(), clock,
                Backoff.standard(), Integer.getInteger("wf.lanes", 4), Duration.ofMillis(500))) {
            d.start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
            int open = n;
            while (open > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
                open = db.outbox().openCount();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            LOG.info("replay of {} actions against {}: {} s, {} actions/s", n, against, String.format("%.1f", seconds),
                    String.format("%.0f", (n - open) / seconds));
            assertThat(open).isZero();
        }
    }

    @Test
    void replayOfQueuedActionsAgainstTheSimulator() throws Exception {
        int n = Integer.getInteger("wf.replay", 10_000);
        SimulatorScale scale = SimulatorScale.standard().withAlerts(1000).withIncidents(1000);
        OkHttpClient http = Connectors.sharedClient();
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED).withScale(scale));
             LocalDatabase db = LocalDatabase.open(dir.resolve("replay"))) {
            String url = sim.baseUrl().toString();
            Duration poll = Duration.ofSeconds(5);
            try (Engine engine = new Engine(List.of(polled("am", SourceKind.ALERTMANAGER, url, poll, http),
                    polled("snow", SourceKind.SERVICENOW, url, poll, http)), List.of(), clock, Duration.ofSeconds(1))) {
                engine.start();
                BoardState board = engine.awaitFirstRead(Duration.ofSeconds(60));
                List<OperatorAction> actions = mix(board, n);
                Instant earlier = clock.instant().minusSeconds(60);
                for (OperatorAction a : actions) {
                    db.outbox().append(a, earlier);
                }
                long writesBefore = sim.ledger().entries().size();
                replay(db, engine, n, "the simulator (" + board.alerts().size() + " alerts, " + board.incidents().size()
                        + " incidents as targets; kinds " + System.getProperty("wf.kinds", "ack,note,silence") + ")");
                LOG.info("{} writes reached the simulator", sim.ledger().entries().size() - writesBefore);
            }
        }
    }

    /** What {@code ActionService} does on {@code wf-actions}: append, audit as pending, show pending. */
    private static void enqueue(OutboxDispatcher d, LocalDatabase db, Engine engine, ActionRequests requests) throws Exception {
        OperatorAction a = requests.annotate(anyTarget(), "x", false);
        d.enqueue(a, () -> {
            try {
                db.audit().record(new ActionStatus(a, Optional.empty(), a.takenAt()));
            } catch (io.watchfloor.store.StoreException e) {
                throw new IllegalStateException(e);
            }
            engine.actionTaken(a);
        });
    }

    /** A target of its own for every action, so that the sends in the background do not queue behind each other. */
    private static TargetRef anyTarget() {
        String id = Long.toHexString(new Random().nextLong());
        return new TargetRef(SourceId.of("am"), TargetRef.Type.ALERT, id, id);
    }

    /** Acks and silences of alerts, work notes of incidents, spread over every target. */
    private List<OperatorAction> mix(BoardState board, int n) {
        ActionRequests requests = new ActionRequests(OP, clock, EscalationMatrix.DEFAULT, Duration.ofHours(1));
        List<Alert> alerts = board.alerts().stream().filter(Alert::firing).toList();
        List<Incident> incidents = board.incidents();
        List<OperatorAction> out = new ArrayList<>();
        Random random = new Random(1);
        List<String> kinds = List.of(System.getProperty("wf.kinds", "ack,note,silence").split(","));
        for (int i = 0; out.size() < n; i++) {
            switch (kinds.get(i % kinds.size())) {
                case "ack":
                    out.add(requests.acknowledge(TargetRef.of(alerts.get(random.nextInt(alerts.size()))), Optional.empty()));
                    break;
                case "note":
                    out.add(requests.annotate(TargetRef.of(incidents.get(random.nextInt(incidents.size()))), "replay " + i,
                            false));
                    break;
                default:
                    out.add(requests.silence(alerts.get(random.nextInt(alerts.size())), Duration.ofHours(1), "replay " + i,
                            List.of()));
            }
        }
        return out;
    }

    private PolledSource polled(String id, SourceKind kind, String url, Duration poll, OkHttpClient http) {
        return new PolledSource(Connectors.create(SourceConfig.simple(SourceId.of(id), kind, url, poll), http, clock,
                name -> Optional.empty()), poll);
    }

    /** A step that may throw. */
    private interface Step {
        void run() throws Exception;
    }

    private static long[] time(int warmUp, int measured, Step step) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            step.run();
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            step.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted) {
        LOG.info("{}: p50 {} ms, p99 {} ms, max {} ms ({} samples)", what, ms(sorted[sorted.length / 2]),
                ms(sorted[(int) (sorted.length * 0.99)]), ms(sorted[sorted.length - 1]), sorted.length);
    }

    private static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }
}
