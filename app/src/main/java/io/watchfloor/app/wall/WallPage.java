package io.watchfloor.app.wall;

import eu.hansolo.tilesfx.Tile;
import io.watchfloor.app.wall.config.GridLayout;
import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.app.wall.config.TileKind;
import io.watchfloor.app.wall.config.TilePlacement;
import io.watchfloor.app.wall.config.WallConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. One page of the wall: its header over a grid of the tiles its {@link PageSpec} asks for,
 * showing the board through the page's filter ({@link PageViewModel}). The wall keeps every page up to date and
 * puts one at a time in the window.
 */
final class WallPage {
    private final PageSpec spec;
    private final PageViewModel model;
    private final HeaderBar header;
    private final GridPane grid;
    private final VBox node;
    private final Map<TileKind, Tile> tiles = new EnumMap<>(TileKind.class);
    private final TileFactory factory;

    WallPage(PageSpec spec, WallConfig config, Clock clock, TileFactory factory, WallStatus status,
             ObservableStringValue fontStyle) {
        this.spec = spec;
        this.factory = factory;
        this.model = new PageViewModel(spec, config, clock);
        grid = grid(spec.layout());
        ZonedDateTime now = ZonedDateTime.now(clock);
        for (TilePlacement p : spec.tiles()) {
            Tile tile = factory.create(p, model, now);
            grid.add(tile, p.column(), p.row(), p.columnSpan(), p.rowSpan());
            tiles.put(p.kind(), tile);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        header = new HeaderBar(model.board(), status);
        header.styleProperty().bind(fontStyle);
        node = new VBox(header, grid);
        node.getStyleClass().add("wf-page");
    }

    private static GridPane grid(GridLayout layout) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("wf-grid");
        for (int i = 0; i < layout.columnCount(); i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(layout.columnPercent(i));
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < layout.rowCount(); i++) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(layout.rowPercent(i));
            grid.getRowConstraints().add(r);
        }
        return grid;
    }

    /** Takes the board through this page's filter, digested off the FX thread. */
    void update(BoardDigest digest) {
        model.apply(digest);
    }

    /** Time alone moves: countdowns, ages, costs, the clock. */
    void tick(Instant now, java.time.ZoneId zone) {
        model.tick(now);
        clockTile().ifPresent(c -> c.setTime(ZonedDateTime.ofInstant(now, zone)));
    }

    /** Sets the space around and between the header and the tiles. */
    void setGap(double gap) {
        node.setPadding(new Insets(gap));
        node.setSpacing(gap);
        grid.setHgap(gap);
        grid.setVgap(gap);
    }

    /**
     * What flashes while a critical on {@code service} holds this page: the alarm line, the alerts and services
     * tiles, and the service's cell.
     */
    List<Node> flashTargets(String service) {
        List<Node> out = new ArrayList<>();
        out.add(header.alarmRow());
        Optional.ofNullable(tiles.get(TileKind.ALERTS)).ifPresent(out::add);
        Optional.ofNullable(tiles.get(TileKind.SERVICES)).ifPresent(t -> {
            out.add(t);
            Optional.ofNullable(t.lookup("#service-" + service)).ifPresent(out::add);
        });
        return out;
    }

    /** Stops the clock tile; the page is not shown again. */
    void dispose() {
        clockTile().ifPresent(c -> {
            c.setRunning(false);
            c.stop();
        });
        factory.forget(List.copyOf(tiles.values()));
    }

    Optional<Tile> clockTile() {
        return Optional.ofNullable(tiles.get(TileKind.CLOCK));
    }

    Optional<Tile> tile(TileKind kind) {
        return Optional.ofNullable(tiles.get(kind));
    }

    Parent node() {
        return node;
    }

    PageSpec spec() {
        return spec;
    }

    PageViewModel model() {
        return model;
    }
}
