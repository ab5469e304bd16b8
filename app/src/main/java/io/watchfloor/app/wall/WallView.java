package io.watchfloor.app.wall;

import eu.hansolo.tilesfx.Tile;
import io.watchfloor.app.fx.FxBoardBridge;
import io.watchfloor.app.theme.Theme;
import io.watchfloor.app.theme.ThemePalette;
import io.watchfloor.engine.BoardFeed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * FX Application Thread only: construct, use and dispose it there. The full-screen wall board: a headline bar
 * (with the banner naming any source that is not current) over a grid of tiles that fills the window: service
 * status, active alerts by severity, a clock, source freshness, the most urgent SLA timers and availability
 * against the SLO.
 *
 * <p>Snapshots arrive through an {@link FxBoardBridge} (newest wins, at most one per pulse). One 1-second
 * {@link Timeline} advances the countdowns, ages and the clock from the injected {@link Clock}, with no network
 * call. Everything scales with the window: the base font size follows the window height (1/54 of it, so 20 px at
 * 1080p and 40 px at 4K; the key figures are 2 em and more, above 1/40 of the height) and every size in the theme
 * is in em. Nothing here blocks: no IO, no waiting.
 */
public final class WallView {
    static final int SLA_ROWS = 5;
    static final int AVAILABILITY_ROWS = 7;
    /** The window height in base font sizes; the width limit keeps narrow windows from overflowing. */
    private static final double HEIGHT_IN_EM = 54;
    private static final double WIDTH_IN_EM = 96;
    /** Space between and around tiles. */
    private static final double GAP_IN_EM = 0.6;

    private final Clock clock;
    private final WallViewModel viewModel;
    private final VBox root;
    private final GridPane grid;
    private final Tile clockTile;
    private final Timeline ticker;
    private final FxBoardBridge bridge;
    private final ReadOnlyStringWrapper fontStyle = new ReadOnlyStringWrapper(this, "fontStyle", "");
    private boolean disposed;

    /**
     * Builds the board showing {@code feed.current()} at once, then subscribes to the feed.
     *
     * @param feed  where snapshots come from
     * @param clock the wall's notion of now, and the zone it shows times in
     */
    public WallView(BoardFeed feed, Clock clock) {
        Objects.requireNonNull(feed, "feed");
        this.clock = Objects.requireNonNull(clock, "clock");
        Theme.loadFonts();
        String stylesheet = Theme.darkStylesheet();
        TileFactory tiles = new TileFactory(ThemePalette.resolve(stylesheet, "wf-wall", TileFactory.TOKENS),
                Locale.getDefault(Locale.Category.FORMAT), fontStyle.getReadOnlyProperty());
        viewModel = new WallViewModel(clock, SLA_ROWS);
        viewModel.update(feed.current());
        clockTile = tiles.clock(clock.getZone(), ZonedDateTime.now(clock));

        grid = grid();
        grid.add(tiles.serviceGrid(viewModel), 0, 0, 2, 2);
        grid.add(tiles.severityCounts(viewModel), 2, 0, 1, 2);
        grid.add(clockTile, 3, 0);
        grid.add(tiles.freshness(viewModel), 3, 1, 1, 2);
        grid.add(tiles.slaTimers(viewModel, SLA_ROWS), 0, 2);
        grid.add(tiles.availability(viewModel, AVAILABILITY_ROWS), 1, 2, 2, 1);
        VBox.setVgrow(grid, Priority.ALWAYS);

        HeaderBar header = new HeaderBar(viewModel);
        header.styleProperty().bind(fontStyle.getReadOnlyProperty());
        root = new VBox(header, grid);
        root.setId("wall");
        root.getStyleClass().add("wf-wall");
        root.getStylesheets().add(stylesheet);
        root.widthProperty().addListener(o -> rescale());
        root.heightProperty().addListener(o -> rescale());
        rescale();

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        bridge = FxBoardBridge.connect(feed, viewModel::update);
    }

    /**
     * Four columns and three rows. Services span the first two columns (60 %) over the top two rows, the alerts
     * the third; the clock and below it the sources take the last column. In the bottom row the SLA timers take
     * the first column (44 %) and availability the next two.
     */
    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("wf-grid");
        for (double pct : new double[] {44, 16, 22, 18}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(pct);
            grid.getColumnConstraints().add(c);
        }
        for (double pct : new double[] {31, 28, 41}) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(pct);
            grid.getRowConstraints().add(r);
        }
        return grid;
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
        root.setPadding(new Insets(gap));
        root.setSpacing(gap);
        grid.setHgap(gap);
        grid.setVgap(gap);
    }

    /** One tick of the 1-second timeline: countdowns, ages, banner and the clock tile, from the injected clock. */
    void tick() {
        Instant now = clock.instant();
        viewModel.tick(now);
        clockTile.setTime(ZonedDateTime.ofInstant(now, clock.getZone()));
    }

    /** The board's root node, to put in a scene (it carries the theme's stylesheet). */
    public Parent root() {
        return root;
    }

    /** Unsubscribes from the feed, stops the timeline and the clock tile. Idempotent. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        bridge.close();
        ticker.stop();
        clockTile.setRunning(false);
        clockTile.stop();
    }

    WallViewModel viewModel() {
        return viewModel;
    }

    Timeline ticker() {
        return ticker;
    }

    Tile clockTile() {
        return clockTile;
    }
}
