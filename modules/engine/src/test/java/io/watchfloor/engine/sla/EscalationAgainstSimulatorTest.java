package io.watchfloor.engine.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Operator;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.core.escalation.EscalationPolicy;
import io.watchfloor.core.escalation.EscalationRule;
import io.watchfloor.core.sla.SlaPolicies;
import io.watchfloor.core.sla.SlaPolicy;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.MutableClock;
import io.watchfloor.engine.action.ActionRequests;
import io.watchfloor.engine.action.ActionService;
import io.watchfloor.engine.config.OperatorSettings;
import io.watchfloor.engine.config.SlaSettings;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.engine.outbox.Backoff;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.simulator.LedgerEntry;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.store.LocalDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SLA clocks and escalation on real HTTP against the simulator's ServiceNow, with a fake clock that both
 * share: an unacknowledged P1 is proposed for escalation exactly when its rule is due, and with
 * auto-escalation the desk receives that escalation once (the simulator's ledger of writes says so).
 */
class EscalationAgainstSimulatorTest {
    private static final EscalationRule UNACK_15_TIER2 =
            new EscalationRule.Unacknowledged(Duration.ofMinutes(15), 1, EnumSet.of(Priority.P1));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
    private Simulator sim;
    private Engine engine;
    private LocalDatabase db;
    private OutboxDispatcher dispatcher;
    private final List<ActionService> services = new java.util.ArrayList<>();

    @TempDir
    Path dataDir;

    private void start(boolean autoEscalate) throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED));
        String url = sim.baseUrl().toString();
        Duration fast = Duration.ofMillis(200);
        SlaPolicies policies = new SlaPolicies(List.of(
                SlaPolicy.forPriority(Priority.P1, Duration.ofMinutes(15), Duration.ofHours(4)),
                SlaPolicy.forPriority(Priority.P5, Duration.ofDays(2), Duration.ofDays(20))));
        SlaSettings sla = new SlaSettings(policies, EscalationPolicy.fromMatrix(EscalationMatrix.DEFAULT,
                List.of(UNACK_15_TIER2), List.of(), autoEscalate), SlaSettings.AUTO_OPERATOR);
        WatchfloorConfig config = new WatchfloorConfig(List.of(
                SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, url, fast),
                SourceConfig.simple(SourceId.of("snow"), SourceKind.SERVICENOW, url, fast)),
                sim.estate().services(), Optional.empty(), OperatorSettings.DEFAULT, EscalationMatrix.DEFAULT, sla);
        engine = Engines.fromConfig(config, Connectors.sharedClient(), clock, name -> Optional.empty());
        db = LocalDatabase.open(dataDir);
        dispatcher = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine, db.audit(), clock,
                Backoff.standard(), 2, Duration.ofMillis(100));
        dispatcher.start();
        if (autoEscalate) {
            engine.autoEscalateThrough(actions(sla.autoOperatorIdentity()));
        }
        engine.start();
    }

    private ActionService actions(Operator operator) {
        ActionService s = new ActionService(operator, new ActionRequests(operator, clock, EscalationMatrix.DEFAULT,
                Duration.ofHours(1)), engine.actionConnectors(), engine, db.audit(), dispatcher, clock);
        services.add(s);
        return s;
    }

    @AfterEach
    void stop() {
        services.forEach(ActionService::close);
        if (dispatcher != null) {
            dispatcher.close();
        }
        if (engine != null) {
            engine.close();
        }
        if (db != null) {
            db.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private BoardState board() {
        return engine.feed().current();
    }

    private Optional<Incident> checkout() {
        return board().incidents().stream().filter(i -> i.service().equals("checkout")).findFirst();
    }

    /** Moves the shared clock and waits for a snapshot made at or after the new instant. */
    private BoardState advanceTo(Instant t) {
        clock.advance(Duration.between(clock.instant(), t));
        await().atMost(Duration.ofSeconds(10)).until(() -> !board().asOf().isBefore(t));
        return board();
    }

    private Incident openOutage() {
        sim.control().startOutage("checkout");
        await().atMost(Duration.ofSeconds(10)).until(() -> checkout().isPresent());
        return checkout().orElseThrow();
    }

    private long escalationWrites() {
        return sim.ledger().entries().stream()
                .filter(e -> e.method().equals("PATCH") && e.body().contains("Escalated to")).count();
    }

    @Test
    void anUnacknowledgedP1IsProposedExactlyWhenDueWithItsReason() throws Exception {
        start(false);
        Incident p1 = openOutage();
        Instant due = p1.openedAt().plus(Duration.ofMinutes(15));

        BoardState before = advanceTo(due.minusSeconds(1));
        assertThat(before.sla().due(p1.key())).isEmpty();
        assertThat(before.sla().upcoming(p1.key())).hasValueSatisfying(u -> {
            assertThat(u.dueAt()).isEqualTo(due);
            assertThat(u.to().who()).isEqualTo("Tier 2 (NOC Tier 2)");
        });

        BoardState at = advanceTo(due);
        assertThat(at.sla().due(p1.key())).hasValueSatisfying(d -> {
            assertThat(d.proposal().dueAt()).isEqualTo(due);
            assertThat(d.proposal().reason()).isEqualTo("P1 unacknowledged for 15 min (rule: 15 min)");
            assertThat(d.proposal().from().name()).isEqualTo("Tier 1");
            assertThat(d.performed()).isFalse();
        });
        assertThat(escalationWrites()).as("proposals only: nothing is written").isZero();
    }

    @Test
    void withAutoEscalationTheDeskReceivesTheEscalationOnce() throws Exception {
        start(true);
        Incident p1 = openOutage();
        Instant due = p1.openedAt().plus(Duration.ofMinutes(15));

        advanceTo(due.minusSeconds(1));
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> escalationWrites() == 0);
        advanceTo(due);

        await().atMost(Duration.ofSeconds(10)).until(() -> escalationWrites() == 1);
        LedgerEntry write = sim.ledger().entries().stream()
                .filter(e -> e.method().equals("PATCH") && e.body().contains("Escalated to")).findFirst().orElseThrow();
        assertThat(write.body()).contains("NOC Tier 2").contains("watchfloor-auto")
                .contains("P1 unacknowledged for 15 min");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(checkout().orElseThrow().group()).contains("NOC Tier 2");
            assertThat(board().sla().due(p1.key())).isEmpty();
        });
        assertThat(db.audit().recent(10)).anySatisfy(a -> assertThat(a.operator()).isEqualTo("watchfloor-auto"));
        clock.advance(Duration.ofMinutes(1));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> escalationWrites() == 1);
    }

    @Test
    void theDesksTaskSlaClocksShowAsDeskClocksAndAnIncidentWithoutThemGetsComputedOnes() throws Exception {
        start(false);
        Incident p1 = openOutage();

        assertThat(p1.clocks()).extracting(SlaClock::name).contains("P1 response (15m)", "P1 resolution (4h)");
        assertThat(p1.clocks()).allSatisfy(c -> assertThat(c.origin()).isEqualTo(ClockOrigin.DESK));

        ActionService lead = actions(new Operator("Watchfloor Operator", Role.LEAD));
        sim.control().fireAlert("search", "SearchLatencyHigh", "minor");
        await().atMost(Duration.ofSeconds(10)).until(() -> board().alerts().stream()
                .anyMatch(a -> a.name().equals("SearchLatencyHigh")));
        Alert alert = board().alerts().stream().filter(a -> a.name().equals("SearchLatencyHigh")).findFirst().orElseThrow();
        ActionOutcome created = lead.submit(lead.requests().createIncident(alert, SourceId.of("snow"),
                "Search latency high", Priority.P5)).get(10, TimeUnit.SECONDS);
        String number = ((ActionOutcome.Accepted) created).reference().orElseThrow();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(board().incidents())
                .filteredOn(i -> i.number().equals(number)).singleElement().satisfies(p5 -> {
                    assertThat(p5.clocks()).extracting(SlaClock::name)
                            .containsExactly("P5 response (2d)", "P5 resolution (20d)");
                    assertThat(p5.clocks()).allSatisfy(c -> assertThat(c.origin()).isEqualTo(ClockOrigin.COMPUTED));
                }));
        assertThat(board().sla().due()).extracting(DueEscalation::incidentKey).doesNotContain(number);
    }
}
