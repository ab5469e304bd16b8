package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. The incident ticker: open incidents, P1 first (pinned), the rest rotating through the
 * remaining rows (see {@link IncidentTickerViewModel}). Each row: priority badge, number and title over service,
 * state, owner, escalation tier and how long it has been open.
 *
 * <p>Ids, by position: {@code ticker-row-<i>}, {@code ticker-number-<i>}.
 */
final class IncidentTickerTile extends RowListTile<TickerRow, IncidentTickerTile.RowView> {

    IncidentTickerTile(ObservableList<TickerRow> source, int rows) {
        super(source, rows, "wf-ticker", "No open incidents");
        refresh();
    }

    @Override
    RowView newRow(int index) {
        return new RowView(index);
    }

    @Override
    void show(RowView row, TickerRow item) {
        row.show(item);
    }

    /** One incident: priority | number and title over the details. */
    static final class RowView extends HBox {
        private final Label priority = new Label();
        private final Label number = new Label();
        private final Label title = new Label();
        private final Label detail = new Label();

        RowView(int index) {
            setId("ticker-row-" + index);
            getStyleClass().add("wf-ticker-row");
            priority.getStyleClass().add("wf-priority");
            priority.setMinWidth(Region.USE_PREF_SIZE);
            number.setId("ticker-number-" + index);
            number.getStyleClass().add("wf-ticker-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            title.getStyleClass().add("wf-ticker-title");
            title.setTextOverrun(OverrunStyle.ELLIPSIS);
            detail.getStyleClass().add("wf-ticker-detail");
            detail.setTextOverrun(OverrunStyle.ELLIPSIS);
            HBox top = new HBox(number, title);
            top.getStyleClass().add("wf-ticker-line");
            VBox text = new VBox(top, detail);
            text.getStyleClass().add("wf-ticker-text");
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            getChildren().addAll(priority, text);
        }

        void show(TickerRow row) {
            priority.setText(row.priority().name());
            StyleClassSwitch.select(priority, "wf-priority-", row.priority().name().toLowerCase(Locale.ROOT));
            StyleClassSwitch.select(this, "wf-incident-", row.priority().name().toLowerCase(Locale.ROOT));
            number.setText(row.number());
            title.setText(row.title());
            detail.setText(row.detail());
        }
    }
}
