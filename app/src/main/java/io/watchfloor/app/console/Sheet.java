package io.watchfloor.app.console;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. One modal card the {@link SheetHost} shows over the console: a title, what it acts on, a
 * form, and Cancel / confirm buttons with their keys (Enter confirms, Esc cancels, Shift+Enter is a new line in a
 * text area). The confirm action returns an error to show, or nothing to close the sheet.
 */
final class Sheet {
    private final VBox card = new VBox();
    private final GridPane form = new GridPane();
    private final Label error = new Label();
    private final Button confirm = new Button();
    private final Button cancel = new Button("Cancel  Esc");
    private final Map<KeyCombination, Runnable> keys = new HashMap<>();
    private Supplier<Optional<String>> onConfirm = Optional::empty;
    private Node firstFocus;
    private int rows;

    Sheet(String id, String icon, String title, String subtitle, String confirmText) {
        card.setId(id);
        card.getStyleClass().add("wf-sheet");
        Label head = new Label(title, ConsoleIcons.icon(icon));
        head.getStyleClass().add("wf-sheet-title");
        Label sub = new Label(subtitle);
        sub.getStyleClass().add("wf-sheet-subtitle");
        sub.setWrapText(true);
        form.getStyleClass().add("wf-sheet-form");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(names, values);
        error.getStyleClass().add("wf-sheet-error");
        error.setId("sheet-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        confirm.setText(confirmText + "  \u21b5");
        confirm.setDefaultButton(true);
        confirm.getStyleClass().add("wf-sheet-confirm");
        confirm.setId("sheet-confirm");
        cancel.setCancelButton(true);
        cancel.setId("sheet-cancel");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Enter confirms \u00b7 Esc cancels \u00b7 Tab next field");
        hint.getStyleClass().add("wf-hint");
        HBox buttons = new HBox(hint, spacer, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("wf-sheet-buttons");
        card.getChildren().addAll(head, sub, form, error, buttons);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    /** Adds a labelled field; the first field added gets the focus when the sheet opens. */
    <T extends Node> T field(String label, T control, String hint) {
        Label name = new Label(label);
        name.getStyleClass().add("wf-sheet-label");
        name.setLabelFor(control);
        VBox cell = new VBox(control);
        cell.getStyleClass().add("wf-sheet-cell");
        if (!hint.isEmpty()) {
            Label h = new Label(hint);
            h.getStyleClass().add("wf-hint");
            h.setWrapText(true);
            cell.getChildren().add(h);
        }
        form.addRow(rows++, name, cell);
        if (firstFocus == null) {
            firstFocus = control;
        }
        return control;
    }

    /** Adds a line of information (no input). */
    void info(String label, String text) {
        Label name = new Label(label);
        name.getStyleClass().add("wf-sheet-label");
        Label value = new Label(text);
        value.getStyleClass().add("wf-sheet-info");
        value.setWrapText(true);
        form.addRow(rows++, name, value);
    }

    /** For sheets that only inform (the key help): no Cancel button, the confirm button closes. */
    void informOnly() {
        cancel.setVisible(false);
        cancel.setManaged(false);
    }

    /** A key that acts while the sheet is open (e.g. Alt+V ticks "customer-visible"). */
    void onKey(KeyCombination key, Runnable action) {
        keys.put(key, action);
    }

    void onConfirm(Supplier<Optional<String>> action) {
        this.onConfirm = action;
    }

    /** Runs the confirm action; returns whether the sheet may close (no error). */
    boolean confirm() {
        Optional<String> problem = onConfirm.get();
        error.setText(problem.orElse(""));
        error.setVisible(problem.isPresent());
        error.setManaged(problem.isPresent());
        return problem.isEmpty();
    }

    Map<KeyCombination, Runnable> keys() {
        return keys;
    }

    Optional<Node> firstFocus() {
        return Optional.ofNullable(firstFocus);
    }

    Button confirmButton() {
        return confirm;
    }

    Button cancelButton() {
        return cancel;
    }

    VBox root() {
        return card;
    }
}
