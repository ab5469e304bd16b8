package io.watchfloor.app.wall;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. A listing tile's body: up to {@code rows} row views showing the first items of a list, an
 * empty-state line while the list is empty. Row views are made once and updated in place, and only when their
 * item changed (an equal item touches no node). A row never shrinks
 * below its content; one that would be cut off by the bottom of the tile is hidden rather than shown in part.
 *
 * @param <T> the item type
 * @param <V> the row view type
 */
abstract class RowListTile<T, V extends Region> extends VBox {
    private final ObservableList<T> items;
    private final List<V> views = new ArrayList<>();
    /** The item each row view shows now, so an equal item is not shown again; null while the row is unused. */
    private final List<T> shown = new ArrayList<>();
    private final Label empty;
    private final ReadOnlyIntegerWrapper notShown = new ReadOnlyIntegerWrapper(this, "notShown");

    RowListTile(ObservableList<T> items, int rows, String styleClass, String emptyText) {
        this.items = items;
        this.empty = new Label(emptyText);
        getStyleClass().add(styleClass);
        setMinHeight(0); // the tile's height decides; rows that do not fit are hidden in layoutChildren
        empty.getStyleClass().add("wf-empty");
        getChildren().add(empty);
        for (int i = 0; i < rows; i++) {
            V v = newRow(i);
            v.setMinHeight(USE_PREF_SIZE);
            VBox.setVgrow(v, Priority.ALWAYS);
            views.add(v);
            shown.add(null);
        }
        getChildren().addAll(views);
        items.addListener((ListChangeListener<T>) c -> refresh());
    }

    /** Makes the view of row {@code index}. */
    abstract V newRow(int index);

    /** Shows {@code item} in {@code row}. */
    abstract void show(V row, T item);

    /** Call at the end of the subclass constructor. */
    final void refresh() {
        for (int i = 0; i < views.size(); i++) {
            boolean used = i < items.size();
            views.get(i).setManaged(used);
            views.get(i).setVisible(used);
            T item = used ? items.get(i) : null;
            if (used && !item.equals(shown.get(i))) {
                show(views.get(i), item);
            }
            shown.set(i, item);
        }
        empty.setVisible(items.isEmpty());
        empty.setManaged(items.isEmpty());
        countNotShown();
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double bottom = getHeight() - snappedBottomInset();
        for (int i = 0; i < views.size(); i++) {
            V v = views.get(i);
            if (v.isManaged()) {
                v.setVisible(v.getLayoutY() + v.getHeight() <= bottom + 0.5);
            }
        }
        countNotShown();
    }

    private void countNotShown() {
        int shown = (int) views.stream().filter(v -> v.isManaged() && v.isVisible()).count();
        notShown.set(Math.max(0, items.size() - shown));
    }

    /** How many items are not shown: beyond the rows, or in rows the tile has no room for. */
    ReadOnlyIntegerProperty notShownProperty() {
        return notShown.getReadOnlyProperty();
    }

    List<V> views() {
        return views;
    }
}
