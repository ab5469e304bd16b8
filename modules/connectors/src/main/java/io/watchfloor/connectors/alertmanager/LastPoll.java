package io.watchfloor.connectors.alertmanager;

import io.watchfloor.core.Alert;
import java.util.List;
import java.util.Optional;

/**
 * A lookup by fingerprint into the alerts the previous poll reported (kept in fingerprint order), to find
 * an alert's previous instance. The next poll asks in the same order (Alertmanager sorts its answer by
 * fingerprint), so a lookup is usually one comparison at a moving cursor, in memory order; any other is a
 * binary search. One per reading pass; confined to the poll thread.
 */
final class LastPoll {
    private final List<Alert> alerts;
    private int cursor;

    /** @param alerts strictly ordered by fingerprint */
    LastPoll(List<Alert> alerts) {
        this.alerts = List.copyOf(alerts);
    }

    /** No previous poll (a new one each time: a lookup moves the cursor). */
    static LastPoll none() {
        return new LastPoll(List.of());
    }

    /** The previous poll's alert with this fingerprint. */
    Optional<Alert> find(String fingerprint) {
        int n = alerts.size();
        if (cursor < n && alerts.get(cursor).fingerprint().equals(fingerprint)) {
            return Optional.of(alerts.get(cursor++));
        }
        int low = 0;
        int high = n - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = alerts.get(mid).fingerprint().compareTo(fingerprint);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                cursor = mid + 1;
                return Optional.of(alerts.get(mid));
            }
        }
        return Optional.empty();
    }
}
