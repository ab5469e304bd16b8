package io.watchfloor.engine.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.MutableClock;
import io.watchfloor.engine.PolledSource;
import io.watchfloor.engine.action.ActionRequests;
import io.watchfloor.engine.action.ActionService;
import io.watchfloor.engine.outbox.Backoff;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.engine.resilience.FaultyUpstream.Fault;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of issue 4, at engine level: one source (Alertmanager or ServiceNow) reads the
 * simulator through a {@link FaultyUpstream} that breaks in one way, a second source reads the simulator
 * directly. For every fault the board keeps publishing, the healthy source keeps updating, the faulty one
 * shows the reason and since when, keeps its last data with its age, an action queued for it stays in
 * the outbox, and after recovery the source is live at its next read and the action reaches the
 * simulator exactly once.
 */
class FaultMatrixTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final SourceId FAULTY = SourceId.of("faulty");
    private static final SourceId HEALTHY = SourceId.of("healthy");
    private final MutableClock clock = new MutableClock(T0);
    private final Operator lead = new Operator("Watchfloor Operator", Role.LEAD);
    private final OkHttpClient http = Connectors.sharedClient();
    private final List<AutoCloseable> open = new ArrayList<>();

    @TempDir
    Path dataDir;
    private Simulator sim;
    private FaultyUpstream upstream;
    private Engine engine;
    private LocalDatabase db;
    private OutboxDispatcher dispatcher;
    private ActionService actions;

    static Stream<Arguments> faults() {
        List<Arguments> cases = new ArrayList<>();
        for (Fault f : Fault.values()) {
            cases.add(Arguments.of(f, SourceKind.ALERTMANAGER));
            cases.add(Arguments.of(f, SourceKind.SERVICENOW));
        }
        return cases.stream();
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("faults")
    void aFaultySourceDegradesAloneKeepsWhatIsQueuedAndRecoversAtItsNextRead(Fault fault, SourceKind kind) throws Exception {
        start(fault, kind);
        BoardState before = board();
        Instant lastGood = health(FAULTY).lastSuccess().orElseThrow();

        upstream.fail(fault);

        // The first failed read may be one the fault cut short (a refused connection ends a poll under way with
        // "unexpected end of stream"); the reads after it say what is wrong.
        await().atMost(WAIT).untilAsserted(() -> assertThat(health(FAULTY).lastError())
                .hasValueSatisfying(e -> assertThat(e).contains(fault.reason)));
        SourceHealth failing = health(FAULTY);
        assertThat(failing.lastError().orElseThrow()).doesNotContain("\n");
        assertThat(failing.failingSince()).contains(T0);
        clock.advance(POLL.multipliedBy(10));
        sim.control().startOutage("search");
        await().atMost(WAIT).untilAsserted(() -> {
            BoardState b = board();
            assertThat(b.asOf()).as("the board keeps publishing").isEqualTo(clock.instant());
            assertThat(b.version()).isGreaterThan(before.version());
            assertThat(showsSearch(b, kind)).as("the healthy source keeps updating").isTrue();
            assertThat(b.health(HEALTHY).orElseThrow().freshness(b.asOf())).isEqualTo(Freshness.LIVE);
        });
        BoardState down = board();
        SourceHealth stale = down.health(FAULTY).orElseThrow();
        assertThat(stale.freshness(down.asOf())).as("stale data never looks fresh").isEqualTo(Freshness.STALE);
        assertThat(stale.age(down.asOf())).contains(Duration.between(lastGood, clock.instant()));
        assertThat(stale.failingSince()).contains(T0);
        assertThat(stale.lastError()).hasValueSatisfying(e -> assertThat(e).contains(fault.reason));
        TargetRef target = checkoutTarget(down, kind);

        OperatorAction action = kind == SourceKind.ALERTMANAGER
                ? actions.requests().acknowledge(target, Optional.of("on it"))
                : actions.requests().annotate(target, "rolled back payments-gateway 4.2.1", false);
        ActionOutcome first = actions.submit(action).get(10, TimeUnit.SECONDS);

        assertThat(first).isInstanceOf(ActionOutcome.Failed.class);
        OutboxEntry queued = db.outbox().find(action.id()).orElseThrow();
        assertThat(queued.state()).isEqualTo(OutboxState.RETRYING);
        assertThat(queued.lastError()).hasValueSatisfying(e -> assertThat(e).isNotBlank());
        await().atMost(WAIT).until(() -> latest(action).map(ActionStatus::queued).orElse(false));
        assertThat(writesCarrying(action)).isZero();

        upstream.recover();
        long recovering = System.nanoTime();

        await().atMost(WAIT).until(() -> board().health(FAULTY).orElseThrow().freshness(board().asOf()) == Freshness.LIVE);
        Duration toLive = Duration.ofNanos(System.nanoTime() - recovering);
        assertThat(toLive).as("live again at its next read, not after a backoff of its own")
                .isLessThan(POLL.plus(Duration.ofMillis(fault == Fault.RATE_LIMITED ? 1000 : 300)).plusSeconds(2));
        if (fault.ordinal() % 2 == 0) {
            dispatcher.syncNow(WAIT);
        } else {
            clock.advance(Duration.ofMinutes(10));
        }
        await().atMost(WAIT).until(() -> db.outbox().find(action.id()).orElseThrow().state() == OutboxState.ACCEPTED);
        await().atMost(WAIT).until(() -> latest(action).map(ActionStatus::accepted).orElse(false));
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> writesCarrying(action) == 1);
    }

    private void start(Fault fault, SourceKind kind) throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED));
        open.add(sim);
        sim.control().startOutage("checkout");
        upstream = FaultyUpstream.start(sim.baseUrl(), fault == Fault.TLS_FAILURE);
        open.add(upstream);
        SourceConfig faulty = new SourceConfig(FAULTY, kind, List.of(upstream.url()), POLL, SourceConfig.Auth.NONE,
                fault == Fault.TLS_FAILURE ? Optional.of(resource("/tls/server-ca.pem")) : Optional.empty(),
                Map.of("timeout", FaultyUpstream.TIMEOUT, "maxBodyBytes", FaultyUpstream.MAX_BODY));
        SourceKind other = kind == SourceKind.ALERTMANAGER ? SourceKind.SERVICENOW : SourceKind.ALERTMANAGER;
        SourceConfig healthy = SourceConfig.simple(HEALTHY, other, sim.baseUrl().toString(), POLL);
        engine = new Engine(List.of(polled(faulty), polled(healthy)), sim.estate().services(), clock, Duration.ofMillis(50));
        open.add(engine);
        engine.start();
        db = LocalDatabase.open(dataDir);
        open.add(db);
        Map<SourceId, ActionConnector> writers = engine.actionConnectors();
        dispatcher = new OutboxDispatcher(db.outbox(), writers, engine, db.audit(), clock,
                new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(7)), 2, Duration.ofMillis(20));
        open.add(dispatcher);
        dispatcher.start();
        actions = new ActionService(lead, new ActionRequests(lead, clock, EscalationMatrix.DEFAULT, Duration.ofHours(1)),
                writers, engine, db.audit(), dispatcher, clock);
        open.add(actions);
        await().atMost(WAIT).until(() -> {
            BoardState b = board();
            return b.health(FAULTY).orElseThrow().freshness(b.asOf()) == Freshness.LIVE
                    && b.health(HEALTHY).orElseThrow().freshness(b.asOf()) == Freshness.LIVE
                    && hasCheckoutTarget(b, kind);
        });
    }

    private PolledSource polled(SourceConfig cfg) {
        return new PolledSource(Connectors.create(cfg, http, clock, name -> Optional.empty()), cfg.pollInterval());
    }

    private BoardState board() {
        return engine.feed().current();
    }

    private SourceHealth health(SourceId id) {
        return board().health(id).orElseThrow();
    }

    private Optional<ActionStatus> latest(OperatorAction action) {
        return board().actions().stream().filter(s -> s.action().id().equals(action.id())).findFirst();
    }

    private static boolean hasCheckoutTarget(BoardState b, SourceKind kind) {
        return kind == SourceKind.ALERTMANAGER
                ? b.alerts().stream().anyMatch(a -> a.source().equals(FAULTY) && a.service().equals("checkout") && a.firing())
                : b.incidents().stream().anyMatch(i -> i.source().equals(FAULTY) && i.service().equals("checkout"));
    }

    /** The faulty source's last data about the checkout outage, still on the board. */
    private static TargetRef checkoutTarget(BoardState b, SourceKind kind) {
        return kind == SourceKind.ALERTMANAGER
                ? TargetRef.of(b.alerts().stream().filter(a -> a.source().equals(FAULTY) && a.service().equals("checkout")
                        && a.firing()).findFirst().orElseThrow(() -> new AssertionError("checkout alert gone from the board")))
                : TargetRef.of(b.incidents().stream().filter(i -> i.source().equals(FAULTY)
                        && i.service().equals("checkout")).findFirst().orElseThrow(() -> new AssertionError("incident gone")));
    }

    /** The healthy source (the other kind) shows the outage that began while the faulty one was down. */
    private static boolean showsSearch(BoardState b, SourceKind faultyKind) {
        return faultyKind == SourceKind.ALERTMANAGER
                ? b.incidents().stream().anyMatch(i -> i.source().equals(HEALTHY) && i.service().equals("search"))
                : b.alerts().stream().anyMatch(a -> a.source().equals(HEALTHY) && a.service().equals("search"));
    }

    /** Writes the simulator received that carry the action's marker. */
    private long writesCarrying(OperatorAction action) {
        String marker = ActionConnector.marker(action);
        return sim.ledger().entries().stream().filter(e -> e.body().contains(marker)).count();
    }

    private static Path resource(String path) throws URISyntaxException {
        return Path.of(FaultMatrixTest.class.getResource(path).toURI());
    }
}
