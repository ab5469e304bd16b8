package io.watchfloor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.Priority;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole read path on real HTTP: simulator wire formats -> connectors -> engine -> snapshot. */
class EngineAgainstSimulatorTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
    private Simulator sim;
    private Engine engine;

    @BeforeEach
    void start() throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED));
        String url = sim.baseUrl().toString();
        Duration fast = Duration.ofMillis(100);
        WatchfloorConfig config = new WatchfloorConfig(List.of(
                SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, url, fast),
                SourceConfig.simple(SourceId.of("prom"), SourceKind.PROMETHEUS, url, fast),
                SourceConfig.simple(SourceId.of("snow"), SourceKind.SERVICENOW, url, fast)),
                sim.estate().services());
        OkHttpClient http = Connectors.sharedClient();
        engine = Engines.fromConfig(config, http, clock, name -> Optional.empty());
        engine.start();
    }

    @AfterEach
    void stop() {
        engine.close();
        sim.close();
    }

    @Test
    void quietEstateIsAllUpWithEverySourceLive() throws Exception {
        BoardState s = engine.awaitFirstRead(Duration.ofSeconds(10));

        assertThat(s.sources()).allSatisfy(h -> assertThat(h.freshness(clock.instant())).isEqualTo(Freshness.LIVE));
        assertThat(s.services()).hasSize(sim.estate().services().size())
                .allSatisfy(v -> assertThat(v.status()).isEqualTo(ServiceStatus.UP));
        assertThat(s.firingCounts().get(Severity.CRITICAL)).isZero();
        assertThat(s.service("checkout").orElseThrow().availability(Duration.ofHours(24))).isPresent();
    }

    @Test
    void outageTakesTheServiceDownOpensAP1WithDeskClocksAndRecoveryResolvesIt() throws Exception {
        engine.awaitFirstRead(Duration.ofSeconds(10));

        sim.control().startOutage("checkout");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            BoardState s = engine.feed().current();
            assertThat(s.service("checkout").orElseThrow().status()).isEqualTo(ServiceStatus.DOWN);
            assertThat(s.firingCounts().get(Severity.CRITICAL)).isPositive();
            assertThat(s.incidents()).filteredOn(i -> i.service().equals("checkout")).singleElement().satisfies(p1 -> {
                assertThat(p1.priority()).isEqualTo(Priority.P1);
                assertThat(p1.clocks()).isNotEmpty().allSatisfy(c -> assertThat(c.origin()).isEqualTo(ClockOrigin.DESK));
            });
        });

        sim.control().endOutage("checkout");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            BoardState s = engine.feed().current();
            assertThat(s.service("checkout").orElseThrow().status()).isEqualTo(ServiceStatus.UP);
            assertThat(s.alerts()).filteredOn(a -> a.service().equals("checkout"))
                    .isNotEmpty().allSatisfy(a -> assertThat(a.state()).isEqualTo(AlertState.RESOLVED));
            assertThat(s.incidents()).noneMatch(i -> i.service().equals("checkout"));
        });
    }

    @Test
    void simulatorGoingAwayMarksEverySourceFailingButKeepsTheBoard() throws Exception {
        engine.awaitFirstRead(Duration.ofSeconds(10));
        sim.control().fireAlert("search", "SearchLatencyHigh", "major");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                engine.feed().current().alerts().stream().anyMatch(Alert::firing));

        sim.close();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            BoardState s = engine.feed().current();
            assertThat(s.sources()).allSatisfy(h -> assertThat(h.consecutiveFailures()).isPositive());
            assertThat(s.firingCounts().get(Severity.MAJOR)).as("last known alerts stay").isEqualTo(1);
        });
    }
}
