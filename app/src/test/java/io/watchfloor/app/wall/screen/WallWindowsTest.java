package io.watchfloor.app.wall.screen;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.app.theme.ThemeName;
import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.app.wall.config.ScreenSpec;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.app.wall.sound.ClipPlayer;
import io.watchfloor.core.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The windows the wall command opens, headless: kiosk settings on the stage, refused close requests, the exit
 * chord, one window per connected configured screen, and the one alarm sound for all of them. (Headless Monocle
 * has a single 1280x800 screen and no window manager: that a second monitor really gets its window, that the
 * cursor really disappears and that the window survives a real display sleep can only be seen on hardware.)
 */
@ExtendWith(ApplicationExtension.class)
class WallWindowsTest {
    private final MutableClock clock = new MutableClock(NOW, ZONE);
    private final TestBoardFeed feed = new TestBoardFeed(BoardFixtures.calm(NOW));
    private final AtomicInteger exits = new AtomicInteger();
    private final CountingPlayer player = new CountingPlayer();
    private WallWindows windows;

    /** Counts what it is asked to play. */
    static final class CountingPlayer implements ClipPlayer {
        final AtomicInteger plays = new AtomicInteger();

        @Override
        public void play() {
            plays.incrementAndGet();
        }

        @Override
        public void close() {
        }
    }

    @Start
    void start(Stage stage) {
        // the toolkit is what the extension starts; the wall opens its own windows
    }

    @AfterEach
    void close(FxRobot robot) {
        if (windows != null) {
            robot.interact(windows::close);
        }
    }

    private void open(FxRobot robot, WallConfig config, WallOptions options) {
        robot.interact(() -> windows = WallWindows.open(feed, clock, config, options, "Watchfloor test",
                exits::incrementAndGet, player));
    }

    private static WallOptions kiosk() {
        return new WallOptions(true, false, 1280, 720, OptionalInt.empty(), List.of(), Optional.of(ThemeName.LIGHT),
                false);
    }

    @Test
    void kioskIsUndecoratedFullScreenWithoutCursorExitHintOrExitKeyAndRefusesToClose(FxRobot robot) {
        open(robot, WallConfig.defaults(), kiosk());
        WallWindow window = windows.windows().get(0);
        Stage stage = window.stage();

        assertThat(stage.getStyle()).isEqualTo(StageStyle.UNDECORATED);
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getFullScreenExitHint()).isEmpty();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        assertThat(stage.getScene().getCursor()).isEqualTo(Cursor.NONE);
        assertThat(window.view().theme()).isEqualTo(ThemeName.LIGHT);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(exits).hasValue(0);
    }

    @Test
    void onlyCtrlShiftQHeldForTwoSecondsLeavesTheKiosk(FxRobot robot) {
        open(robot, WallConfig.defaults(), kiosk());
        WallWindow window = windows.windows().get(0);
        Stage stage = window.stage();

        robot.interact(() -> stage.getScene().getRoot().fireEvent(key(KeyEvent.KEY_PRESSED, KeyCode.Q, true, true)));
        clock.advance(Duration.ofMillis(1500));
        robot.interact(window::checkChord);
        assertThat(exits).hasValue(0);

        clock.advance(Duration.ofMillis(500));
        robot.interact(window::checkChord);
        assertThat(exits).hasValue(1);
    }

    @Test
    void aKioskWindowThatLeavesFullScreenGoesBackToIt(FxRobot robot) {
        open(robot, WallConfig.defaults(), kiosk());
        Stage stage = windows.windows().get(0).stage();

        robot.interact(() -> stage.setFullScreen(false));

        await().atMost(Duration.ofSeconds(5)).until(stage::isFullScreen);
        assertThat(exits).hasValue(0);
    }

    @Test
    void eachConnectedConfiguredScreenGetsAWindowWithItsPages(FxRobot robot) {
        WallConfig twoScreens = twoPageConfig();

        open(robot, twoScreens, WallOptions.window());

        assertThat(windows.views()).hasSize(1).first()
                .satisfies(v -> assertThat(v.currentPage()).isEqualTo("board"));
        assertThat(windows.windows().get(0).stage().getStyle()).isEqualTo(StageStyle.DECORATED);
        robot.interact(() -> windows.windows().get(0).stage().hide());
        assertThat(exits).as("closing a window ends the wall").hasValue(1);
    }

    @Test
    void oneAlarmForAllScreensSoundsOnANewCriticalRepeatsAndTheMuteKeyStopsIt(FxRobot robot) {
        open(robot, WallConfig.defaults(), WallOptions.window());

        feed.publish(new BoardBuilder(NOW).version(10).alert(Severity.CRITICAL, "checkout", "CheckoutDown", false)
                .build());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(player.plays).hasValue(1);

        clock.advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> player.plays.get() == 2);

        robot.interact(() -> windows.views().get(0).mutedProperty().set(true));
        assertThat(windows.sound().mutedProperty().get()).as("the M key of any screen mutes the one alarm").isTrue();
        clock.advance(Duration.ofMinutes(5));
        feed.publish(new BoardBuilder(NOW).version(11).alert(Severity.CRITICAL, "checkout", "CheckoutDown", false)
                .alert(Severity.CRITICAL, "cart", "CartDown", false).build());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(player.plays).as("muted: not even a new critical").hasValue(2);

        robot.interact(() -> windows.views().get(0).mutedProperty().set(false));
        await().atMost(Duration.ofSeconds(5)).until(() -> player.plays.get() == 3);
    }

    private WallConfig twoPageConfig() {
        WallConfig base = WallConfig.defaults();
        PageSpec board = base.pages().get(0);
        PageSpec other = new PageSpec("other", board.dwell(), board.layout(), board.tiles(), board.filter());
        return new WallConfig(base.theme(), base.dwell(), List.of(board, other),
                List.of(new ScreenSpec(1, List.of("board")), new ScreenSpec(2, List.of("other"))), base.sound(),
                List.of(), base.expiryWarning(), 1.0);
    }

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, KeyCode code, boolean control, boolean shift) {
        return new KeyEvent(type, "", "", code, shift, control, false, false);
    }
}
