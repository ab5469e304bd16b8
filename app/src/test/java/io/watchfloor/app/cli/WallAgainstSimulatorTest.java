package io.watchfloor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.app.wall.WallView;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real board, fed by the real engine reading the simulator over HTTP: what the simulator serves is what shows. */
@ExtendWith(ApplicationExtension.class)
class WallAgainstSimulatorTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    private Simulator sim;
    private Engine engine;
    private WallView view;

    @Start
    void start(Stage stage) throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED));
        String url = sim.baseUrl().toString();
        Duration fast = Duration.ofMillis(100);
        WatchfloorConfig config = new WatchfloorConfig(List.of(
                SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, url, fast),
                SourceConfig.simple(SourceId.of("prom"), SourceKind.PROMETHEUS, url, fast),
                SourceConfig.simple(SourceId.of("snow"), SourceKind.SERVICENOW, url, fast)),
                sim.estate().services());
        engine = Engines.fromConfig(config, Connectors.sharedClient(), clock, name -> Optional.empty());
        engine.start();
        view = new WallView(engine.feed(), clock);
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(view::dispose);
        engine.close();
        sim.close();
    }

    /** Reads the scene on the FX thread: the board changes under a reader on any other thread. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static List<String> styles(FxRobot robot, String query) throws Exception {
        return onFx(() -> List.copyOf(robot.lookup(query).query().getStyleClass()));
    }

    @Test
    void anOutageInTheSimulatorShowsOnTheBoardAndClearsWhenItEnds(FxRobot robot) throws Exception {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(styles(robot, "#service-checkout")).contains("wf-status-up"));
        assertThat(text(robot, "#severity-critical-count")).isEqualTo("0");

        sim.control().startOutage("checkout");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(styles(robot, "#service-checkout")).contains("wf-status-down");
            assertThat(onFx(() -> robot.from(robot.lookup("#service-checkout").<javafx.scene.Node>query()).lookup(".wf-cell-status")
                    .queryAs(Label.class).getText())).isEqualTo("DOWN");
            assertThat(Integer.parseInt(text(robot, "#severity-critical-count"))).isPositive();
        });

        sim.control().endOutage("checkout");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(styles(robot, "#service-checkout")).contains("wf-status-up");
            assertThat(text(robot, "#severity-critical-count")).isEqualTo("0");
        });
    }
}
