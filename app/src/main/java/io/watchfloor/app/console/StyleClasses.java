package io.watchfloor.app.console;

import javafx.scene.Node;

/** Switches state style classes on nodes, so the theme decides what a state looks like. FX-thread confined. */
final class StyleClasses {
    private StyleClasses() {
    }

    /** Adds or removes {@code styleClass}, never adding it twice. */
    static void toggle(Node node, String styleClass, boolean on) {
        if (on) {
            if (!node.getStyleClass().contains(styleClass)) {
                node.getStyleClass().add(styleClass);
            }
        } else {
            node.getStyleClass().remove(styleClass);
        }
    }

    /** Replaces every class starting with {@code prefix} by {@code prefix + value} ({@code wf-sla-breached}). */
    static void select(Node node, String prefix, String value) {
        String wanted = prefix + value;
        node.getStyleClass().removeIf(c -> c.startsWith(prefix) && !c.equals(wanted));
        if (!node.getStyleClass().contains(wanted)) {
            node.getStyleClass().add(wanted);
        }
    }

    /** Removes every class starting with {@code prefix}. */
    static void clear(Node node, String prefix) {
        node.getStyleClass().removeIf(c -> c.startsWith(prefix));
    }
}
