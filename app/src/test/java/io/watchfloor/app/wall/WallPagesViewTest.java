package io.watchfloor.app.wall;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.core.BoardState;
import io.watchfloor.engine.config.ConfigLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two configured pages in a headless window: rotation, interruption by a new critical with its flash and alarm
 * line, resumption after the acknowledgement arrives from upstream, the keys, and the new tiles.
 */
@ExtendWith(ApplicationExtension.class)
class WallPagesViewTest {
    static final String CONFIG = """
            sources: [{ id: am, type: alertmanager, url: "http://127.0.0.1:9093" }]
            wall:
              pages:
                - name: overview
                  dwell: 30s
                  layout: 3x1
                  tiles: [services, alerts, clock]
                - name: people
                  dwell: 20s
                  layout: 2x2
                  tiles: [incidents, cost, acks, oncall]
              onCall:
                - { role: Incident commander, name: Priya Shah, contact: "+31 20 555 0101" }
            """;

    private final MutableClock clock = new MutableClock(NOW, ZONE);
    /** The realistic board with every critical acknowledged: nothing holds the rotation. */
    private final BoardState quiet = acknowledgeCriticals(BoardFixtures.realistic(NOW));
    private final TestBoardFeed feed = new TestBoardFeed(quiet);
    private WallView view;

    @Start
    void start(Stage stage) throws Exception {
        WallConfig config = WallConfig.parse(ConfigLoader.parse(CONFIG, "watchfloor.yaml", null).wall(),
                "watchfloor.yaml");
        view = new WallView(feed, clock, config, Runnable::run);
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
    }

    static BoardState acknowledgeCriticals(BoardState b) {
        return BoardFixtures.withVersion(PageRotationTest.withAcknowledgement(b, "priya", "CheckoutErrorRate",
                "PaymentsProbeFailing"), b.version());
    }

    private void publish(BoardState state) {
        feed.publish(state);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void after(FxRobot robot, Duration d) {
        clock.advance(d);
        robot.interact(view::tick);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void thePagesRotateEachAfterItsOwnDwell(FxRobot robot) {
        assertThat(view.currentPage()).isEqualTo("overview");
        assertThat(shown(robot, "#tile-services")).isTrue();
        assertThat(robot.lookup("#tile-acks").tryQuery()).isEmpty();
        assertThat(text(robot, "#page-indicator")).isEqualTo("OVERVIEW \u00b7 1/2");

        after(robot, Duration.ofSeconds(30));

        assertThat(view.currentPage()).isEqualTo("people");
        assertThat(shown(robot, "#tile-acks")).isTrue();
        assertThat(robot.lookup("#tile-services").tryQuery()).isEmpty();
        assertThat(text(robot, "#page-indicator")).isEqualTo("PEOPLE \u00b7 2/2");
        after(robot, Duration.ofSeconds(20));
        assertThat(view.currentPage()).isEqualTo("overview");
    }

    @Test
    void aNewCriticalInterruptsFlashesItsTilesAndHoldsUntilAcknowledgedThenRotationResumes(FxRobot robot)
            throws Exception {
        after(robot, Duration.ofSeconds(30));
        assertThat(view.currentPage()).isEqualTo("people");
        assertThat(shown(robot, "#alarm")).isFalse();

        BoardState critical = BoardFixtures.withVersion(BoardFixtures.realistic(NOW), 50);
        publish(critical);

        assertThat(view.currentPage()).isEqualTo("overview");
        assertThat(shown(robot, "#alarm")).isTrue();
        assertThat(text(robot, "#alarm-text"))
                .startsWith("NEW CRITICAL \u00b7 CheckoutErrorRate on Checkout \u00b7 not acknowledged for 0s")
                .contains("+1 more");
        Node alerts = robot.lookup("#tile-alerts").query();
        Node cell = robot.lookup("#service-checkout").query();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> FlashRing.isOn(alerts)
                && FlashRing.isOn(cell) && FlashRing.isOn(robot.lookup("#alarm").query()));
        robot.push(KeyCode.RIGHT);
        after(robot, Duration.ofMinutes(10));
        assertThat(view.currentPage()).as("held: neither the dwell nor a key moves it").isEqualTo("overview");
        assertThat(text(robot, "#alarm-text")).contains("not acknowledged for 10m00s");

        publish(BoardFixtures.withVersion(acknowledgeCriticals(critical), 51));

        assertThat(shown(robot, "#alarm")).isFalse();
        assertThat(FlashRing.isOn(alerts)).isFalse();
        assertThat(FlashRing.isOn(cell)).isFalse();
        after(robot, Duration.ofSeconds(29));
        assertThat(view.currentPage()).isEqualTo("overview");
        after(robot, Duration.ofSeconds(1));
        assertThat(view.currentPage()).isEqualTo("people");
    }

    @Test
    void theFlashBlinksOnlyTheHeldServicesRingsAndNeverSwitchesAStyleClass(FxRobot robot) throws Exception {
        publish(BoardFixtures.withVersion(BoardFixtures.realistic(NOW), 50));
        Node alerts = robot.lookup("#tile-alerts").query();
        Node services = robot.lookup("#tile-services").query();
        Node alarm = robot.lookup("#alarm").query();
        Node held = robot.lookup("#service-checkout").query();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> FlashRing.isOn(held));
        AtomicInteger classChanges = new AtomicInteger();
        List<Node> watched = new ArrayList<>(List.of(alerts, services, alarm));
        watched.addAll(robot.lookup(".wf-cell").queryAll());
        robot.interact(() -> watched.forEach(n -> n.getStyleClass().addListener(
                (ListChangeListener<String>) c -> classChanges.incrementAndGet())));

        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !FlashRing.isOn(held));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> FlashRing.isOn(held));

        AtomicReference<List<Node>> lit = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            if (FlashRing.isOn(held)) { // read in one go on the FX thread: a beat cannot fall in between
                lit.set(watched.stream().filter(FlashRing::isOn).toList());
            }
            return lit.get() != null;
        }).get());

        assertThat(lit.get()).as("only the alarm, the two tiles and the held service's cell flash")
                .containsExactlyInAnyOrder(alerts, services, alarm, held);
        assertThat(robot.lookup("#tile-clock").query().getProperties()).doesNotContainKey("wf-flash-ring");
        assertThat(classChanges).as("a beat changes opacity only").hasValue(0);
    }

    @Test
    void keysPageByHandPauseAndMute(FxRobot robot) {
        robot.push(KeyCode.RIGHT);
        assertThat(view.currentPage()).isEqualTo("people");
        robot.push(KeyCode.DIGIT1);
        assertThat(view.currentPage()).isEqualTo("overview");

        robot.push(KeyCode.P);
        assertThat(shown(robot, "#paused-mark")).isTrue();
        after(robot, Duration.ofMinutes(5));
        assertThat(view.currentPage()).isEqualTo("overview");

        assertThat(shown(robot, "#muted-mark")).isFalse();
        robot.push(KeyCode.M);
        assertThat(view.mutedProperty().get()).isTrue();
        assertThat(shown(robot, "#muted-mark")).isTrue();
    }

    @Test
    void theNewTilesShowCostIncidentsAcknowledgementsOnCallAndTheAgeOfTheirData(FxRobot robot) {
        publish(BoardFixtures.withVersion(quiet, 60));
        after(robot, Duration.ofMinutes(2));
        robot.push(KeyCode.DIGIT2);
        assertThat(view.currentPage()).isEqualTo("people");

        assertThat(text(robot, "#cost-checkout-outage")).isEqualTo(new MoneyFormat(
                java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).format(
                java.math.BigDecimal.valueOf(240), "EUR"));
        assertThat(text(robot, "#ticker-number-0")).isEqualTo("INC0012071");
        assertThat(text(robot, "#tile-incidents-summary")).isEqualTo("5 open \u00b7 2 P1");
        assertThat(text(robot, "#tile-incidents-age")).isEqualTo("snow data 6m12s old");
        assertThat(text(robot, "#tile-acks-age")).as("alertmanager polls every 5 s").isEqualTo("am data 2m02s old");
        assertThat(robot.lookup("#tile-oncall-age").tryQuery()).as("the rota needs no source").isEmpty();
        assertThat(text(robot, "#ack-by-0")).startsWith("by priya \u00b7 since 03:14");
        assertThat(text(robot, "#oncall-name-0")).isEqualTo("Priya Shah");
    }


}
