package io.watchfloor.app.wall;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * FX-thread confined. The wall's keys, without modifiers: Right/Page Down next page, Left/Page Up previous,
 * 1-9 that page, P pause or resume the rotation, M mute or unmute the alarm. Keys with Ctrl, Alt or Meta pass
 * (the kiosk's exit chord is Ctrl+Shift+Q).
 */
final class WallKeys {
    private final WallView view;

    WallKeys(WallView view) {
        this.view = view;
    }

    void handle(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        PageRotation rotation = view.rotation();
        KeyCode code = e.getCode();
        boolean handled = true;
        if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN) {
            rotation.next();
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            rotation.previous();
        } else if (code == KeyCode.P) {
            rotation.togglePaused();
        } else if (code == KeyCode.M) {
            view.mutedProperty().set(!view.mutedProperty().get());
        } else if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            rotation.jump(Integer.parseInt(digit(code)) - 1);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private static String digit(KeyCode code) {
        String name = code.getName();
        return name.substring(name.length() - 1);
    }
}
