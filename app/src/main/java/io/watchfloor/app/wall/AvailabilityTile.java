package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. Availability against the SLO over 24 h and 7 d for the services with the least error
 * budget left, at most {@code rows} of them. A figure below the SLO is red, and its row is
 * flagged with a down arrow and "BELOW"; a figure resting on less than 95 % of its window carries an asterisk
 * and its row the partial-data icon ("PARTIAL DATA" unless it is below the SLO too), explained in a footnote.
 *
 * <p>Ids: {@code availability-<service>} on a row's name label, {@code availability-<service>-flag} on its flag.
 */
final class AvailabilityTile extends VBox {
    private final ObservableList<AvailabilityRow> source;
    private final int rows;
    private final GridPane table = new GridPane();
    private final Label empty = new Label("No availability data");
    private final Label footnote = new Label("* partial data: the source covers less than 95 % of the window");

    AvailabilityTile(ObservableList<AvailabilityRow> source, int rows) {
        this.source = source;
        this.rows = rows;
        getStyleClass().add("wf-availability");
        table.getStyleClass().add("wf-avail-table");
        empty.getStyleClass().add("wf-empty");
        footnote.getStyleClass().add("wf-avail-footnote");
        footnote.setWrapText(true);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().add(name);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints figure = new ColumnConstraints();
            figure.setHalignment(HPos.RIGHT);
            figure.setMinWidth(Region.USE_PREF_SIZE);
            table.getColumnConstraints().add(figure);
        }
        ColumnConstraints flag = new ColumnConstraints();
        flag.setMinWidth(Region.USE_PREF_SIZE);
        table.getColumnConstraints().add(flag);
        source.addListener((ListChangeListener<AvailabilityRow>) c -> refresh());
        refresh();
    }

    private void refresh() {
        table.getChildren().clear();
        if (source.isEmpty()) {
            ListReplace.ifChanged(getChildren(), List.of(empty));
            return;
        }
        table.addRow(0, head("SERVICE"), head("24 H"), head("7 D"), head("SLO"), head(""));
        int shown = Math.min(rows, source.size());
        for (int i = 0; i < shown; i++) {
            table.addRow(i + 1, cells(source.get(i)));
        }
        if (source.subList(0, shown).stream().anyMatch(AvailabilityRow::partial)) {
            ListReplace.ifChanged(getChildren(), List.of(table, footnote));
        } else {
            ListReplace.ifChanged(getChildren(), List.of(table));
        }
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("wf-avail-head");
        return l;
    }

    private static Region[] cells(AvailabilityRow row) {
        Label name = new Label(row.displayName());
        name.setId("availability-" + row.service());
        name.getStyleClass().addAll("wf-avail-cell", "wf-avail-name");
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMaxWidth(Double.MAX_VALUE);
        Label day = figure(row.ratio24hText(), row.below24h(), row.partial24h());
        Label week = figure(row.ratio7dText(), row.below7d(), row.partial7d());
        Label slo = new Label(row.sloText());
        slo.getStyleClass().addAll("wf-avail-cell", "wf-avail-slo");
        return new Region[] {name, day, week, slo, flag(row)};
    }

    private static Label figure(String text, boolean below, boolean partial) {
        Label l = new Label(partial ? text + "*" : text);
        l.getStyleClass().addAll("wf-avail-cell", "wf-avail-value");
        StyleClassSwitch.toggle(l, "wf-below", below);
        return l;
    }

    private static HBox flag(AvailabilityRow row) {
        HBox box = new HBox();
        box.setId("availability-" + row.service() + "-flag");
        box.getStyleClass().addAll("wf-avail-cell", "wf-avail-flag");
        if (row.belowSlo()) {
            box.getChildren().addAll(WallIcons.icon(WallIcons.BELOW_SLO, "wf-below"), flagText("BELOW", "wf-below"));
        }
        if (row.partial()) {
            box.getChildren().add(WallIcons.icon(WallIcons.PARTIAL, "wf-partial"));
            if (!row.belowSlo()) {
                box.getChildren().add(flagText("PARTIAL DATA", "wf-partial"));
            }
        }
        return box;
    }

    private static Label flagText(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("wf-flag", styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
