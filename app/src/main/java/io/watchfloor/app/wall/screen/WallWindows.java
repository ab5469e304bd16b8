package io.watchfloor.app.wall.screen;

import io.watchfloor.app.theme.ThemeName;
import io.watchfloor.app.wall.WallView;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.app.wall.sound.AlarmSound;
import io.watchfloor.app.wall.sound.ClipPlayer;
import io.watchfloor.app.wall.sound.SampledClipPlayer;
import io.watchfloor.engine.BoardFeed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FX Application Thread only: open, use and close it there. Everything the {@code wall} command puts on screen:
 * one {@link WallWindow} per screen of the {@link ScreenPlan} (one process can drive several screens, each with its
 * own pages and rotation), and one {@link AlarmSound} for all of them, whose mute the M key on any screen flips.
 */
public final class WallWindows implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WallWindows.class);

    private final List<WallWindow> windows = new ArrayList<>();
    private final AlarmSound sound;
    private final AtomicBoolean closed = new AtomicBoolean();
    private String shown = "";

    private WallWindows(AlarmSound sound) {
        this.sound = sound;
    }

    /**
     * Opens the windows.
     *
     * @param feed    the board
     * @param clock   the wall's clock
     * @param config  the {@code wall:} config
     * @param options the command line's choices, which win over the config's
     * @param title   window title
     * @param onExit  called once when the wall is to end: a window was closed, or the kiosk exit chord held
     * @throws IllegalArgumentException for a screen or page that does not exist
     */
    public static WallWindows open(BoardFeed feed, Clock clock, WallConfig config, WallOptions options, String title,
                                   Runnable onExit) {
        WallWindows all = prepare(feed, clock, config, options, title, onExit);
        all.show();
        return all;
    }

    /**
     * Builds the windows as {@link #open} does but does not show them yet: a cold start builds them while the
     * cached board is still being read, and shows them ({@link #show()}) once it is on the feed, so that the first
     * frame has it. Parameters and failures as {@link #open}.
     */
    public static WallWindows prepare(BoardFeed feed, Clock clock, WallConfig config, WallOptions options,
                                      String title, Runnable onExit) {
        return prepare(feed, clock, config, options, title, onExit,
                new SampledClipPlayer(SampledClipPlayer.ALARM_RESOURCE));
    }

    static WallWindows open(BoardFeed feed, Clock clock, WallConfig config, WallOptions options, String title,
                            Runnable onExit, ClipPlayer player) {
        WallWindows all = prepare(feed, clock, config, options, title, onExit, player);
        all.show();
        return all;
    }

    static WallWindows prepare(BoardFeed feed, Clock clock, WallConfig config, WallOptions options,
                               String title, Runnable onExit, ClipPlayer player) {
        Objects.requireNonNull(onExit, "onExit");
        ThemeName theme = options.theme().orElse(config.theme());
        WallConfig themed = config.withTheme(theme);
        ScreenPlan.Plan plan = ScreenPlan.plan(themed, options.screen(), options.pages(), Screen.getScreens().size());
        plan.warnings().forEach(w -> LOG.warn("{}", w));
        WallWindows all = new WallWindows(new AlarmSound(feed, clock, config.sound(), player, options.mute()));
        AtomicBoolean exited = new AtomicBoolean();
        Runnable once = () -> {
            if (exited.compareAndSet(false, true)) {
                onExit.run();
            }
        };
        for (ScreenPlan.Assignment a : plan.windows()) {
            WallView view = new WallView(feed, clock, themed.withPages(a.pages()));
            view.mutedProperty().bindBidirectional(all.sound.mutedProperty());
            all.windows.add(new WallWindow(view, a.screen(), options, title, clock, once));
        }
        all.shown = String.format(Locale.ROOT, "wall on %d screen(s), theme %s%s", all.windows.size(),
                theme.configName(), options.kiosk() ? ", kiosk (leave with Ctrl+Shift+Q held for 2 s)" : "");
        return all;
    }

    /** Shows the windows built by {@link #prepare}; {@link #open} already did. */
    public void show() {
        windows.forEach(WallWindow::show);
        LOG.info("{}", shown);
    }

    /** One line per screen JavaFX lists, counted from 1: "2: 3840x2160 at 1920,0 (primary)". */
    public static List<String> describeScreens() {
        List<String> lines = new ArrayList<>();
        List<Screen> screens = Screen.getScreens();
        for (int i = 0; i < screens.size(); i++) {
            Rectangle2D b = screens.get(i).getBounds();
            lines.add(String.format(Locale.ROOT, "%d: %.0fx%.0f at %.0f,%.0f, scale %.2f%s", i + 1, b.getWidth(),
                    b.getHeight(), b.getMinX(), b.getMinY(), screens.get(i).getOutputScaleX(),
                    screens.get(i).equals(Screen.getPrimary()) ? " (primary)" : ""));
        }
        return lines;
    }

    /** Every screen's view, in plan order. */
    public List<WallView> views() {
        return windows.stream().map(WallWindow::view).toList();
    }

    List<WallWindow> windows() {
        return windows;
    }

    AlarmSound sound() {
        return sound;
    }

    /** Closes every window and stops the alarm. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            windows.forEach(WallWindow::close);
            sound.close();
        }
    }
}
