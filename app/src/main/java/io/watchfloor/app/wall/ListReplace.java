package io.watchfloor.app.wall;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Replaces the content of an observable list only when it differs, so that an unchanged snapshot fires no change
 * and touches no node: {@code setAll} with equal content still tells every listener (and re-adds every child,
 * which re-applies CSS to it). Confined to the list's thread (the FX thread for scene-graph lists).
 */
final class ListReplace {
    private ListReplace() {
    }

    /** Sets {@code target} to {@code items} unless it already holds equal elements in the same order. */
    static <T> boolean ifChanged(ObservableList<T> target, List<? extends T> items) {
        if (target.equals(items)) {
            return false;
        }
        target.setAll(items);
        return true;
    }
}
