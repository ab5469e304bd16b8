package io.watchfloor.app.ui;

import javafx.scene.Node;

/**
 * Switches state style classes on nodes, so the theme decides what a state looks like; the wall and the console
 * share it. FX-thread confined (it edits a node's style classes).
 */
public final class StyleClassSwitch {
    private StyleClassSwitch() {
    }

    /** Adds or removes {@code styleClass}, never adding it twice. */
    public static void toggle(Node node, String styleClass, boolean on) {
        if (on) {
            if (!node.getStyleClass().contains(styleClass)) {
                node.getStyleClass().add(styleClass);
            }
        } else {
            node.getStyleClass().remove(styleClass);
        }
    }

    /**
     * Replaces every class starting with {@code prefix} by {@code prefix + value} ({@code wf-status-down},
     * {@code wf-sla-breached}).
     */
    public static void select(Node node, String prefix, String value) {
        String wanted = prefix + value;
        node.getStyleClass().removeIf(c -> c.startsWith(prefix) && !c.equals(wanted));
        if (!node.getStyleClass().contains(wanted)) {
            node.getStyleClass().add(wanted);
        }
    }

    /** Removes every class starting with {@code prefix}. */
    public static void clear(Node node, String prefix) {
        node.getStyleClass().removeIf(c -> c.startsWith(prefix));
    }
}
