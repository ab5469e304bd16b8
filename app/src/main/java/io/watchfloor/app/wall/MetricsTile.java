package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. MTTA and MTTR per priority, today and over 7 days: a grid with one row per priority (its
 * badge and targets) and one column per measure and window. Each mean says how it compares with its target by
 * icon, colour and text: a check and the "ok" colour within target, an alert and amber over it, an em dash and
 * "none" when nothing finished in the window.
 *
 * <p>Ids: {@code metrics-<p>-<mtta|mttr>-<today|week>} for the value labels (e.g. {@code metrics-p1-mtta-week}),
 * {@code metrics-<p>-<...>-detail} for the line under each.
 */
final class MetricsTile extends VBox {
    private static final String[] HEADS = {"MTTA today", "MTTA 7 d", "MTTR today", "MTTR 7 d"};
    private static final String[] KEYS = {"mtta-today", "mtta-week", "mttr-today", "mttr-week"};
    /** The priority column; the four measures share the rest equally. */
    private static final double FIRST_COLUMN_PERCENT = 20;

    private final ObservableList<MetricsRow> rows;
    private final ObservableBooleanValue loaded;
    private final GridPane grid = new GridPane();
    private final Label empty = new Label("Waiting for the incident history");

    MetricsTile(ObservableList<MetricsRow> rows, ObservableBooleanValue loaded) {
        this.rows = rows;
        this.loaded = loaded;
        getStyleClass().add("wf-metrics");
        grid.getStyleClass().add("wf-metrics-grid");
        empty.getStyleClass().add("wf-empty");
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(empty, grid);
        rows.addListener((ListChangeListener<MetricsRow>) c -> rebuild());
        loaded.addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        boolean show = loaded.get() && !rows.isEmpty();
        empty.setVisible(!show);
        empty.setManaged(!show);
        grid.setVisible(show);
        grid.setManaged(show);
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        if (!show) {
            return;
        }
        ColumnConstraints first = new ColumnConstraints();
        first.setPercentWidth(FIRST_COLUMN_PERCENT);
        grid.getColumnConstraints().add(first);
        for (int c = 0; c < HEADS.length; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth((100 - FIRST_COLUMN_PERCENT) / HEADS.length);
            cc.setHalignment(HPos.RIGHT);
            grid.getColumnConstraints().add(cc);
            Label head = new Label(HEADS[c]);
            head.getStyleClass().add("wf-metrics-head");
            grid.add(head, c + 1, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (int r = 0; r < rows.size(); r++) {
            MetricsRow row = rows.get(r);
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
            grid.add(priority(row), 0, r + 1);
            List<MetricsRow.Cell> values = List.of(row.mttaToday(), row.mttaWeek(), row.mttrToday(), row.mttrWeek());
            String p = row.priority().name().toLowerCase(Locale.ROOT);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = new Cell("metrics-" + p + "-" + KEYS[c]);
                cell.show(values.get(c));
                grid.add(cell, c + 1, r + 1);
            }
        }
    }

    private static VBox priority(MetricsRow row) {
        Label badge = new Label(row.priority().name());
        badge.getStyleClass().addAll("wf-priority", "wf-priority-" + row.priority().name().toLowerCase(Locale.ROOT));
        Label targets = new Label(row.targetsText());
        targets.getStyleClass().add("wf-metrics-targets");
        VBox box = new VBox(badge, targets);
        box.getStyleClass().add("wf-metrics-priority");
        return box;
    }

    /** One mean: icon and value over its detail line. */
    private static final class Cell extends VBox {
        private final Glyph icon = WallIcons.icon(WallIcons.WITHIN_TARGET);
        private final Label value = new Label();
        private final Label detail = new Label();

        Cell(String id) {
            value.setId(id);
            value.getStyleClass().add("wf-metrics-value");
            detail.setId(id + "-detail");
            detail.getStyleClass().add("wf-metrics-detail");
            HBox top = new HBox(icon, value);
            top.getStyleClass().add("wf-metrics-line");
            getChildren().addAll(top, detail);
            getStyleClass().add("wf-metrics-cell");
        }

        void show(MetricsRow.Cell c) {
            value.setText(c.meanText());
            detail.setText(c.detailText());
            icon.setIcon(c.verdict() == MetricsRow.Verdict.OVER ? WallIcons.OVER_TARGET : WallIcons.WITHIN_TARGET);
            icon.setVisible(c.verdict() == MetricsRow.Verdict.OVER || c.verdict() == MetricsRow.Verdict.WITHIN);
            icon.setManaged(icon.isVisible());
            StyleClassSwitch.select(this, "wf-verdict-", c.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
