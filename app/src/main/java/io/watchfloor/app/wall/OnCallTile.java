package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. Who is on call or on shift now: the role over the name, and on the right how to reach them
 * and until when. A role nobody holds now reads "nobody" ({@code wf-vacant}).
 *
 * <p>Ids, by position: {@code oncall-row-<i>}, {@code oncall-name-<i>}.
 */
final class OnCallTile extends RowListTile<OnCallRow, OnCallTile.RowView> {

    OnCallTile(ObservableList<OnCallRow> source, int rows) {
        super(source, rows, "wf-oncall", "No rota configured (wall.onCall)");
        refresh();
    }

    @Override
    RowView newRow(int index) {
        return new RowView(index);
    }

    @Override
    void show(RowView row, OnCallRow item) {
        row.show(item);
    }

    /** One role holder: icon | role over name | contact over until. */
    static final class RowView extends HBox {
        private final Label role = new Label();
        private final Label name = new Label();
        private final Label contact = new Label();
        private final Label until = new Label();

        RowView(int index) {
            setId("oncall-row-" + index);
            getStyleClass().add("wf-oncall-row");
            role.getStyleClass().add("wf-oncall-role");
            role.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setId("oncall-name-" + index);
            name.getStyleClass().add("wf-oncall-name");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            contact.getStyleClass().add("wf-oncall-contact");
            until.getStyleClass().add("wf-oncall-until");
            VBox who = new VBox(role, name);
            who.getStyleClass().add("wf-oncall-text");
            who.setMinWidth(0);
            HBox.setHgrow(who, Priority.ALWAYS);
            VBox reach = new VBox(contact, until);
            reach.getStyleClass().add("wf-oncall-reach");
            reach.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().addAll(WallIcons.icon(WallIcons.ON_CALL), who, reach);
        }

        void show(OnCallRow row) {
            role.setText(row.role());
            name.setText(row.name().orElse("nobody"));
            contact.setText(row.contact().orElse(""));
            until.setText(row.until().map(t -> "until " + t).orElse(row.name().isPresent() ? "all day" : ""));
            StyleClassSwitch.toggle(this, "wf-vacant", row.name().isEmpty());
        }
    }
}
