package io.watchfloor.app.console;

import io.watchfloor.app.ui.StyleClassSwitch;
import java.time.Clock;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * FX-thread confined. The status line at the bottom: the newest message (sent, accepted, rejected with the
 * upstream's reason, why a key did nothing) with its icon and time; the tooltip holds the last few.
 */
final class StatusBar {
    private static final int TOOLTIP_MESSAGES = 12;

    private final HBox root = new HBox();
    private final Label text = new Label();
    private final Label time = new Label();
    private final FontIcon icon = ConsoleIcons.icon(ConsoleIcons.status(StatusLog.Level.INFO));
    private final Tooltip history = new Tooltip();

    StatusBar(StatusLog log, Clock clock) {
        root.getStyleClass().add("wf-status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        text.setId("status-text");
        text.getStyleClass().add("wf-status-text");
        text.setGraphic(icon);
        time.getStyleClass().add("wf-status-time");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("? keys \u00b7 C next critical \u00b7 A acknowledge \u00b7 / search");
        hint.getStyleClass().add("wf-hint");
        root.getChildren().addAll(time, text, spacer, hint);
        Tooltip.install(root, history);
        log.latestProperty().addListener((o, a, m) -> show(m, clock));
        log.messages().addListener((ListChangeListener<StatusLog.Message>) c -> history.setText(log.messages().stream()
                .limit(TOOLTIP_MESSAGES)
                .map(m -> ClockText.clockTime(m.at(), clock.instant(), clock.getZone()) + "  " + m.text())
                .collect(Collectors.joining("\n"))));
        show(log.latest(), clock);
    }

    private void show(StatusLog.Message m, Clock clock) {
        text.setText(m.text());
        time.setText(m.at().equals(java.time.Instant.EPOCH) ? "" : ClockText.clockTime(m.at(), clock.instant(),
                clock.getZone()));
        icon.setIconLiteral(ConsoleIcons.status(m.level()));
        StyleClassSwitch.select(root, "wf-level-", m.level().styleSuffix());
    }

    HBox root() {
        return root;
    }
}
