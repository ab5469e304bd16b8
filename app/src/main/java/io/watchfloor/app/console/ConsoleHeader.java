package io.watchfloor.app.console;

import io.watchfloor.app.ui.StyleClassSwitch;
import io.watchfloor.core.Operator;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * FX-thread confined. The console's top line: what needs someone now (unacknowledged criticals, in red when
 * there are any), alerts firing, open incidents, breached SLA clocks, actions waiting for an answer, the health
 * of every source, who is signed in with which role, and the time.
 */
final class ConsoleHeader {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final HBox root = new HBox();
    private final Label critical = chip("header-critical", "mdi2a-alert-octagon");
    private final Label firing = chip("header-firing", ConsoleIcons.ALERT);
    private final Label incidents = chip("header-incidents", ConsoleIcons.INCIDENT);
    private final Label breached = chip("header-breached", "mdi2t-timer-alert-outline");
    private final Label pending = chip("header-pending", "mdi2t-timer-sand");
    private final HBox sources = new HBox();
    private final Label time = new Label();
    private final Clock clock;

    ConsoleHeader(ConsoleViewModel vm, Operator operator, Clock clock) {
        this.clock = clock;
        root.getStyleClass().add("wf-console-header");
        root.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("WATCHFLOOR", ConsoleIcons.icon(ConsoleIcons.CONSOLE));
        title.getStyleClass().add("wf-console-title");
        Label sub = new Label("console");
        sub.getStyleClass().add("wf-console-subtitle");
        sources.getStyleClass().add("wf-header-sources");
        sources.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label who = new Label(operator.name() + " \u00b7 " + operator.role().word().toUpperCase(Locale.ROOT),
                ConsoleIcons.icon(ConsoleIcons.OPERATOR));
        who.setId("header-operator");
        who.getStyleClass().addAll("wf-chip", "wf-operator", "wf-role-" + operator.role().word());
        time.setId("header-time");
        time.getStyleClass().add("wf-header-time");
        // when the window is narrow the subtitle gives way first; the figures, sources and operator never clip
        for (Region r : List.of(title, critical, firing, incidents, breached, pending, sources, who, time)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        sub.setMinWidth(0);
        root.getChildren().addAll(title, sub, critical, firing, incidents, breached, pending, spacer, sources, who,
                time);
        vm.countsProperty().addListener((o, a, c) -> show(c));
        vm.sourceLines().addListener((ListChangeListener<SourceLine>) c -> showSources(vm));
        show(vm.countsProperty().get());
        showSources(vm);
        tick();
    }

    private static Label chip(String id, String icon) {
        Label l = new Label("", ConsoleIcons.icon(icon));
        l.setId(id);
        l.getStyleClass().add("wf-chip");
        return l;
    }

    private void show(ConsoleCounts c) {
        critical.setText(c.unackedCritical() == 0 ? "no unacknowledged critical"
                : c.unackedCritical() + " unacknowledged critical  \u00b7  C");
        StyleClassSwitch.toggle(critical, "wf-alarm", c.unackedCritical() > 0);
        firing.setText(c.firingAlerts() + " firing");
        incidents.setText(c.openIncidents() + " open incidents");
        breached.setText(c.breachedClocks() + " SLA breached");
        StyleClassSwitch.toggle(breached, "wf-breached", c.breachedClocks() > 0);
        pending.setText(c.pendingActions() + " pending");
        StyleClassSwitch.toggle(pending, "wf-busy", c.pendingActions() > 0);
    }

    private void showSources(ConsoleViewModel vm) {
        sources.getChildren().clear();
        for (SourceLine s : vm.sourceLines()) {
            Label l = new Label(s.text(), ConsoleIcons.icon(ConsoleIcons.freshness(s.freshness())));
            l.setId("source-" + s.id());
            l.getStyleClass().addAll("wf-chip", "wf-source", "wf-fresh-" + s.styleSuffix());
            l.setTooltip(new Tooltip(s.detail()));
            l.setMinWidth(Region.USE_PREF_SIZE);
            sources.getChildren().add(l);
        }
    }

    /** Moves the clock; called every second. */
    void tick() {
        time.setText(TIME.format(clock.instant().atZone(clock.getZone())));
    }

    HBox root() {
        return root;
    }
}
