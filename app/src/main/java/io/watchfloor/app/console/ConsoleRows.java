package io.watchfloor.app.console;

import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * FX-thread confined. The console's rows, one per incident and alert on the board, merged by key from each
 * snapshot: a row whose subject stays on the board is the same object with updated values (an "update" change of
 * the list, through the {@link ConsoleRow#revisionProperty()} extractor, and only when something changed), a
 * new subject adds a row, and a subject that left the board removes its row. The list is never rebuilt, so the
 * table keeps its selection, scroll position and sort.
 */
final class ConsoleRows {
    private final ObservableList<ConsoleRow> rows =
            FXCollections.observableArrayList(r -> new Observable[] {r.revisionProperty()});
    private final Map<String, ConsoleRow> byKey = new HashMap<>();

    /** Every row, in the order they first appeared (the table sorts its own view). */
    ObservableList<ConsoleRow> list() {
        return rows;
    }

    Optional<ConsoleRow> row(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Merges {@code board} into the rows; returns the rows it added. */
    List<ConsoleRow> merge(BoardState board) {
        Set<String> seen = new HashSet<>();
        List<ConsoleRow> added = new ArrayList<>();
        for (Incident i : board.incidents()) {
            if (seen.add(i.key())) {
                RowValues v = RowValues.of(i, board);
                ConsoleRow row = byKey.get(i.key());
                if (row != null && row.kind() == ConsoleRow.Kind.INCIDENT) {
                    row.show(i, v);
                } else {
                    added.add(ConsoleRow.of(i, v));
                }
            }
        }
        for (Alert a : board.alerts()) {
            if (seen.add(a.key())) {
                RowValues v = RowValues.of(a, board);
                ConsoleRow row = byKey.get(a.key());
                if (row != null && row.kind() == ConsoleRow.Kind.ALERT) {
                    row.show(a, v);
                } else {
                    added.add(ConsoleRow.of(a, v));
                }
            }
        }
        Set<String> replaced = new HashSet<>();
        added.forEach(r -> replaced.add(r.key()));
        if (rows.removeIf(r -> !seen.contains(r.key()) || replaced.contains(r.key()))) {
            byKey.keySet().removeIf(k -> !seen.contains(k) || replaced.contains(k));
        }
        added.forEach(r -> byKey.put(r.key(), r));
        rows.addAll(added);
        return added;
    }

    /** Moves every row's age and SLA countdown to {@code now}. */
    void tick(Instant now) {
        rows.forEach(r -> r.tick(now));
    }

    /** Sets every row's action marker from the ledger and the board. */
    void refreshMarkers(BoardState board, ActionLedger ledger, Instant now) {
        rows.forEach(r -> r.setMarker(ledger.marker(r.key(), board, now)));
    }
}
