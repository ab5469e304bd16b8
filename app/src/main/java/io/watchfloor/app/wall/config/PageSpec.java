package io.watchfloor.app.wall.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of the wall: its name, how long it stays before the next one, the grid and the tiles on it, and
 * which services it shows. Immutable; any thread.
 *
 * @param name   unique among the pages; used by {@code --page} and in {@code wall.screens}
 * @param dwell  how long the page shows while the wall rotates (positive)
 * @param layout the grid
 * @param tiles  the tiles, each kind at most once, inside the grid and not overlapping (at least one)
 * @param filter the services the page shows
 */
public record PageSpec(String name, Duration dwell, GridLayout layout, List<TilePlacement> tiles, PageFilter filter) {
    /** The name of the page shown when the config defines none. */
    public static final String DEFAULT_NAME = "board";

    public PageSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a page needs a name");
        }
        Objects.requireNonNull(dwell, "dwell");
        if (dwell.isNegative() || dwell.isZero()) {
            throw new IllegalArgumentException("dwell must be positive, was " + dwell);
        }
        Objects.requireNonNull(layout, "layout");
        tiles = List.copyOf(tiles);
        Objects.requireNonNull(filter, "filter");
        if (tiles.isEmpty()) {
            throw new IllegalArgumentException("a page needs at least one tile");
        }
        for (int i = 0; i < tiles.size(); i++) {
            checkTile(tiles, i, layout);
        }
    }

    private static void checkTile(List<TilePlacement> tiles, int i, GridLayout layout) {
        TilePlacement t = tiles.get(i);
        if (t.column() + t.columnSpan() > layout.columnCount() || t.row() + t.rowSpan() > layout.rowCount()) {
            throw new IllegalArgumentException("tile '" + t.kind().configName() + "' reaches outside the "
                    + layout.columnCount() + "x" + layout.rowCount() + " layout");
        }
        for (int j = 0; j < i; j++) {
            TilePlacement other = tiles.get(j);
            if (other.kind() == t.kind()) {
                throw new IllegalArgumentException("tile '" + t.kind().configName() + "' is on the page twice");
            }
            if (overlap(t, other)) {
                throw new IllegalArgumentException("tile '" + t.kind().configName() + "' overlaps tile '"
                        + other.kind().configName() + "'");
            }
        }
    }

    private static boolean overlap(TilePlacement a, TilePlacement b) {
        return a.column() < b.column() + b.columnSpan() && b.column() < a.column() + a.columnSpan()
                && a.row() < b.row() + b.rowSpan() && b.row() < a.row() + a.rowSpan();
    }

    /**
     * The board as it was before pages existed, and still is without a {@code wall} config: four columns
     * (44/16/22/18 %) and three rows (31/28/41 %); services over two columns and two rows, alerts beside it, the
     * clock and under it the sources in the last column; SLA timers and availability along the bottom.
     */
    public static PageSpec classic(Duration dwell) {
        return new PageSpec(DEFAULT_NAME, dwell,
                new GridLayout(List.of(44.0, 16.0, 22.0, 18.0), List.of(31.0, 28.0, 41.0)),
                List.of(TilePlacement.at(TileKind.SERVICES, 0, 0, 2, 2),
                        TilePlacement.at(TileKind.ALERTS, 2, 0, 1, 2),
                        TilePlacement.at(TileKind.CLOCK, 3, 0),
                        TilePlacement.at(TileKind.SOURCES, 3, 1, 1, 2),
                        new TilePlacement(TileKind.SLA, 0, 2, 1, 1, OptionalInt.of(5)),
                        new TilePlacement(TileKind.AVAILABILITY, 1, 2, 2, 1, OptionalInt.of(7))),
                PageFilter.NONE);
    }

    /** The tile of this kind, if the page has one. */
    public Optional<TilePlacement> tile(TileKind kind) {
        return tiles.stream().filter(t -> t.kind() == kind).findFirst();
    }

    /** Whether the page has a tile of this kind. */
    public boolean has(TileKind kind) {
        return tile(kind).isPresent();
    }

    /** Whether a critical alert on this service would be seen on this page (its alerts or services tile). */
    public boolean showsAlertsOf(String serviceName, String region) {
        return (has(TileKind.ALERTS) || has(TileKind.SERVICES)) && filter.includes(serviceName, region);
    }
}
