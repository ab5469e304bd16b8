package io.watchfloor.app.wall;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * Thread-confined (the FX thread once a view binds to it). The incident ticker: open incidents, P1 first, then by
 * priority and age, in {@code rows} slots. P1 incidents stay pinned at the top; the others rotate through the
 * remaining slots, one window every {@link #STEP}, when they do not all fit (and so do the P1s when there are
 * more of them than slots). Read-only JavaFX properties, no {@code Node}s.
 */
final class IncidentTickerViewModel {
    /** How long one window of the rotating part stays. */
    static final Duration STEP = Duration.ofSeconds(8);

    private final int slots;
    private List<Incident> open = List.of();
    private int offset;
    private Instant steppedAt;
    private final ReadOnlyListWrapper<TickerRow> rows =
            new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper p1 = new ReadOnlyIntegerWrapper(this, "p1");
    private final ReadOnlyStringWrapper window = new ReadOnlyStringWrapper(this, "window", "");

    /**
     * @param slots how many rows the tile has (at least 1)
     * @param start when the first window started
     */
    IncidentTickerViewModel(int slots, Instant start) {
        if (slots < 1) {
            throw new IllegalArgumentException("the ticker needs at least one row");
        }
        this.slots = slots;
        this.steppedAt = start;
    }

    /** Takes a new snapshot's open incidents. */
    void update(BoardState board, Instant now) {
        apply(BoardDigest.openIncidents(board), now);
    }

    /** Takes a new snapshot's open incidents, already in ticker order (digested off the FX thread). */
    void apply(List<Incident> openInOrder, Instant now) {
        open = List.copyOf(openInOrder);
        total.set(open.size());
        p1.set((int) open.stream().filter(i -> i.priority() == Priority.P1).count());
        publish(now);
    }

    /** Ages move; every {@link #STEP} the rotating part shows its next window. */
    void tick(Instant now) {
        if (!now.isBefore(steppedAt.plus(STEP))) {
            offset++;
            steppedAt = now;
        }
        publish(now);
    }

    private void publish(Instant now) {
        List<Incident> pinned = open.stream().filter(i -> i.priority() == Priority.P1).toList();
        List<Incident> rest;
        if (open.size() <= slots) {
            pinned = open;
            rest = List.of();
        } else if (pinned.size() >= slots) {
            pinned = List.of();
            rest = open;
        } else {
            rest = open.stream().filter(i -> i.priority() != Priority.P1).toList();
        }
        int free = slots - pinned.size();
        List<Incident> shown = new ArrayList<>(pinned);
        String text = "";
        if (!rest.isEmpty() && free > 0) {
            int windows = (rest.size() + free - 1) / free;
            int start = (offset % windows) * free;
            int end = Math.min(rest.size(), start + free);
            shown.addAll(rest.subList(start, end));
            if (windows > 1) {
                int first = pinned.size() + start + 1;
                int last = pinned.size() + end;
                text = (first == last ? Integer.toString(last) : first + "\u2013" + last) + " of " + open.size();
            }
        }
        ListReplace.ifChanged(rows, shown.stream().map(i -> row(i, now)).toList());
        window.set(text);
    }

    private static TickerRow row(Incident i, Instant now) {
        Duration age = now.isBefore(i.openedAt()) ? Duration.ZERO : Duration.between(i.openedAt(), now);
        return new TickerRow(i.number(), i.title(), i.priority(), i.service(), i.state(),
                i.assignee().or(i::group), i.escalationTier(), age);
    }

    /** The incidents shown now, in order. */
    ReadOnlyListProperty<TickerRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Open incidents in all. */
    ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Open P1 incidents. */
    ReadOnlyIntegerProperty p1Property() {
        return p1.getReadOnlyProperty();
    }

    /** "4–6 of 9" (the rotating rows) while the list rotates; empty when everything fits. */
    ReadOnlyStringProperty windowProperty() {
        return window.getReadOnlyProperty();
    }
}
