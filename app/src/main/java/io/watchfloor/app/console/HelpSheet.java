package io.watchfloor.app.console;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.GridPane;

/**
 * The key help overlay ({@code ?} or F1): every command with its keys and what it does, from the one table in
 * {@link ConsoleCommand}. Esc, F1 or the confirm button close it. FX-thread confined.
 */
final class HelpSheet {
    private HelpSheet() {
    }

    static Sheet create(Runnable close) {
        Sheet s = new Sheet("help", ConsoleCommand.HELP.icon(), "Keys",
                "Keyboard first: every action is one key on the selected rows. Letter keys act while the list has the "
                        + "focus; chords also from the search box.", "Close");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("wf-help-grid");
        int row = 0;
        List<String> titles = List.of("ACTIONS ON THE SELECTED ROWS", "FINDING AND MOVING");
        List<List<ConsoleCommand>> groups = List.of(
                List.of(ConsoleCommand.ACKNOWLEDGE, ConsoleCommand.ACKNOWLEDGE_WITH_NOTE, ConsoleCommand.UNACKNOWLEDGE,
                        ConsoleCommand.ESCALATE, ConsoleCommand.ACCEPT_ESCALATION, ConsoleCommand.ANNOTATE, ConsoleCommand.ASSIGN, ConsoleCommand.RESOLVE,
                        ConsoleCommand.SILENCE, ConsoleCommand.CREATE_INCIDENT),
                List.of(ConsoleCommand.NEXT_CRITICAL, ConsoleCommand.NEXT, ConsoleCommand.PREVIOUS,
                        ConsoleCommand.EXTEND_NEXT, ConsoleCommand.EXTEND_PREVIOUS, ConsoleCommand.SEARCH,
                        ConsoleCommand.SHOW_ALL, ConsoleCommand.SHOW_INCIDENTS, ConsoleCommand.SHOW_ALERTS,
                        ConsoleCommand.CLEAR_FILTERS, ConsoleCommand.HELP));
        for (int g = 0; g < groups.size(); g++) {
            Label title = new Label(titles.get(g));
            title.getStyleClass().add("wf-section");
            title.setMaxWidth(Double.MAX_VALUE);
            grid.add(title, 0, row++, 3, 1);
            for (ConsoleCommand c : groups.get(g)) {
                Label key = new Label(c.keyHint());
                key.getStyleClass().add("wf-keycap");
                Label name = new Label(c.label());
                name.getStyleClass().add("wf-help-name");
                Label what = new Label(c.description());
                what.getStyleClass().add("wf-help-text");
                what.setWrapText(true);
                grid.addRow(row++, key, name, what);
            }
        }
        Label mouse = new Label("Also: Ctrl+A selects every shown row; Shift/Ctrl-click and Shift+\u2191\u2193 select "
                + "several for bulk actions; Enter confirms and Esc cancels every form.");
        mouse.getStyleClass().add("wf-hint");
        mouse.setWrapText(true);
        grid.add(mouse, 0, row, 3, 1);
        s.field("", grid, "");
        s.onKey(new KeyCodeCombination(KeyCode.F1), close);
        s.onConfirm(java.util.Optional::empty);
        s.informOnly();
        return s;
    }
}
