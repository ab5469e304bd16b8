package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import io.watchfloor.core.sla.SlaLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. The most urgent SLA timers, counting down every tick with no network call: incident,
 * priority, title, the clock's name and whether the desk or Watchfloor owns it (DESK / COMPUTED), the time
 * left as {@code hh:mm:ss}, and the level by its policy's thresholds told three ways: colour, icon and a word
 * with the breach forecast ({@code OK}, {@code WARN}, {@code CRITICAL} · "breaches 14:32", {@code BREACHED}
 * "+mm:ss", {@code PAUSED}).
 *
 * <p>Row nodes are created once ({@code rows} of them) and updated in place each second. Ids, by position:
 * {@code sla-row-<i>}, {@code sla-remaining-<i>}, {@code sla-origin-<i>}, {@code sla-forecast-<i>}.
 */
final class SlaTimersTile extends VBox {
    private final ObservableList<SlaTimerRow> timers;
    private final List<RowView> views = new ArrayList<>();
    private final Label empty = new Label("No running SLA clocks");

    SlaTimersTile(ObservableList<SlaTimerRow> timers, int rows) {
        this.timers = timers;
        getStyleClass().add("wf-sla-timers");
        empty.getStyleClass().add("wf-empty");
        for (int i = 0; i < rows; i++) {
            RowView v = new RowView(i);
            VBox.setVgrow(v, Priority.ALWAYS);
            views.add(v);
        }
        getChildren().add(empty);
        getChildren().addAll(views);
        timers.addListener((ListChangeListener<SlaTimerRow>) c -> refresh());
        refresh();
    }

    private void refresh() {
        for (int i = 0; i < views.size(); i++) {
            RowView v = views.get(i);
            boolean used = i < timers.size();
            v.setVisible(used);
            if (used) {
                v.show(timers.get(i));
            }
        }
        empty.setVisible(timers.isEmpty());
        empty.setManaged(timers.isEmpty());
    }

    /** One timer: icon | incident, priority and title over clock name and origin | time left. */
    private static final class RowView extends HBox {
        private final Glyph icon = WallIcons.icon(WallIcons.sla(SlaLevel.OK));
        private final Label priority = new Label();
        private final Label incident = new Label();
        private final Label title = new Label();
        private final Label clockName = new Label();
        private final Label origin = new Label();
        private final Label remaining = new Label();
        private final Label forecast = new Label();

        RowView(int index) {
            setId("sla-row-" + index);
            getStyleClass().add("wf-sla-row");
            priority.getStyleClass().add("wf-priority");
            incident.getStyleClass().add("wf-sla-incident");
            title.getStyleClass().add("wf-sla-title");
            title.setTextOverrun(OverrunStyle.ELLIPSIS);
            clockName.getStyleClass().add("wf-sla-clock");
            clockName.setTextOverrun(OverrunStyle.ELLIPSIS);
            origin.setId("sla-origin-" + index);
            origin.getStyleClass().add("wf-badge");
            remaining.setId("sla-remaining-" + index);
            remaining.getStyleClass().add("wf-sla-remaining");
            forecast.setId("sla-forecast-" + index);
            forecast.getStyleClass().add("wf-sla-forecast");
            for (Label fixed : List.of(priority, incident, origin, remaining, forecast)) {
                fixed.setMinWidth(Region.USE_PREF_SIZE);
            }
            HBox top = new HBox(priority, incident, title);
            top.getStyleClass().add("wf-sla-line");
            HBox bottom = new HBox(origin, clockName);
            bottom.getStyleClass().add("wf-sla-line");
            VBox text = new VBox(top, bottom);
            text.getStyleClass().add("wf-sla-text");
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            VBox time = new VBox(remaining, forecast);
            time.getStyleClass().add("wf-sla-time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().addAll(icon, text, time);
            setMaxHeight(Double.MAX_VALUE);
            setMinHeight(0);
        }

        void show(SlaTimerRow row) {
            icon.setIcon(WallIcons.sla(row.level()));
            priority.setText(row.priority().name());
            StyleClassSwitch.select(priority, "wf-priority-", row.priority().name().toLowerCase(Locale.ROOT));
            incident.setText(row.incidentNumber());
            title.setText(row.title());
            clockName.setText(row.clockName() + " \u00b7 " + row.service());
            origin.setText(row.originText());
            StyleClassSwitch.select(origin, "wf-origin-", row.origin().name().toLowerCase(Locale.ROOT));
            remaining.setText(row.remainingText());
            forecast.setText(row.forecastText());
            StyleClassSwitch.select(this, "wf-urgency-", row.levelStyle());
        }
    }
}
