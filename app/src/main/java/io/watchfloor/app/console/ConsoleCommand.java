package io.watchfloor.app.console;

import io.watchfloor.core.ActionKind;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every command of the console with its keys: the one table the key dispatcher, the action bar's key hints, the
 * help overlay and docs/console.md are built from. Letter keys act only while no text field has the focus;
 * chords (Ctrl+...) and F1 act everywhere. {@code /} and {@code ?} are matched on the typed character, so they
 * work on any keyboard layout. Immutable.
 */
enum ConsoleCommand {
    ACKNOWLEDGE("Acknowledge", "A", ActionKind.ACKNOWLEDGE, "mdi2c-check-circle-outline",
            "Acknowledge the selected rows at once (no dialog): alert = an ACK silence, incident = assign to you, "
                    + "In Progress", keys(KeyCode.A)),
    ACKNOWLEDGE_WITH_NOTE("Ack + note", "Shift+A", ActionKind.ACKNOWLEDGE, "mdi2c-comment-check-outline",
            "Acknowledge with a note", List.of(new KeyCodeCombination(KeyCode.A, KeyCombination.SHIFT_DOWN))),
    UNACKNOWLEDGE("Unack", "U", ActionKind.UNACKNOWLEDGE, "mdi2u-undo",
            "Take the acknowledgement back: expire the ACK silence / unassign", keys(KeyCode.U)),
    ESCALATE("Escalate", "E", ActionKind.ESCALATE, "mdi2a-arrow-up-bold-circle",
            "Escalate the incident to the next tier of the matrix, with a reason (lead)", keys(KeyCode.E)),
    ACCEPT_ESCALATION("Accept escalation", "Shift+E", ActionKind.ESCALATE, "mdi2a-account-arrow-up",
            "Accept the escalation Watchfloor proposes for the incident (detail pane): escalate to its level, with its "
                    + "reason (lead)", List.of(new KeyCodeCombination(KeyCode.E, KeyCombination.SHIFT_DOWN))),
    ANNOTATE("Note", "N", ActionKind.ANNOTATE, "mdi2n-note-plus-outline",
            "Add a work note (internal), or a customer-visible comment", keys(KeyCode.N)),
    ASSIGN("Assign", "G", ActionKind.ASSIGN, "mdi2a-account-arrow-right",
            "Assign the incident to a person and/or a group", keys(KeyCode.G)),
    RESOLVE("Resolve", "R", ActionKind.RESOLVE, "mdi2c-check-all",
            "Resolve the incident with a close code and notes (lead)", keys(KeyCode.R)),
    SILENCE("Silence", "S", ActionKind.SILENCE, "mdi2b-bell-off-outline",
            "Silence the alert for a duration, with a comment", keys(KeyCode.S)),
    CREATE_INCIDENT("Incident", "I", ActionKind.CREATE_INCIDENT, "mdi2t-ticket-outline",
            "Open a desk incident for the alert, linked to it", keys(KeyCode.I)),
    NEXT_CRITICAL("Next critical", "C", null, "mdi2a-alert-octagon",
            "Jump to the newest unacknowledged critical alert or P1 incident; again for the next one",
            keys(KeyCode.C)),
    NEXT("Next row", "J / \u2193", null, "mdi2c-chevron-down", "Select the next row (Shift+J extends the selection)",
            List.of(new KeyCodeCombination(KeyCode.J))),
    PREVIOUS("Previous row", "K / \u2191", null, "mdi2c-chevron-up",
            "Select the previous row (Shift+K extends the selection)", List.of(new KeyCodeCombination(KeyCode.K))),
    EXTEND_NEXT("Extend down", "Shift+J", null, "mdi2c-chevron-double-down", "Add the next row to the selection",
            List.of(new KeyCodeCombination(KeyCode.J, KeyCombination.SHIFT_DOWN))),
    EXTEND_PREVIOUS("Extend up", "Shift+K", null, "mdi2c-chevron-double-up", "Add the previous row to the selection",
            List.of(new KeyCodeCombination(KeyCode.K, KeyCombination.SHIFT_DOWN))),
    SEARCH("Search", "/ or Ctrl+F", null, "mdi2m-magnify",
            "Search id, number, name, service, summary, assignee; Enter returns to the list, Esc clears",
            List.of(new KeyCodeCombination(KeyCode.F, KeyCombination.CONTROL_DOWN))),
    SHOW_ALL("All", "Ctrl+1", null, "mdi2f-format-list-bulleted", "Show incidents and alerts",
            List.of(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.CONTROL_DOWN))),
    SHOW_INCIDENTS("Incidents", "Ctrl+2", null, "mdi2t-ticket-outline", "Show incidents only",
            List.of(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.CONTROL_DOWN))),
    SHOW_ALERTS("Alerts", "Ctrl+3", null, "mdi2b-bell-ring-outline", "Show alerts only",
            List.of(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.CONTROL_DOWN))),
    CLEAR_FILTERS("Clear filters", "Ctrl+Shift+X", null, "mdi2f-filter-remove-outline",
            "Clear the search and every filter",
            List.of(new KeyCodeCombination(KeyCode.X, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN))),
    HELP("Keys", "? or F1", null, "mdi2k-keyboard-outline", "Show or hide this list of keys",
            List.of(new KeyCodeCombination(KeyCode.F1)));

    private final String label;
    private final String keyHint;
    private final ActionKind kind;
    private final String icon;
    private final String description;
    private final List<KeyCombination> keys;

    ConsoleCommand(String label, String keyHint, ActionKind kind, String icon, String description,
                   List<KeyCombination> keys) {
        this.label = label;
        this.keyHint = keyHint;
        this.kind = kind;
        this.icon = icon;
        this.description = description;
        this.keys = List.copyOf(keys);
    }

    private static List<KeyCombination> keys(KeyCode code) {
        return List.of(new KeyCodeCombination(code));
    }

    String label() {
        return label;
    }

    /** The keys as the UI and the docs write them. */
    String keyHint() {
        return keyHint;
    }

    /** The operator action this command takes, if it takes one. */
    Optional<ActionKind> kind() {
        return Optional.ofNullable(kind);
    }

    String icon() {
        return icon;
    }

    String description() {
        return description;
    }

    /** Whether it is a chord or function key, which acts even while a text field has the focus. */
    boolean worksInTextFields() {
        return keys.stream().anyMatch(k -> k.getControl() == KeyCombination.ModifierValue.DOWN
                || (k instanceof KeyCodeCombination c && c.getCode().isFunctionKey()));
    }

    /** The command a key press stands for, if any. */
    static Optional<ConsoleCommand> forPressed(KeyEvent e) {
        for (ConsoleCommand c : values()) {
            if (c.keys.stream().anyMatch(k -> k.match(e))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The command a typed character stands for: {@code /} search, {@code ?} help. */
    static Optional<ConsoleCommand> forTyped(String character) {
        return switch (character) {
            case "/" -> Optional.of(SEARCH);
            case "?" -> Optional.of(HELP);
            default -> Optional.empty();
        };
    }
}
