package io.watchfloor.app.wall.config;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One tile on a page: its kind and the cells of the page's grid it covers (0-based here; the config counts
 * from 1). Immutable; any thread.
 *
 * @param kind         what the tile shows
 * @param column       leftmost column it covers, from 0
 * @param row          top row it covers, from 0
 * @param columnSpan   how many columns it covers (at least 1)
 * @param rowSpan      how many rows it covers (at least 1)
 * @param items        how many rows a listing tile shows; empty for the kind's default
 */
public record TilePlacement(TileKind kind, int column, int row, int columnSpan, int rowSpan, OptionalInt items) {
    public TilePlacement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(items, "items");
        if (column < 0 || row < 0) {
            throw new IllegalArgumentException("column and row must not be negative");
        }
        if (columnSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("width and height must be at least 1");
        }
        if (items.isPresent() && items.getAsInt() < 1) {
            throw new IllegalArgumentException("items must be at least 1, was " + items.getAsInt());
        }
    }

    /** A tile covering one cell. */
    public static TilePlacement at(TileKind kind, int column, int row) {
        return new TilePlacement(kind, column, row, 1, 1, OptionalInt.empty());
    }

    /** A tile covering {@code columnSpan} x {@code rowSpan} cells from ({@code column}, {@code row}). */
    public static TilePlacement at(TileKind kind, int column, int row, int columnSpan, int rowSpan) {
        return new TilePlacement(kind, column, row, columnSpan, rowSpan, OptionalInt.empty());
    }

    /** How many rows a listing tile shows: the configured number or the kind's default. */
    public int itemCount() {
        return items.orElse(kind.defaultItems());
    }

    /** Whether this tile covers the cell ({@code c}, {@code r}). */
    public boolean covers(int c, int r) {
        return c >= column && c < column + columnSpan && r >= row && r < row + rowSpan;
    }
}
