package io.watchfloor.app.wall.screen;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.app.wall.config.WallConfig;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The cold start's two steps: windows built ({@link WallWindows#prepare}) while the cached board is still being
 * read stay hidden until {@link WallWindows#show()}, so that nothing is on screen before that board; their boards
 * join their scenes only then, so that CSS is matched once, against the board the windows first show.
 */
@ExtendWith(ApplicationExtension.class)
class PreparedWallWindowsTest {
    private final TestBoardFeed feed = new TestBoardFeed(BoardFixtures.calm(NOW));
    private final AtomicInteger exits = new AtomicInteger();
    private WallWindows windows;

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

    @Test
    void preparedWindowsAreHiddenUntilShown(FxRobot robot) {
        robot.interact(() -> windows = WallWindows.prepare(feed, new MutableClock(NOW, ZONE), WallConfig.defaults(),
                WallOptions.window(), "Watchfloor test", exits::incrementAndGet,
                new WallWindowsTest.CountingPlayer()));

        assertThat(windows.windows()).isNotEmpty();
        assertThat(windows.windows()).noneMatch(w -> w.stage().isShowing());
        assertThat(feed.subscribers()).isPositive();

        robot.interact(windows::show);

        assertThat(windows.windows()).allMatch(w -> w.stage().isShowing());
        assertThat(exits).hasValue(0);
    }

    @Test
    void theBoardJoinsItsWindowsSceneWhenShownSoItsCssIsMatchedOnce(FxRobot robot) {
        robot.interact(() -> windows = WallWindows.prepare(feed, new MutableClock(NOW, ZONE), WallConfig.defaults(),
                WallOptions.window(), "Watchfloor test", exits::incrementAndGet,
                new WallWindowsTest.CountingPlayer()));

        assertThat(windows.views()).allMatch(v -> v.root().getScene() == null);

        robot.interact(windows::show);

        assertThat(windows.windows()).allMatch(w -> w.stage().getScene().getRoot() == w.view().root());
    }
}
