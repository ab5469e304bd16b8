package io.watchfloor.engine.outbox;

import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alerts and incidents of the newest board by target key, so that judging a send costs a lookup, not a
 * walk over every alert on the board (a replay judges thousands of actions against a board of thousands of
 * alerts). Built once per alert list and once per incident list: the engine hands out the same alert list
 * until an alert changes, so most boards published while actions are answered reuse it. The first alert
 * with a key in board order wins, as a walk over the list would find it. Thread-safe (an immutable index
 * behind a volatile reference; two threads may build the same one).
 */
final class BoardTargets {
    private volatile AlertIndex alerts = new AlertIndex(List.of(), Map.of(), Map.of());
    private volatile IncidentIndex incidents = new IncidentIndex(List.of(), Map.of());

    /** The first alert of {@code board} with this key, in any state. */
    Optional<Alert> alert(BoardState board, String key) {
        return Optional.ofNullable(alerts(board).any().get(key));
    }

    /** The first firing alert of {@code board} with this key. */
    Optional<Alert> firingAlert(BoardState board, String key) {
        return Optional.ofNullable(alerts(board).firing().get(key));
    }

    /** The first incident of {@code board} with this key. */
    Optional<Incident> incident(BoardState board, String key) {
        IncidentIndex index = incidents;
        if (index.list() != board.incidents()) {
            Map<String, Incident> byKey = new HashMap<>();
            for (Incident i : board.incidents()) {
                byKey.putIfAbsent(i.key(), i);
            }
            index = new IncidentIndex(board.incidents(), byKey);
            incidents = index;
        }
        return Optional.ofNullable(index.byKey().get(key));
    }

    private AlertIndex alerts(BoardState board) {
        AlertIndex index = alerts;
        if (index.list() != board.alerts()) {
            Map<String, Alert> any = new HashMap<>();
            Map<String, Alert> firing = new HashMap<>();
            for (Alert a : board.alerts()) {
                String key = a.key();
                any.putIfAbsent(key, a);
                if (a.firing()) {
                    firing.putIfAbsent(key, a);
                }
            }
            index = new AlertIndex(board.alerts(), any, firing);
            alerts = index;
        }
        return index;
    }

    /** One alert list's alerts by key: all of them, and the firing ones. */
    private record AlertIndex(List<Alert> list, Map<String, Alert> any, Map<String, Alert> firing) {
    }

    /** One incident list's incidents by key. */
    private record IncidentIndex(List<Incident> list, Map<String, Incident> byKey) {
    }
}
