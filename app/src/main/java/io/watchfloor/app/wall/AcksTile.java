package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.app.ui.StyleClassSwitch;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. Acknowledged alerts: the alert and its service over who acknowledged it and since when, and
 * on the right when the acknowledgement (a silence) expires. Those about to expire come first, with an hourglass
 * and the word "expires in", in amber ({@code wf-expiring}).
 *
 * <p>Ids, by position: {@code ack-row-<i>}, {@code ack-by-<i>}, {@code ack-expiry-<i>}.
 */
final class AcksTile extends RowListTile<AckRow, AcksTile.RowView> {
    private final DateTimeFormatter time;

    AcksTile(ObservableList<AckRow> source, int rows, ZoneId zone) {
        super(source, rows, "wf-acks", "No acknowledged alerts");
        this.time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(zone);
        refresh();
    }

    @Override
    RowView newRow(int index) {
        return new RowView(index);
    }

    @Override
    void show(RowView row, AckRow item) {
        row.show(item, time);
    }

    /** One acknowledgement: icon | alert over who and since when | expiry. */
    static final class RowView extends HBox {
        private final Glyph icon = WallIcons.icon(WallIcons.ACKNOWLEDGED);
        private final Label alert = new Label();
        private final Label by = new Label();
        private final Label expiry = new Label();

        RowView(int index) {
            setId("ack-row-" + index);
            getStyleClass().add("wf-ack-row");
            alert.getStyleClass().add("wf-ack-alert");
            alert.setTextOverrun(OverrunStyle.ELLIPSIS);
            by.setId("ack-by-" + index);
            by.getStyleClass().add("wf-ack-by");
            by.setTextOverrun(OverrunStyle.ELLIPSIS);
            expiry.setId("ack-expiry-" + index);
            expiry.getStyleClass().add("wf-ack-expiry");
            expiry.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(alert, by);
            text.getStyleClass().add("wf-ack-text");
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            getChildren().addAll(icon, text, expiry);
        }

        void show(AckRow row, DateTimeFormatter time) {
            icon.setIcon(row.expiring() ? WallIcons.EXPIRING : WallIcons.ACKNOWLEDGED);
            alert.setText(row.severity().label().toUpperCase(Locale.ROOT) + " \u00b7 " + row.alertName()
                    + " \u00b7 " + row.service());
            by.setText("by " + row.by() + " \u00b7 since " + time.format(row.since()) + " ("
                    + DurationFormat.age(row.held()) + ")");
            expiry.setText(row.expiryText());
            StyleClassSwitch.toggle(this, "wf-expiring", row.expiring());
        }
    }
}
