package io.watchfloor.app.wall;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Service;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.SourceKind;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.Animation;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wall board in a headless window, fed by hand and driven by a hand-moved clock. */
@ExtendWith(ApplicationExtension.class)
class WallViewTest {
    private final MutableClock clock = new MutableClock(NOW, ZONE);
    private final TestBoardFeed feed = new TestBoardFeed(BoardFixtures.realistic(NOW));
    private WallView view;

    @Start
    void start(Stage stage) {
        view = new WallView(feed, clock, WallConfig.defaults(), Runnable::run);
        // 16:9 within Monocle's default 1280x800 headless screen (a larger window overflows its framebuffer)
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Publishes from this thread, as the engine does from its own, and waits for the FX thread to show it. */
    private void publish(BoardState state) {
        feed.publish(state);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheCriticalCountOfTheSnapshotAndFlagsUnacknowledgedOnes(FxRobot robot) {
        BoardState board = BoardFixtures.realistic(NOW);

        assertThat(text(robot, "#severity-critical-count"))
                .isEqualTo(Integer.toString(board.firingCounts().get(Severity.CRITICAL)));
        assertThat(text(robot, "#severity-critical-unack")).isEqualTo("2 unacknowledged");
        assertThat(robot.lookup("#severity-critical").query().getStyleClass()).contains("wf-alarm");
        assertThat(text(robot, "#severity-info-count")).isEqualTo("12");

        publish(new BoardBuilder(NOW).version(43).service("checkout", ServiceStatus.UP, "ok")
                .alert(Severity.CRITICAL, "checkout", "CheckoutErrorRate", true).build());

        assertThat(text(robot, "#severity-critical-count")).isEqualTo("1");
        assertThat(robot.lookup("#severity-critical").query().getStyleClass()).doesNotContain("wf-alarm");
        assertThat(robot.lookup("#severity-info").query().getStyleClass()).contains("wf-zero");
    }

    @Test
    void aServiceGoingDownTurnsItsCellAndTheHeadlineDown(FxRobot robot) {
        Node cell = robot.lookup("#service-kafka").query();
        assertThat(cell.getStyleClass()).contains("wf-status-up");

        BoardBuilder b = new BoardBuilder(NOW).version(43);
        for (Service s : BoardFixtures.catalog()) {
            b.service(s, s.name().equals("kafka") ? ServiceStatus.DOWN : ServiceStatus.UP,
                    s.name().equals("kafka") ? "critical: KafkaUnderReplicated" : "ok");
        }
        publish(b.build());

        Node down = robot.lookup("#service-kafka").query();
        assertThat(down.getStyleClass()).contains("wf-status-down").doesNotContain("wf-status-up");
        assertThat(robot.from(down).lookup(".wf-cell-status").queryAs(Label.class).getText()).isEqualTo("DOWN");
        assertThat(robot.from(down).lookup(".wf-cell-reason").queryAs(Label.class).getText())
                .isEqualTo("critical: KafkaUnderReplicated");
        assertThat(text(robot, "#headline")).isEqualTo("1 service DOWN \u00b7 Kafka");
        assertThat(robot.lookup(".wf-header").query().getStyleClass()).contains("wf-status-down");
    }

    @Test
    void aNewSnapshotThatChangesNothingTouchesNoNodeWhileAChangedOneDoes(FxRobot robot) {
        AtomicInteger changes = new AtomicInteger();
        InvalidationListener count = o -> changes.incrementAndGet();
        Tile services = robot.lookup("#tile-services").queryAs(Tile.class);
        robot.interact(() -> {
            view.viewModel().servicesProperty().addListener(count);
            ((Parent) services.getGraphic()).getChildrenUnmodifiable().addListener(count);
            for (Node cell : robot.lookup(".wf-cell").queryAll()) {
                cell.getStyleClass().addListener(count);
                cell.idProperty().addListener(count);
            }
            for (Node label : robot.lookup(".wf-cell-name").queryAll()) {
                ((Label) label).textProperty().addListener(count);
            }
            services.textProperty().addListener(count);
            robot.lookup("#headline").queryAs(Label.class).textProperty().addListener(count);
            robot.lookup("#severity-critical-count").queryAs(Label.class).textProperty().addListener(count);
        });
        BoardState same = feed.current();

        publish(BoardFixtures.withVersion(same, same.version() + 1));

        assertThat(changes).as("an equal board sets no list, class, id or text").hasValue(0);
        BoardBuilder b = new BoardBuilder(NOW).version(same.version() + 2);
        for (Service s : BoardFixtures.catalog()) {
            b.service(s, s.name().equals("kafka") ? ServiceStatus.DOWN : ServiceStatus.UP, "ok");
        }
        publish(b.build());
        assertThat(changes.get()).as("a changed board does reach the nodes").isPositive();
        assertThat(text(robot, "#headline")).isEqualTo("1 service DOWN \u00b7 Kafka");
    }

    @Test
    void anSlaTimerCountsDownWithTheClockAndShowsBreachedPastItsBreachTime(FxRobot robot) {
        publish(new BoardBuilder(NOW).version(43).incident(BoardFixtures.incident("INC0099001",
                "Checkout down", "checkout", Priority.P1, NOW, BoardFixtures.running("P1 response (15m)",
                        SlaKind.RESPONSE, ClockOrigin.DESK, Duration.ofMinutes(15),
                        Duration.ofMinutes(15).minusSeconds(10), NOW))).build());
        assertThat(text(robot, "#sla-remaining-0")).isEqualTo("00:00:10");
        assertThat(text(robot, "#sla-origin-0")).isEqualTo("DESK");

        clock.advance(Duration.ofSeconds(3));
        robot.interact(view::tick);
        assertThat(text(robot, "#sla-remaining-0")).isEqualTo("00:00:07");

        clock.advance(Duration.ofSeconds(10));
        robot.interact(view::tick);
        assertThat(text(robot, "#sla-remaining-0")).isEqualTo("BREACHED +00:03");
        assertThat(robot.lookup("#sla-row-0").query().getStyleClass()).contains("wf-urgency-breached");
        assertThat(robot.lookup("#tile-sla-summary").queryAs(Label.class).getText()).isEqualTo("1 breached");
    }

    @Test
    void theOneSecondTimelineAdvancesTheCountdownFromTheInjectedClock(FxRobot robot) throws Exception {
        assertThat(view.ticker().getStatus()).isEqualTo(Animation.Status.RUNNING);
        assertThat(text(robot, "#sla-remaining-1")).isEqualTo("00:02:20");

        clock.advance(Duration.ofSeconds(60));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "00:01:20".equals(text(robot, "#sla-remaining-1")));
    }

    @Test
    void aStaleOrOfflineSourceShowsInTheFreshnessTileAndTheBanner(FxRobot robot) {
        assertThat(text(robot, "#source-snow-state")).isEqualTo("STALE");
        assertThat(text(robot, "#source-snow-age")).isEqualTo("4m12s old");
        assertThat(robot.lookup("#banner").query().isVisible()).isTrue();
        assertThat(text(robot, "#banner-text")).startsWith("servicenow 'snow' STALE");
        assertThat(contentDimmed(robot, "#tile-sla")).as("fed by the stale desk").isTrue();
        assertThat(contentDimmed(robot, "#tile-alerts")).as("fed by the live Alertmanager").isFalse();

        publish(new BoardBuilder(NOW).version(43)
                .source(BoardFixtures.live("am", SourceKind.ALERTMANAGER, Duration.ofSeconds(5), Duration.ZERO, NOW))
                .source(BoardFixtures.offline("snow", SourceKind.SERVICENOW, Duration.ofSeconds(30),
                        "connection refused", NOW))
                .build());

        assertThat(text(robot, "#source-snow-state")).isEqualTo("OFFLINE");
        assertThat(robot.lookup("#source-snow").query().getStyleClass()).contains("wf-fresh-offline");
        assertThat(text(robot, "#source-am-state")).isEqualTo("LIVE");
        assertThat(text(robot, "#banner-text"))
                .isEqualTo("servicenow 'snow' OFFLINE \u00b7 no data since start \u00b7 down since 03:14 \u00b7 connection refused");
        assertThat(robot.lookup("#banner").query().getStyleClass()).contains("wf-fresh-offline");

        publish(BoardFixtures.withVersion(BoardFixtures.calm(NOW), 44));
        assertThat(robot.lookup("#banner").query().isVisible()).isFalse();
        assertThat(contentDimmed(robot, "#tile-sla")).as("lit again with fresh data").isFalse();
    }

    /** Whether a tile's content (not its header) is dimmed as showing data that is not current. */
    private static boolean contentDimmed(FxRobot robot, String tileId) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                eu.hansolo.tilesfx.Tile tile = robot.lookup(tileId).queryAs(eu.hansolo.tilesfx.Tile.class);
                return tile.getGraphic() != null && tile.getGraphic().getOpacity() < 1;
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read " + tileId + " on the FX thread", e);
        }
    }

    @Test
    void disposeStopsTheTimelineAndTheClockTileAndUnsubscribes(FxRobot robot) {
        assertThat(feed.subscribers()).isEqualTo(1);

        robot.interact(view::dispose);

        assertThat(view.ticker().getStatus()).isEqualTo(Animation.Status.STOPPED);
        assertThat(view.clockTile().isRunning()).isFalse();
        assertThat(feed.subscribers()).isZero();
        publish(new BoardBuilder(NOW).version(99).alert(Severity.CRITICAL, "x", "Late", false).build());
        assertThat(text(robot, "#severity-critical-count")).isEqualTo("3");
    }
}
