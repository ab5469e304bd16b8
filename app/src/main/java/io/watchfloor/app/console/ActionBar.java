package io.watchfloor.app.console;

import io.watchfloor.core.Role;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * FX-thread confined. The row of action buttons under the list, each with its key shown on it, and the navigation
 * buttons. A button is disabled when its command cannot run on the selection, and says why: the reason is its
 * tooltip (installed on a wrapper, since a disabled button shows none) and, for what the role does not permit,
 * a note at the end of the bar.
 */
final class ActionBar {
    static final List<ConsoleCommand> ACTIONS = List.of(ConsoleCommand.ACKNOWLEDGE, ConsoleCommand.UNACKNOWLEDGE,
            ConsoleCommand.ESCALATE, ConsoleCommand.ACCEPT_ESCALATION, ConsoleCommand.ANNOTATE, ConsoleCommand.ASSIGN, ConsoleCommand.RESOLVE,
            ConsoleCommand.SILENCE, ConsoleCommand.CREATE_INCIDENT);
    static final List<ConsoleCommand> NAVIGATION = List.of(ConsoleCommand.NEXT_CRITICAL, ConsoleCommand.SEARCH,
            ConsoleCommand.HELP);

    private final HBox root = new HBox();
    private final Map<ConsoleCommand, Button> buttons = new EnumMap<>(ConsoleCommand.class);

    ActionBar(ConsoleViewModel vm, Consumer<ConsoleCommand> run) {
        root.getStyleClass().add("wf-action-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        for (ConsoleCommand c : ACTIONS) {
            root.getChildren().add(button(c, vm, run));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label roleNote = new Label(roleNote(vm.rules().role()), ConsoleIcons.icon(ConsoleIcons.LOCK));
        roleNote.setId("role-note");
        roleNote.getStyleClass().add("wf-role-note");
        roleNote.setVisible(vm.rules().role() != Role.LEAD);
        roleNote.setManaged(roleNote.isVisible());
        root.getChildren().addAll(spacer, roleNote);
        for (ConsoleCommand c : NAVIGATION) {
            root.getChildren().add(button(c, vm, run));
        }
    }

    private StackPane button(ConsoleCommand c, ConsoleViewModel vm, Consumer<ConsoleCommand> run) {
        Label key = new Label(c.keyHint().split(" ")[0]);
        key.getStyleClass().add("wf-keycap");
        Label text = new Label(c.label());
        HBox graphic = new HBox(ConsoleIcons.icon(c.icon()), text, key);
        graphic.setAlignment(Pos.CENTER_LEFT);
        graphic.getStyleClass().add("wf-button-content");
        Button b = new Button(null, graphic);
        b.setId("action-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        b.getStyleClass().add("wf-action");
        b.setFocusTraversable(false);
        b.setOnAction(e -> run.accept(c));
        buttons.put(c, b);
        StackPane wrapper = new StackPane(b);
        wrapper.getStyleClass().add("wf-action-wrap");
        Tooltip tip = new Tooltip();
        Tooltip.install(wrapper, tip);
        Runnable refresh = () -> {
            CommandState s = vm.command(c);
            b.setDisable(!s.enabled());
            tip.setText(c.label() + " (" + c.keyHint() + "): " + c.description()
                    + (s.enabled() ? "" : "\nNot now: " + s.reason()));
        };
        vm.commandProperty(c).addListener((o, a, s) -> refresh.run());
        refresh.run();
        return wrapper;
    }

    private static String roleNote(Role role) {
        return role == Role.VIEWER ? "viewer: read only, no actions"
                : role.word() + ": escalate and resolve need the lead role";
    }

    Button button(ConsoleCommand c) {
        return buttons.get(c);
    }

    HBox root() {
        return root;
    }
}
