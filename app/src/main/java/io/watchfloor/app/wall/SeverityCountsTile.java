package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import io.watchfloor.core.Severity;
import java.util.Locale;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. Firing alerts by severity, most severe on top: each row has the severity's icon, its
 * word with how many nobody acknowledged underneath, and the count. A row with unacknowledged critical alerts
 * turns solid red ({@code wf-alarm}); rows at zero fade ({@code wf-zero}).
 *
 * <p>Ids: {@code severity-<label>} for a row, {@code severity-<label>-count} and {@code severity-<label>-unack}
 * for its figures.
 */
final class SeverityCountsTile extends VBox {

    SeverityCountsTile(WallViewModel model) {
        getStyleClass().add("wf-severity-counts");
        for (Severity s : Severity.values()) {
            HBox row = row(s, model.firingProperty(s), model.unacknowledgedProperty(s));
            VBox.setVgrow(row, Priority.ALWAYS);
            getChildren().add(row);
        }
    }

    private static HBox row(Severity severity, ObservableIntegerValue firing, ObservableIntegerValue unacknowledged) {
        String id = "severity-" + severity.label();
        Label word = new Label(severity.label().toUpperCase(Locale.ROOT));
        word.getStyleClass().add("wf-sev-word");
        word.setMinWidth(Region.USE_PREF_SIZE);
        Label unack = new Label();
        unack.setId(id + "-unack");
        unack.getStyleClass().add("wf-sev-unack");
        Label count = new Label();
        count.setId(id + "-count");
        count.getStyleClass().add("wf-sev-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        VBox words = new VBox(word, unack);
        words.getStyleClass().add("wf-sev-words");
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(WallIcons.icon(WallIcons.severity(severity)), words, count);
        row.setId(id);
        row.getStyleClass().addAll("wf-sev-row", "wf-sev-" + severity.label());
        row.setMaxHeight(Double.MAX_VALUE);
        row.setMinHeight(0);
        Runnable show = () -> {
            int n = firing.get();
            int open = unacknowledged.get();
            count.setText(Integer.toString(n));
            unack.setText(open > 0 ? open + " unacknowledged" : n > 0 ? "all acknowledged" : "");
            unack.setVisible(n > 0);
            unack.setManaged(n > 0);
            StyleClassSwitch.toggle(row, "wf-zero", n == 0);
            StyleClassSwitch.toggle(row, "wf-alarm", severity == Severity.CRITICAL && open > 0);
        };
        firing.addListener(o -> show.run());
        unacknowledged.addListener(o -> show.run());
        show.run();
        return row;
    }
}
