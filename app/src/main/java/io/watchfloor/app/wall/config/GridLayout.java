package io.watchfloor.app.wall.config;

import java.util.Collections;
import java.util.List;

/**
 * The grid a page lays its tiles on: the share of the width of each column and of the height of each row, in
 * percent. Immutable; any thread.
 *
 * @param columns percentage widths, left to right (at least one, each positive; they are used as weights)
 * @param rows    percentage heights, top to bottom (at least one, each positive)
 */
public record GridLayout(List<Double> columns, List<Double> rows) {
    public GridLayout {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty() || rows.isEmpty()) {
            throw new IllegalArgumentException("a layout needs at least one column and one row");
        }
        for (double v : columns) {
            requirePositive(v);
        }
        for (double v : rows) {
            requirePositive(v);
        }
    }

    private static void requirePositive(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("column widths and row heights must be positive, was " + v);
        }
    }

    /** {@code columns} x {@code rows} cells of equal size. */
    public static GridLayout equal(int columns, int rows) {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a layout needs at least one column and one row");
        }
        return new GridLayout(Collections.nCopies(columns, 100.0 / columns), Collections.nCopies(rows, 100.0 / rows));
    }

    public int columnCount() {
        return columns.size();
    }

    public int rowCount() {
        return rows.size();
    }

    /** The share of column {@code i} in percent of the whole width (the weights normalised to 100). */
    public double columnPercent(int i) {
        return 100 * columns.get(i) / columns.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The share of row {@code i} in percent of the whole height. */
    public double rowPercent(int i) {
        return 100 * rows.get(i) / rows.stream().mapToDouble(Double::doubleValue).sum();
    }
}
