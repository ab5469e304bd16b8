package io.watchfloor.app.wall;

import eu.hansolo.tilesfx.Tile;
import io.watchfloor.app.fx.FxPreparedBridge;
import io.watchfloor.app.theme.Theme;
import io.watchfloor.app.theme.ThemeName;
import io.watchfloor.app.theme.ThemePalette;
import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.core.BoardState;
import io.watchfloor.engine.BoardFeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/**
 * FX Application Thread only: construct, use and dispose it there. The wall board of one screen: its pages (each
 * a headline bar over a grid of tiles, see {@link WallPage}), one at a time, rotating after each page's dwell and
 * held on the page of a new unacknowledged critical until it is acknowledged upstream ({@link PageRotation}).
 * Without a {@code wall:} config it shows one page, the classic board.
 *
 * <p>Snapshots arrive through an {@link FxPreparedBridge} (newest wins, at most one per pulse): each is digested
 * for every page ({@link WallFrame}: counts, sorted rows) on the wall's own worker thread, and the FX thread only
 * copies the newest digest into the pages' view models, which change (and re-lay out) only what differs.
 * One 1-second {@link Timeline} advances countdowns, ages, costs, clocks and the rotation from the injected
 * {@link Clock}; a half-second one flashes what a hold is about. Everything scales with the window: the base font
 * size follows the window height (1/54 of it, 20 px at 1080p and 40 px at 4K; key figures are 2 em and more,
 * above 1/40 of the height) and every size in the theme is in em. Nothing here blocks.
 *
 * <p>Keys (no modifier): Right/Page Down next page, Left/Page Up previous, 1-9 that page, P pause or resume the
 * rotation, M mute or unmute the alarm. Paging is refused while a critical holds the rotation.
 */
public final class WallView {
    /** The window height in base font sizes; the width limit keeps narrow windows from overflowing. */
    private static final double HEIGHT_IN_EM = 54;
    private static final double WIDTH_IN_EM = 96;
    /** Space between and around tiles. */
    private static final double GAP_IN_EM = 0.6;

    private final Clock clock;
    private final StackPane root = new StackPane();
    private final List<WallPage> pages = new ArrayList<>();
    private final PageRotation rotation;
    private final WallStatus status = new WallStatus();
    private final TileFactory tiles;
    private final Timeline ticker;
    private final Timeline flasher;
    private final FxPreparedBridge<WallFrame> bridge;
    private final ReadOnlyStringWrapper fontStyle = new ReadOnlyStringWrapper(this, "fontStyle", "");
    private final EventHandler<KeyEvent> keys = new WallKeys(this)::handle;
    private ThemeName theme;
    private List<Node> flashing = List.of();
    private boolean flashOn;
    private boolean disposed;

    /** The classic board: one page, dark theme (the wall without a {@code wall:} config). */
    public WallView(BoardFeed feed, Clock clock) {
        this(feed, clock, WallConfig.defaults());
    }

    /**
     * Builds the board showing {@code feed.current()} at once, then subscribes to the feed.
     *
     * @param feed   where snapshots come from
     * @param clock  the wall's notion of now, and the zone it shows times in
     * @param config the theme, the pages of this screen in rotation order, and the settings of their tiles
     */
    public WallView(BoardFeed feed, Clock clock, WallConfig config) {
        this(feed, clock, config, Optional.empty());
    }

    /**
     * As {@link #WallView(BoardFeed, Clock, WallConfig)}, digesting snapshots on {@code prepareOn} (tests pass
     * {@code Runnable::run}: on the publishing thread) instead of the wall's own {@code wf-wall-prepare} thread.
     */
    WallView(BoardFeed feed, Clock clock, WallConfig config, Executor prepareOn) {
        this(feed, clock, config, Optional.of(prepareOn));
    }

    private WallView(BoardFeed feed, Clock clock, WallConfig config, Optional<Executor> prepareOn) {
        Objects.requireNonNull(feed, "feed");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(config, "config");
        Theme.loadFonts();
        theme = config.theme();
        tiles = new TileFactory(palette(theme), Locale.getDefault(Locale.Category.FORMAT),
                fontStyle.getReadOnlyProperty());
        rotation = new PageRotation(config.pages(), clock);
        for (var spec : config.pages()) {
            pages.add(new WallPage(spec, config, clock, tiles, status, fontStyle.getReadOnlyProperty()));
        }
        root.setId("wall");
        root.getStyleClass().add("wf-wall");
        root.getStylesheets().setAll(Theme.stylesheets(theme));
        root.widthProperty().addListener(o -> rescale());
        root.heightProperty().addListener(o -> rescale());
        root.sceneProperty().addListener((o, old, scene) -> moveKeys(old, scene));
        rotation.pageProperty().addListener(o -> showCurrent());
        rotation.holdProperty().addListener(o -> refreshStatus(clock.instant()));
        rotation.pausedProperty().addListener(o -> refreshStatus(clock.instant()));
        List<PageSpec> specs = List.copyOf(config.pages());
        update(WallFrame.of(feed.current(), specs));
        showCurrent();
        rescale();

        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        flasher = new Timeline(new KeyFrame(javafx.util.Duration.millis(500), e -> flash()));
        flasher.setCycleCount(Animation.INDEFINITE);
        flasher.play();
        Function<BoardState, WallFrame> prepare = board -> WallFrame.of(board, specs);
        bridge = prepareOn.map(e -> FxPreparedBridge.connect(feed, e, prepare, this::update))
                .orElseGet(() -> FxPreparedBridge.connect(feed, "wall", prepare, this::update));
    }

    private static ThemePalette palette(ThemeName theme) {
        return ThemePalette.resolve(Theme.stylesheet(theme), "wf-wall", TileFactory.TOKENS);
    }

    /** FX thread: shows a snapshot digested off it. */
    private void update(WallFrame frame) {
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).update(frame.pages().get(i));
        }
        rotation.update(frame.criticals());
        refreshStatus(clock.instant());
    }

    /** One tick of the 1-second timeline: every page, the rotation and the header, from the injected clock. */
    void tick() {
        Instant now = clock.instant();
        for (WallPage p : pages) {
            p.tick(now, clock.getZone());
        }
        rotation.tick(now);
        refreshStatus(now);
    }

    private void showCurrent() {
        clearFlash();
        root.getChildren().setAll(current().node());
        refreshStatus(clock.instant());
    }

    private void refreshStatus(Instant now) {
        int i = rotation.pageProperty().get();
        status.page.set(pages.size() < 2 ? ""
                : pages.get(i).spec().name().toUpperCase(Locale.ROOT) + " \u00b7 " + (i + 1) + "/" + pages.size());
        status.paused.set(rotation.pausedProperty().get());
        Optional<PageRotation.Hold> hold = rotation.holdProperty().get();
        status.alarm.set(hold.map(h -> alarmText(h, now)).orElse(""));
        if (hold.isEmpty()) {
            clearFlash();
        }
    }

    private String alarmText(PageRotation.Hold h, Instant now) {
        Duration waited = now.isBefore(h.since()) ? Duration.ZERO : Duration.between(h.since(), now);
        String service = current().model().board().servicesProperty().stream()
                .filter(c -> c.name().equals(h.service())).map(ServiceCell::displayName).findFirst()
                .orElse(h.service());
        int more = rotation.waitingCount() - 1;
        return "NEW CRITICAL \u00b7 " + h.alertName() + " on " + service + " \u00b7 not acknowledged for "
                + DurationFormat.age(waited) + (more > 0 ? " \u00b7 +" + more + " more" : "")
                + (pages.size() > 1 ? " \u00b7 rotation held until acknowledged" : "");
    }

    /**
     * Half-second beat: while held, the alarm line, the alerts and services tiles and the cell blink. Only their
     * {@link FlashRing}s change (opacity), so no CSS is re-applied and nothing else is touched.
     */
    private void flash() {
        Optional<PageRotation.Hold> hold = rotation.holdProperty().get();
        if (hold.isEmpty()) {
            return;
        }
        List<Node> targets = current().flashTargets(hold.get().service());
        if (!targets.equals(flashing)) {
            clearFlash();
            flashing = targets;
        }
        flashOn = !flashOn;
        for (Node n : flashing) {
            FlashRing.set(n, flashOn);
        }
    }

    private void clearFlash() {
        for (Node n : flashing) {
            FlashRing.set(n, false);
        }
        flashing = List.of();
        flashOn = false;
    }

    /**
     * Sets the base font size, which every em in the theme follows, from the window's size. It is set on the
     * header and on each panel tile rather than on the root: an inherited font would override the fonts that
     * TilesFX's stock skins (the clock) set on their own text.
     */
    private void rescale() {
        double h = root.getHeight() > 0 ? root.getHeight() : 1080;
        double w = root.getWidth() > 0 ? root.getWidth() : 1920;
        double size = Math.max(8, Math.floor(Math.min(h / HEIGHT_IN_EM, w / WIDTH_IN_EM) * 2) / 2);
        fontStyle.set(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
        double gap = Math.round(size * GAP_IN_EM);
        for (WallPage p : pages) {
            p.setGap(gap);
        }
    }

    private void moveKeys(Scene old, Scene scene) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    /** Switches to another theme: its stylesheet, and the colours TilesFX takes as properties. */
    public void setTheme(ThemeName next) {
        Objects.requireNonNull(next, "next");
        if (next == theme) {
            return;
        }
        theme = next;
        root.getStylesheets().setAll(Theme.stylesheets(next));
        tiles.applyPalette(palette(next));
    }

    /** The theme shown. */
    public ThemeName theme() {
        return theme;
    }

    /** Shows the page of this name, as a key press would (refused while a critical holds the rotation). */
    public boolean showPage(String name) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).spec().name().equals(name)) {
                return rotation.jump(i);
            }
        }
        return false;
    }

    /** The name of the page shown. */
    public String currentPage() {
        return current().spec().name();
    }

    /** Whether the alarm is muted, as the header shows it; the M key flips it. Bind the alarm sound to it. */
    public BooleanProperty mutedProperty() {
        return status.muted;
    }

    /** The board's root node, to put in a scene (it carries the theme's stylesheets). */
    public Parent root() {
        return root;
    }

    /** Unsubscribes from the feed, stops the timelines and the clock tiles. Idempotent. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        bridge.close();
        ticker.stop();
        flasher.stop();
        moveKeys(root.getScene(), null);
        for (WallPage p : pages) {
            p.dispose();
        }
    }

    private WallPage current() {
        return pages.get(rotation.pageProperty().get());
    }

    PageRotation rotation() {
        return rotation;
    }

    WallPage page() {
        return current();
    }

    WallViewModel viewModel() {
        return pages.get(0).model().board();
    }

    Timeline ticker() {
        return ticker;
    }

    Tile clockTile() {
        return pages.stream().map(WallPage::clockTile).flatMap(Optional::stream).findFirst().orElseThrow();
    }
}
