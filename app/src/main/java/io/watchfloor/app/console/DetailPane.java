package io.watchfloor.app.console;

import io.watchfloor.app.ui.StyleClassSwitch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * FX-thread confined. The detail of the focused row: header (number or name, level, state, title), the fields
 * (service, assignee, group, escalation tier, acknowledgement, times), the escalation Watchfloor proposes (due,
 * with Shift+E to accept it; sent by itself; or "escalates at 14:05 to ..."), the SLA clocks counting down every second,
 * the labels of an alert, the linked alerts or incidents (click to select), and the timeline, newest first,
 * merging the desk's history with the console's own actions and their answers. The static part is rebuilt only
 * when the detail changes; the clocks update in place.
 */
final class DetailPane {
    private final DetailViewModel vm;
    private final Consumer<String> onSelectKey;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final VBox clockBox = new VBox();
    private final List<ClockRow> clockRows = new ArrayList<>();

    DetailPane(DetailViewModel vm, Consumer<String> onSelectKey) {
        this.vm = vm;
        this.onSelectKey = onSelectKey;
        content.getStyleClass().add("wf-detail");
        scroll.getStyleClass().add("wf-detail-scroll");
        scroll.setId("detail");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        clockBox.getStyleClass().add("wf-detail-clocks");
        vm.detailProperty().addListener((o, a, d) -> render(d));
        vm.clocks().addListener((ListChangeListener<DetailViewModel.ClockLine>) c -> renderClocks());
        render(vm.detail());
    }

    ScrollPane root() {
        return scroll;
    }

    private void render(Optional<Detail> detail) {
        content.getChildren().clear();
        if (detail.isEmpty()) {
            Label empty = new Label("Select a row to see its detail.\nJ / K or the arrows move, C jumps to the newest "
                    + "unacknowledged critical, ? lists every key.");
            empty.getStyleClass().add("wf-detail-empty");
            empty.setWrapText(true);
            content.getChildren().add(empty);
            return;
        }
        Detail d = detail.get();
        content.getChildren().add(header(d));
        content.getChildren().add(fields(d));
        d.escalation().ifPresent(p -> content.getChildren().addAll(section("Escalation", ConsoleIcons.ESCALATION),
                escalation(p)));
        if (d.kind() == ConsoleRow.Kind.INCIDENT) {
            content.getChildren().addAll(section("SLA clocks", ConsoleIcons.SLA), clockBox);
            renderClocks();
        }
        if (!d.labels().isEmpty()) {
            FlowPane chips = new FlowPane();
            chips.getStyleClass().add("wf-detail-labels");
            d.labels().forEach(l -> chips.getChildren().add(styled(new Label(l), "wf-chip")));
            content.getChildren().addAll(section("Labels", ConsoleIcons.LABELS), chips);
        }
        content.getChildren().addAll(section(d.linksTitle() + " (" + d.links().size() + ")", ConsoleIcons.LINK),
                links(d));
        content.getChildren().addAll(section("Timeline", ConsoleIcons.TIMELINE), timeline(d));
    }

    private Node header(Detail d) {
        Label level = new Label(d.urgency().label(), ConsoleIcons.icon(d.kind() == ConsoleRow.Kind.ALERT
                ? ConsoleIcons.severity(d.urgency().level()) : ConsoleIcons.INCIDENT));
        level.getStyleClass().addAll("wf-badge", d.urgency().styleClass());
        Label ref = styled(new Label(d.ref()), "wf-detail-ref");
        ref.setId("detail-ref");
        Label state = styled(new Label(d.state()), "wf-detail-state");
        state.setId("detail-state");
        HBox line = new HBox(level, ref, state);
        line.getStyleClass().add("wf-detail-head");
        line.setAlignment(Pos.CENTER_LEFT);
        Label title = styled(new Label(d.title()), "wf-detail-title");
        title.setId("detail-title");
        title.setWrapText(true);
        return new VBox(line, title);
    }

    private static Node fields(Detail d) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("wf-detail-fields");
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, value);
        int row = 0;
        for (Detail.Field f : d.fields()) {
            Label v = styled(new Label(f.value()), "wf-field-value");
            v.setWrapText(true);
            v.setId("field-" + f.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            grid.addRow(row++, styled(new Label(f.name()), "wf-field-name"), v);
        }
        return grid;
    }

    /** The proposed, sent or upcoming escalation: who, why, and when or how to accept it. */
    private static Node escalation(Detail.Proposal p) {
        Label headline = styled(new Label(p.headline(), ConsoleIcons.icon(ConsoleIcons.ESCALATION)), "wf-esc-headline");
        headline.setId("detail-escalation");
        headline.setWrapText(true);
        Label reason = styled(new Label(p.reason()), "wf-esc-reason");
        reason.setId("detail-escalation-reason");
        reason.setWrapText(true);
        Label note = styled(new Label(p.note()), "wf-esc-note");
        note.setId("detail-escalation-note");
        note.setWrapText(true);
        VBox box = new VBox(headline, reason, note);
        box.getStyleClass().addAll("wf-detail-escalation", "wf-esc-" + p.stage());
        return box;
    }

    private Node links(Detail d) {
        VBox box = new VBox();
        box.getStyleClass().add("wf-detail-links");
        if (d.links().isEmpty()) {
            box.getChildren().add(styled(new Label("none"), "wf-muted"));
        }
        for (Detail.Link l : d.links()) {
            Hyperlink link = new Hyperlink(l.label());
            link.getStyleClass().add("wf-link");
            link.setDisable(!l.onBoard());
            link.setOnAction(e -> onSelectKey.accept(l.key()));
            Label state = styled(new Label(l.state()), "wf-link-state");
            if (!l.styleClass().isEmpty()) {
                state.getStyleClass().add(l.styleClass());
            }
            HBox line = new HBox(state, link);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("wf-link-line");
            box.getChildren().add(line);
        }
        return box;
    }

    private static Node timeline(Detail d) {
        VBox box = new VBox();
        box.setId("timeline");
        box.getStyleClass().add("wf-timeline");
        for (Detail.Line l : d.timeline()) {
            Label time = styled(new Label(l.time()), "wf-tl-time");
            Label kind = styled(new Label(l.kind()), "wf-tl-kind");
            Label who = styled(new Label(l.who()), "wf-tl-who");
            HBox top = new HBox(time, kind, who);
            top.getStyleClass().add("wf-tl-top");
            top.setAlignment(Pos.CENTER_LEFT);
            Label text = styled(new Label(l.text()), "wf-tl-text");
            text.setWrapText(true);
            VBox entry = new VBox(top, text);
            entry.getStyleClass().addAll("wf-tl-entry", "wf-tl-" + l.style());
            box.getChildren().add(entry);
        }
        return box;
    }

    private static Node section(String title, String icon) {
        Label l = new Label(title.toUpperCase(java.util.Locale.ROOT), ConsoleIcons.icon(icon));
        l.getStyleClass().add("wf-section");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private void renderClocks() {
        List<DetailViewModel.ClockLine> lines = vm.clocks();
        if (clockRows.size() != lines.size()) {
            clockRows.clear();
            clockBox.getChildren().clear();
            for (int i = 0; i < lines.size(); i++) {
                ClockRow row = new ClockRow(i);
                clockRows.add(row);
                clockBox.getChildren().add(row.box);
            }
            if (lines.isEmpty()) {
                clockBox.getChildren().add(styled(new Label("no SLA clocks"), "wf-muted"));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            clockRows.get(i).show(lines.get(i));
        }
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    /** One SLA clock: icon, name, origin, countdown and a bar of the elapsed share. */
    private static final class ClockRow {
        private final FontIcon icon = ConsoleIcons.icon(ConsoleIcons.SLA);
        private final Label name = styled(new Label(), "wf-clock-name");
        private final Label origin = styled(new Label(), "wf-clock-origin");
        private final Label remaining = styled(new Label(), "wf-clock-remaining");
        private final Label breach = styled(new Label(), "wf-clock-breach");
        private final ProgressBar bar = new ProgressBar();
        private final VBox box;

        ClockRow(int index) {
            remaining.setId("clock-remaining-" + index);
            remaining.setMinWidth(Region.USE_PREF_SIZE);
            origin.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(icon, name, origin, spacer, remaining);
            top.setAlignment(Pos.CENTER_LEFT);
            top.getStyleClass().add("wf-clock-top");
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add("wf-clock-bar");
            box = new VBox(top, bar, breach);
            box.getStyleClass().add("wf-clock");
        }

        void show(DetailViewModel.ClockLine l) {
            name.setText(l.name());
            origin.setText(l.origin());
            remaining.setText(l.cell().text());
            String when = switch (l.cell().level()) {
                case "breached" -> "breached at " + l.breachAt();
                case "paused" -> "paused by the desk";
                case "none" -> l.cell().text();
                default -> "breaches at " + l.breachAt();
            };
            breach.setText(l.kind() + " \u00b7 " + when + String.format(java.util.Locale.ROOT, "  \u00b7  %.0f %% of target used",
                    l.cell().percent()));
            bar.setProgress(Math.min(1.0, l.cell().percent() / 100.0));
            icon.setIconLiteral(ConsoleIcons.sla(l.cell().level()));
            StyleClassSwitch.select(box, "wf-sla-", l.cell().level());
        }
    }
}
