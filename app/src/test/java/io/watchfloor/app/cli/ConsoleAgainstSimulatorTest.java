package io.watchfloor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.app.console.ConsoleView;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.Alert;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Operator;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.action.ActionRequests;
import io.watchfloor.engine.action.ActionService;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.engine.outbox.Backoff;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.store.LocalDatabase;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console with the real engine, action service and audit trail against the simulator: two
 * keystrokes on a new critical put an acknowledgement silence into the (simulated) Alertmanager.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleAgainstSimulatorTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    private final Operator operator = new Operator("Watchfloor Operator", Role.OPERATOR);
    private Simulator sim;
    private Engine engine;
    private ActionService actions;
    private LocalDatabase db;
    private OutboxDispatcher dispatcher;
    private ConsoleView view;

    @Start
    void start(Stage stage) throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED));
        String url = sim.baseUrl().toString();
        Duration fast = Duration.ofMillis(150);
        WatchfloorConfig config = new WatchfloorConfig(List.of(
                SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, url, fast),
                SourceConfig.simple(SourceId.of("snow"), SourceKind.SERVICENOW, url, fast)),
                sim.estate().services());
        engine = Engines.fromConfig(config, Connectors.sharedClient(), clock, name -> Optional.empty());
        engine.start();
        db = LocalDatabase.open(Files.createTempDirectory("wf-console-it"));
        dispatcher = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine, db.audit(), clock,
                Backoff.standard(), 2, Duration.ofMillis(50));
        dispatcher.start();
        actions = new ActionService(operator, new ActionRequests(operator, clock, EscalationMatrix.DEFAULT,
                Duration.ofHours(1)), engine.actionConnectors(), engine, db.audit(), dispatcher, clock);
        view = new ConsoleView(engine.feed(), actions, clock);
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(view::dispose);
        actions.close();
        dispatcher.close();
        engine.close();
        db.close();
        sim.close();
    }

    private Optional<Alert> critical() {
        return engine.feed().current().alerts().stream()
                .filter(a -> a.service().equals("checkout") && a.severity() == io.watchfloor.core.Severity.CRITICAL)
                .findFirst();
    }

    @Test
    void newCriticalToAcknowledgedUpstreamInTwoKeystrokes(FxRobot robot) {
        sim.control().fireAlert("checkout", "CheckoutErrorRateHigh", "critical");
        await().atMost(Duration.ofSeconds(10)).until(() -> critical().isPresent());
        robot.interact(() -> { }); // let the FX thread take the snapshot

        robot.type(KeyCode.C).type(KeyCode.A);

        await().atMost(Duration.ofSeconds(10)).until(() -> sim.ledger().entries().stream()
                .anyMatch(e -> e.path().equals("/api/v2/silences") && e.body().contains("Watchfloor Operator")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(critical().orElseThrow().acknowledgement())
                        .hasValueSatisfying(a -> assertThat(a.by()).isEqualTo("Watchfloor Operator")));
    }
}
