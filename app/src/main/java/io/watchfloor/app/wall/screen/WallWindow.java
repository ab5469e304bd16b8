package io.watchfloor.app.wall.screen;

import io.watchfloor.app.wall.WallView;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FX Application Thread only. One screen's window around a {@link WallView}.
 *
 * <p>Built hidden, with the board not yet in its scene: the board is put in when the window is first shown, so that
 * its CSS is matched once, against what it shows first, rather than when it is built and again for every change
 * made before it is shown (a cold start builds the window while the cached board is read, then hands it over).
 *
 * <p>As a window: placed on its screen, closing it ends the wall. In kiosk mode: undecorated and full screen on
 * its screen, no exit hint and no exit key (Escape does nothing), no cursor, close requests (Alt+F4, the window
 * manager) refused; only the {@link ExitChord} held for two seconds ends it. It survives display sleep: the
 * toolkit's implicit exit is off (no last-window-closed exit), a hidden, iconified or un-fullscreened window is
 * restored after a second, and when its screen disappears and comes back (a monitor that powers off its input
 * drops out of the screen list on many systems) the window is moved back onto it.
 */
final class WallWindow {
    private static final Logger LOG = LoggerFactory.getLogger(WallWindow.class);
    private static final Duration RESTORE_AFTER = Duration.seconds(1);

    private final WallView view;
    private final Stage stage;
    private final OptionalInt screen;
    private final boolean kiosk;
    private final Clock clock;
    private final Runnable onExit;
    private final ExitChord chord = new ExitChord();
    private final Timeline chordCheck;
    private final ListChangeListener<Screen> screensChanged = c -> place();
    private boolean closing;

    /**
     * @param view    the wall for this screen
     * @param screen  the screen, counted from 1; empty for the primary
     * @param options kiosk, full screen, window size
     * @param title   the window title
     * @param clock   time for the exit chord
     * @param onExit  called once when the wall is to end (window closed, or the kiosk exit chord)
     */
    WallWindow(WallView view, OptionalInt screen, WallOptions options, String title, Clock clock, Runnable onExit) {
        this.view = Objects.requireNonNull(view, "view");
        this.screen = screen;
        this.kiosk = options.kiosk();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onExit = Objects.requireNonNull(onExit, "onExit");
        stage = new Stage(kiosk ? StageStyle.UNDECORATED : StageStyle.DECORATED);
        stage.setTitle(title);
        Rectangle2D bounds = screen().getVisualBounds();
        double w = kiosk ? screen().getBounds().getWidth() : Math.min(options.width(), bounds.getWidth());
        double h = kiosk ? screen().getBounds().getHeight() : Math.min(options.height(), bounds.getHeight());
        // The board joins the scene when the window is first shown: a node in a scene has its CSS matched at once,
        // and the board still changes before then (a cold start hands it the cached board after building it).
        Scene scene = new Scene(new Group(), w, h);
        stage.setScene(scene);
        chordCheck = new Timeline(new KeyFrame(Duration.millis(200), e -> checkChord()));
        chordCheck.setCycleCount(Animation.INDEFINITE);
        if (kiosk) {
            lockDown(scene);
        } else {
            stage.setFullScreen(options.fullscreen());
            stage.setOnHidden(e -> exit());
        }
        place();
    }

    private void lockDown(Scene scene) {
        scene.setCursor(Cursor.NONE);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.setOnCloseRequest(WindowEvent::consume);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            chord.pressed(e.getCode(), e.isControlDown(), e.isShiftDown(), clock.instant());
            checkChord();
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> chord.released(e.getCode()));
        chordCheck.play();
        stage.iconifiedProperty().addListener((o, was, now) -> {
            if (now) {
                later(() -> stage.setIconified(false), "de-iconified");
            }
        });
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now) {
                later(() -> stage.setFullScreen(true), "back to full screen");
            }
        });
        stage.setOnHidden(e -> later(() -> {
            place();
            stage.show();
        }, "shown again"));
        Screen.getScreens().addListener(screensChanged);
    }

    /** Runs {@code restore} a second later unless the wall is closing; a timer, so no runLater outside app.fx. */
    private void later(Runnable restore, String what) {
        PauseTransition wait = new PauseTransition(RESTORE_AFTER);
        wait.setOnFinished(e -> {
            if (!closing) {
                LOG.info("kiosk window on screen {} {}", screenLabel(), what);
                restore.run();
            }
        });
        wait.play();
    }

    /** Puts the window on its screen (again): full screen uses the screen the window is on. */
    private void place() {
        if (closing) {
            return;
        }
        Screen target = screen();
        Rectangle2D b = kiosk ? target.getBounds() : target.getVisualBounds();
        double w = Math.min(stage.getScene().getWidth(), b.getWidth());
        double h = Math.min(stage.getScene().getHeight(), b.getHeight());
        stage.setX(kiosk ? b.getMinX() : b.getMinX() + (b.getWidth() - w) / 2);
        stage.setY(kiosk ? b.getMinY() : b.getMinY() + (b.getHeight() - h) / 2);
        if (kiosk && !stage.isFullScreen() && stage.isShowing()) {
            stage.setFullScreen(true);
        }
    }

    /** The configured screen if it is connected, else the primary one. */
    private Screen screen() {
        List<Screen> screens = Screen.getScreens();
        if (screen.isPresent() && screen.getAsInt() <= screens.size()) {
            return screens.get(screen.getAsInt() - 1);
        }
        return Screen.getPrimary();
    }

    private String screenLabel() {
        return screen.isPresent() ? Integer.toString(screen.getAsInt()) : "primary";
    }

    /** Ends the wall when the kiosk exit chord has been held long enough. */
    void checkChord() {
        if (chord.complete(clock.instant())) {
            LOG.info("kiosk exit chord held on screen {}: leaving", screenLabel());
            exit();
        }
    }

    private void exit() {
        if (!closing) {
            onExit.run();
        }
    }

    void show() {
        if (stage.getScene().getRoot() != view.root()) {
            stage.getScene().setRoot(view.root());
        }
        stage.show();
        place();
    }

    /** Closes the window for good. Idempotent. */
    void close() {
        if (closing) {
            return;
        }
        closing = true;
        chordCheck.stop();
        Screen.getScreens().removeListener(screensChanged);
        stage.setOnHidden(null);
        stage.hide();
        view.dispose();
    }

    Stage stage() {
        return stage;
    }

    WallView view() {
        return view;
    }

    ExitChord chord() {
        return chord;
    }
}
