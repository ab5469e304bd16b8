package io.watchfloor.engine.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Operator;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.MutableClock;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.simulator.LedgerEntry;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.store.AuditStore;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.engine.outbox.TestOutbox;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operator actions end to end on real HTTP: engine -> connectors -> the simulator's Alertmanager and
 * ServiceNow, and back through the next read. Two independent readings of each API meet here.
 */
class ActionsAgainstSimulatorTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
    private final Operator lead = new Operator("Watchfloor Operator", Role.LEAD);
    private Simulator sim;
    private Engine engine;
    private ActionService actions;

    @TempDir
    Path dataDir;
    private LocalDatabase db;
    private OutboxDispatcher dispatcher;

    @BeforeEach
    void start() throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED));
        String url = sim.baseUrl().toString();
        Duration fast = Duration.ofMillis(200);
        WatchfloorConfig config = new WatchfloorConfig(List.of(
                SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, url, fast),
                SourceConfig.simple(SourceId.of("snow"), SourceKind.SERVICENOW, url, fast)),
                sim.estate().services());
        engine = Engines.fromConfig(config, Connectors.sharedClient(), clock, name -> Optional.empty());
        engine.start();
        db = LocalDatabase.open(dataDir);
        dispatcher = TestOutbox.dispatcher(db, engine, clock);
        actions = new ActionService(lead, new ActionRequests(lead, clock, EscalationMatrix.DEFAULT, Duration.ofHours(1)),
                engine.actionConnectors(), engine, db.audit(), dispatcher, clock);
        sim.control().startOutage("checkout");
        await().atMost(Duration.ofSeconds(10)).until(() -> checkoutIncident().isPresent()
                && engine.feed().current().alerts().stream().anyMatch(a -> a.service().equals("checkout")));
    }

    @AfterEach
    void stop() {
        actions.close();
        dispatcher.close();
        engine.close();
        db.close();
        sim.close();
    }

    private BoardState board() {
        return engine.feed().current();
    }

    private Optional<Incident> checkoutIncident() {
        return board().incidents().stream().filter(i -> i.service().equals("checkout")).findFirst();
    }

    private Alert checkoutAlert() {
        return board().alerts().stream().filter(a -> a.service().equals("checkout") && a.firing()).findFirst().orElseThrow();
    }

    private ActionOutcome send(io.watchfloor.core.OperatorAction action) throws Exception {
        return actions.submit(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void acknowledgingAnAlertCreatesAnAckSilenceAndTheBoardShowsWhoAcked() throws Exception {
        Alert alert = checkoutAlert();

        ActionOutcome outcome = send(actions.requests().acknowledge(TargetRef.of(alert), Optional.of("looking")));

        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        LedgerEntry post = sim.ledger().entries().stream().filter(e -> e.path().equals("/api/v2/silences")).findFirst().orElseThrow();
        assertThat(post.body()).contains("\"createdBy\":\"Watchfloor Operator\"").contains("ACK!");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Alert now = board().alerts().stream().filter(a -> a.key().equals(alert.key())).findFirst().orElseThrow();
            assertThat(now.acknowledgement()).hasValueSatisfying(a -> assertThat(a.by()).isEqualTo("Watchfloor Operator"));
            assertThat(now.silencedBy()).isNotEmpty();
        });

        assertThat(send(actions.requests().unacknowledge(TargetRef.of(alert)))).isInstanceOf(ActionOutcome.Accepted.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(board().alerts().stream()
                .filter(a -> a.key().equals(alert.key())).findFirst().orElseThrow().acknowledgement()).isEmpty());
    }

    @Test
    void acknowledgingAnIncidentAssignsItAndMovesItInProgressWithAWorkNote() throws Exception {
        Incident inc = checkoutIncident().orElseThrow();

        assertThat(send(actions.requests().acknowledge(TargetRef.of(inc), Optional.empty())))
                .isInstanceOf(ActionOutcome.Accepted.class);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Incident now = checkoutIncident().orElseThrow();
            assertThat(now.state()).isEqualTo(IncidentState.IN_PROGRESS);
            assertThat(now.assignee()).contains("Watchfloor Operator");
            assertThat(now.acknowledgement()).hasValueSatisfying(a -> assertThat(a.by()).isEqualTo("Watchfloor Operator"));
            assertThat(now.timeline()).anySatisfy(t -> assertThat(t.text()).contains("Acknowledged by Watchfloor Operator"));
        });
    }

    @Test
    void escalateAnnotateAndResolveLandInTheDeskAndAResolvedIncidentRefusesMore() throws Exception {
        Incident inc = checkoutIncident().orElseThrow();
        EscalationMatrix matrix = new EscalationMatrix(List.of(
                new io.watchfloor.core.EscalationTier("Tier 1", Optional.of("Service Desk"), Optional.empty()),
                new io.watchfloor.core.EscalationTier("Tier 2", Optional.of("Payments SRE"), Optional.of(Priority.P1))));
        ActionRequests requests = new ActionRequests(lead, clock, matrix, Duration.ofHours(1));

        assertThat(send(requests.escalate(inc, "checkout down 10 minutes"))).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(send(requests.annotate(TargetRef.of(inc), "rolled back payments-gateway 4.2.1", false)))
                .isInstanceOf(ActionOutcome.Accepted.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Incident now = checkoutIncident().orElseThrow();
            assertThat(now.group()).contains("Payments SRE");
            assertThat(now.timeline()).anySatisfy(t -> assertThat(t.text()).contains("rolled back payments-gateway 4.2.1"));
        });

        assertThat(send(requests.resolve(TargetRef.of(inc), "Solution provided", "rolled back")))
                .isInstanceOf(ActionOutcome.Accepted.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> checkoutIncident().isEmpty());
        ActionOutcome late = send(requests.annotate(TargetRef.of(inc), "too late", false));
        assertThat(late).isInstanceOf(ActionOutcome.Rejected.class);
    }

    @Test
    void anIncidentCreatedFromAnAlertIsLinkedToIt() throws Exception {
        sim.control().fireAlert("search", "SearchLatencyHigh", "major");
        await().atMost(Duration.ofSeconds(10)).until(() -> board().alerts().stream().anyMatch(a -> a.name().equals("SearchLatencyHigh")));
        Alert alert = board().alerts().stream().filter(a -> a.name().equals("SearchLatencyHigh")).findFirst().orElseThrow();

        ActionOutcome outcome = send(actions.requests().createIncident(alert, SourceId.of("snow"), "Search latency high", Priority.P3));

        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        String number = ((ActionOutcome.Accepted) outcome).reference().orElseThrow();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(board().incidents())
                .filteredOn(i -> i.number().equals(number)).singleElement()
                .satisfies(i -> assertThat(i.linkedAlerts()).contains(alert.key())));
    }
}
