package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import io.watchfloor.core.ServiceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. The service status grid: one cell per service, worst status first, each cell coloured
 * by status and carrying the status icon and word (DOWN, DEGRADED, UNKNOWN, UP) and, unless up, the reason.
 *
 * <p>A service that is not up takes two columns, so its name and reason can be read. The grid picks the number
 * of columns that gives the largest cells for the services and its own shape, and sizes the cell text from the
 * cell height, so 20 or 80 services both fill the tile legibly. Cells are reused across snapshots; each has the
 * id {@code service-<name>}.
 */
final class ServiceGridTile extends Region {
    /** Preferred width-to-height ratio of a cell: wide enough for a name on one line. */
    private static final double CELL_ASPECT = 3.4;
    /** Cell height in multiples of its font size: name, status line, padding. */
    private static final double CELL_LINES = 2.9;
    private static final double GAP_EM = 0.35;

    private final ObservableList<ServiceCell> cells;
    private final List<CellView> views = new ArrayList<>();
    private final Label empty = new Label("No services on the board yet");
    private double appliedFontSize = -1;

    ServiceGridTile(ObservableList<ServiceCell> cells) {
        this.cells = cells;
        getStyleClass().add("wf-service-grid");
        empty.getStyleClass().add("wf-empty");
        cells.addListener((ListChangeListener<ServiceCell>) c -> refresh());
        refresh();
    }

    private void refresh() {
        while (views.size() < cells.size()) {
            views.add(new CellView());
        }
        while (views.size() > cells.size()) {
            views.remove(views.size() - 1);
        }
        for (int i = 0; i < cells.size(); i++) {
            views.get(i).show(cells.get(i));
        }
        ListReplace.ifChanged(getChildren(), cells.isEmpty() ? List.of(empty) : views);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        if (cells.isEmpty()) {
            empty.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, empty.prefHeight(w));
            return;
        }
        double gap = Math.max(2, GAP_EM * fontSize());
        int[] spans = new int[cells.size()];
        int slots = 0;
        for (int i = 0; i < spans.length; i++) {
            spans[i] = cells.get(i).status() == ServiceStatus.UP ? 1 : 2;
            slots += spans[i];
        }
        int cols = Math.max(2, bestColumns(slots, w, h, gap));
        int[][] at = pack(spans, cols);
        int rows = 0;
        for (int[] p : at) {
            rows = Math.max(rows, p[0] + 1);
        }
        double cw = (w - gap * (cols - 1)) / cols;
        double ch = Math.min((h - gap * (rows - 1)) / rows, cw / 1.6);
        fitFont(ch, cw);
        for (int i = 0; i < at.length; i++) {
            double width = cw * spans[i] + gap * (spans[i] - 1);
            views.get(i).resizeRelocate(snappedLeftInset() + at[i][1] * (cw + gap),
                    snappedTopInset() + at[i][0] * (ch + gap), width, ch);
        }
    }

    /**
     * Places cells of the given column spans row by row, each in the first free place it fits, so a double-width
     * cell that does not fit at the end of a row leaves its gap to the next single cell. Returns {row, column}.
     */
    static int[][] pack(int[] spans, int cols) {
        int[][] at = new int[spans.length][];
        List<boolean[]> used = new ArrayList<>();
        for (int i = 0; i < spans.length; i++) {
            int span = Math.min(spans[i], cols);
            for (int r = 0; at[i] == null; r++) {
                while (used.size() <= r) {
                    used.add(new boolean[cols]);
                }
                boolean[] row = used.get(r);
                for (int c = 0; c + span <= cols && at[i] == null; c++) {
                    if (!row[c] && (span == 1 || !row[c + 1])) {
                        for (int k = 0; k < span; k++) {
                            row[c + k] = true;
                        }
                        at[i] = new int[] {r, c};
                    }
                }
            }
        }
        return at;
    }

    /** The column count that maximises the cell size for {@code n} cells of about {@link #CELL_ASPECT}. */
    static int bestColumns(int n, double w, double h, double gap) {
        int best = 1;
        double bestScore = -1;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double cw = (w - gap * (cols - 1)) / cols;
            double ch = (h - gap * (rows - 1)) / rows;
            double score = Math.min(cw / CELL_ASPECT, ch);
            if (score > bestScore) {
                bestScore = score;
                best = cols;
            }
        }
        return best;
    }

    /** Sets the grid's font so a cell's two lines fit its height and a typical name its width. */
    private void fitFont(double cellHeight, double cellWidth) {
        double size = Math.floor(Math.max(8, Math.min(cellHeight / CELL_LINES, cellWidth / 9.0)));
        if (size != appliedFontSize) {
            appliedFontSize = size;
            setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", size));
        }
    }

    private double fontSize() {
        return appliedFontSize > 0 ? appliedFontSize : 16;
    }

    /** One cell: name on the first line, status icon, word and reason on the second. */
    private static final class CellView extends VBox {
        private final Label name = new Label();
        private final Glyph icon = WallIcons.icon(WallIcons.status(ServiceStatus.UP));
        private final Label status = new Label();
        private final Label reason = new Label();
        private ServiceCell shown;

        CellView() {
            getStyleClass().add("wf-cell");
            name.getStyleClass().add("wf-cell-name");
            status.getStyleClass().add("wf-cell-status");
            status.setMinWidth(Region.USE_PREF_SIZE);
            reason.getStyleClass().add("wf-cell-reason");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            reason.setTextOverrun(OverrunStyle.ELLIPSIS);
            HBox line = new HBox(icon, status, reason);
            line.getStyleClass().add("wf-cell-line");
            getChildren().addAll(name, line);
            setFillWidth(true);
            FlashRing.attach(this);
        }

        /** Shows {@code cell}; an equal cell touches nothing. */
        void show(ServiceCell cell) {
            if (cell.equals(shown)) {
                return;
            }
            shown = cell;
            setId("service-" + cell.name());
            name.setText(cell.displayName());
            icon.setIcon(WallIcons.status(cell.status()));
            status.setText(cell.statusText());
            boolean up = cell.status() == ServiceStatus.UP;
            reason.setText(up ? "" : cell.reason());
            reason.setVisible(!up);
            StyleClassSwitch.select(this, "wf-status-", cell.status().name().toLowerCase(Locale.ROOT));
        }
    }
}
