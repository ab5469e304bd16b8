package io.watchfloor.app.console;

import java.util.Optional;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/**
 * FX-thread confined. The layer over the console that shows one {@link Sheet} (a form, the key help) at a time,
 * modal within the window: a dimmed backdrop takes the mouse, and its key filter makes every sheet
 * keyboard-completable: Enter confirms, Esc cancels, Shift+Enter adds a line to a text area, Tab leaves a text
 * area for the next field. In-window rather than a separate dialog window, so it cannot end up behind the console
 * or on another screen of a multi-monitor desk.
 */
final class SheetHost {
    private final StackPane layer = new StackPane();
    private final Runnable afterClose;
    private Optional<Sheet> open = Optional.empty();

    SheetHost(Runnable afterClose) {
        this.afterClose = afterClose;
        layer.getStyleClass().add("wf-sheet-layer");
        layer.setVisible(false);
        layer.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    Node root() {
        return layer;
    }

    boolean isOpen() {
        return open.isPresent();
    }

    Optional<Sheet> current() {
        return open;
    }

    void show(Sheet sheet) {
        open = Optional.of(sheet);
        layer.getChildren().setAll(sheet.root());
        layer.setVisible(true);
        sheet.confirmButton().setOnAction(e -> confirm());
        sheet.cancelButton().setOnAction(e -> close());
        sheet.firstFocus().orElse(sheet.confirmButton()).requestFocus();
    }

    void close() {
        open = Optional.empty();
        layer.getChildren().clear();
        layer.setVisible(false);
        afterClose.run();
    }

    private void confirm() {
        if (open.isPresent() && open.get().confirm()) {
            close();
        }
    }

    private void onKey(KeyEvent e) {
        if (open.isEmpty()) {
            return;
        }
        Sheet sheet = open.get();
        Optional<Runnable> extra = sheet.keys().entrySet().stream().filter(k -> k.getKey().match(e))
                .map(k -> k.getValue()).findFirst();
        if (extra.isPresent()) {
            extra.get().run();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            close();
        } else if (e.getCode() == KeyCode.ENTER && !e.isControlDown() && !e.isAltDown()) {
            e.consume();
            if (e.isShiftDown() && e.getTarget() instanceof TextArea area) {
                area.replaceSelection("\n");
            } else {
                confirm();
            }
        } else if (e.getCode() == KeyCode.TAB && !e.isControlDown() && e.getTarget() instanceof TextArea area) {
            // a text area keeps Tab as a character; in a form Tab moves on, as everywhere else
            e.consume();
            Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                    false, false));
        }
    }
}
