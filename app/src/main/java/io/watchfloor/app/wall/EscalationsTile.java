package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. Escalations: each due one with who it goes to and why, how long it has been due (or, when
 * the engine sent it itself, where that action stands), then the upcoming ones with their time and countdown.
 * The stage is told by icon, word and colour ({@code wf-esc-stage-due|sent|upcoming}): DUE (amber, arrow),
 * AUTO (sent by Watchfloor), at 14:05 (upcoming, muted clock).
 *
 * <p>Ids, by position: {@code esc-row-<i>}, {@code esc-headline-<i>}, {@code esc-reason-<i>},
 * {@code esc-status-<i>}.
 */
final class EscalationsTile extends RowListTile<EscalationRow, EscalationsTile.RowView> {

    EscalationsTile(ObservableList<EscalationRow> source, int rows) {
        super(source, rows, "wf-escalations", "No escalations due or coming up");
        refresh();
    }

    @Override
    RowView newRow(int index) {
        return new RowView(index);
    }

    @Override
    void show(RowView row, EscalationRow item) {
        row.show(item);
    }

    /** One escalation: icon | priority, incident and who over the reason | stage and time. */
    static final class RowView extends HBox {
        private final Glyph icon = WallIcons.icon(WallIcons.ESCALATIONS);
        private final Label priority = new Label();
        private final Label headline = new Label();
        private final Label reason = new Label();
        private final Label status = new Label();

        RowView(int index) {
            setId("esc-row-" + index);
            getStyleClass().add("wf-esc-row");
            priority.getStyleClass().add("wf-priority");
            headline.setId("esc-headline-" + index);
            headline.getStyleClass().add("wf-esc-headline");
            headline.setTextOverrun(OverrunStyle.ELLIPSIS);
            reason.setId("esc-reason-" + index);
            reason.getStyleClass().add("wf-esc-reason");
            reason.setTextOverrun(OverrunStyle.ELLIPSIS);
            status.setId("esc-status-" + index);
            status.getStyleClass().add("wf-esc-status");
            for (Label fixed : List.of(priority, status)) {
                fixed.setMinWidth(Region.USE_PREF_SIZE);
            }
            HBox top = new HBox(priority, headline);
            top.getStyleClass().add("wf-esc-line");
            VBox text = new VBox(top, reason);
            text.getStyleClass().add("wf-esc-text");
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            getChildren().addAll(icon, text, status);
        }

        void show(EscalationRow row) {
            icon.setIcon(switch (row.stage()) {
                case DUE -> WallIcons.ESCALATIONS;
                case SENT -> WallIcons.ESCALATED;
                case UPCOMING -> WallIcons.UPCOMING;
            });
            priority.setText(row.priority().name());
            StyleClassSwitch.select(priority, "wf-priority-", row.priority().name().toLowerCase(Locale.ROOT));
            headline.setText(row.headline());
            reason.setText(row.reason());
            status.setText(row.statusText());
            StyleClassSwitch.select(this, "wf-esc-stage-", row.stage().name().toLowerCase(Locale.ROOT));
        }
    }
}
